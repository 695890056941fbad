import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { requireAdmin } from '../src/domain/actor.ts';
import { pairMembers } from '../src/domain/pairings/pairing.service.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, type Command } from '../src/discord/command.ts';
import { autocompletePrograms, programOption } from '../src/discord/program-option.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('match')
  .setDescription('Pair mentors and mentees')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    sub
      .setName('pair')
      .setDescription('Pair a signed-up mentor and mentee now')
      .addStringOption(programOption)
      .addUserOption((o) => o.setName('mentor').setDescription('The mentor').setRequired(true))
      .addUserOption((o) => o.setName('mentee').setDescription('The mentee').setRequired(true)),
  );

async function pair(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = actorOf(interaction);
  requireAdmin(actor);
  // Creating the thread, adding both members and posting the welcome can outlast 3 seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const pairing = await pairMembers(ctx, actor, {
    programName: interaction.options.getString('program', true),
    mentorId: interaction.options.getUser('mentor', true).id,
    menteeId: interaction.options.getUser('mentee', true).id,
  });
  const params = { mentor: pairing.mentor_id, mentee: pairing.mentee_id, thread: pairing.thread_id ?? '' };
  const content = pairing.welcome_message_id ? t(interaction.locale, 'pair.created', params) : t(interaction.locale, 'pair.pending', params);
  await interaction.editReply({ content, allowedMentions: { parse: [] } });
}

export const match = {
  data,
  execute: bySubcommand({ pair }),
  autocomplete: autocompletePrograms,
} satisfies Command;
