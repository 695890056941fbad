import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { addGoal, completeGoal, listGoals } from '../src/domain/goals/goal.service.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, type Command } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { goalListText } from '../src/discord/views/goal-views.ts';
import { escapeUserText, t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('goal')
  .setDescription("Your pair's goals (inside your mentorship thread)")
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription('Add a goal')
      .addStringOption((o) => o.setName('text').setDescription('The goal').setRequired(true).setMaxLength(200)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('done')
      .setDescription('Mark a goal done')
      .addIntegerOption((o) =>
        o.setName('id').setDescription('Goal number (see /goal list)').setRequired(true).setMinValue(1),
      ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("List your pair's goals"));

async function add(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { goal, number } = await addGoal(
    ctx,
    actorOf(interaction),
    interaction.channelId,
    interaction.options.getString('text', true),
  );
  await replyPrivately(
    interaction,
    t(interaction.locale, 'goal.added', { id: number, text: escapeUserText(goal.text) }),
  );
}

async function done(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const number = interaction.options.getInteger('id', true);
  await completeGoal(ctx, actorOf(interaction), interaction.channelId, number);
  await replyPrivately(interaction, t(interaction.locale, 'goal.done', { id: number }));
}

async function list(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const goals = await listGoals(ctx, actorOf(interaction), interaction.channelId);
  await replyPrivately(interaction, goalListText(interaction.locale, goals));
}

export const goal = {
  data,
  requires: 'pairMember',
  execute: bySubcommand({ add, done, list }),
} satisfies Command;
