import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import type { AnswerStatus } from '../src/db/schema.ts';
import { answerLabelKey, answerStatuses } from '../src/domain/checkins/checkin-message.ts';
import { answerCheckin } from '../src/domain/checkins/checkin.service.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { actorOf } from '../src/discord/actor.ts';
import type { Command, ComponentInteraction } from '../src/discord/command.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('checkin')
  .setDescription("Answer this week's check-in (inside your mentorship thread)")
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    o
      .setName('status')
      .setDescription('How is it going?')
      .setRequired(true)
      .addChoices(...answerStatuses.map((status) => ({ name: t('en', answerLabelKey[status]), value: status }))),
  )
  .addStringOption((o) => o.setName('note').setDescription('A short note for your own record').setMaxLength(500));

async function confirm(interaction: { locale: string; reply: (o: object) => Promise<unknown> }, week: number, status: AnswerStatus): Promise<void> {
  const locale = interaction.locale;
  await interaction.reply({
    content: t(locale, 'checkin.recorded', { week, status: t(locale, answerLabelKey[status]) }),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/** A check-in button: the custom_id names the check-in, never who may answer it. */
async function answerButton(interaction: ComponentInteraction, ctx: AppContext, [checkinId, status]: string[]): Promise<void> {
  if (!interaction.isButton() || !interaction.channelId) return;
  const id = Number(checkinId);
  if (!Number.isInteger(id)) throw new UserFacingError('error.staleButton');
  const result = await answerCheckin(ctx, actorOf(interaction), { checkinId: id, threadId: interaction.channelId }, { status: status ?? '' });
  await confirm(interaction, result.checkin.week, result.status);
}

export const checkin = {
  data,
  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) return;
    const result = await answerCheckin(ctx, actorOf(interaction), { threadId: interaction.channelId }, {
      status: interaction.options.getString('status', true),
      note: interaction.options.getString('note'),
    });
    await confirm(interaction, result.checkin.week, result.status);
  },
  components: { checkin: answerButton },
} satisfies Command;
