import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { acceptAllId, acceptOneId, pairListPageId, suggestionPageId } from '../src/custom-ids/match.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { acceptProposals } from '../src/domain/matching/accept.service.ts';
import { findSuggestion, suggestMatches } from '../src/domain/matching/suggest.service.ts';
import { endMemberPairing } from '../src/domain/pairings/pairing-end.service.ts';
import { listPairings } from '../src/domain/pairings/pairing-list.ts';
import { pairMembers } from '../src/domain/pairings/pairing.service.ts';
import { adminOf } from '../src/discord/actor.ts';
import { bySubcommand, on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { autocompletePrograms, programOption } from '../src/discord/program-option.ts';
import { replyOptions, replyPrivately } from '../src/discord/replies.ts';
import { acceptSummary, pairedText, pairListPage } from '../src/discord/views/match-views.ts';
import { suggestionPage } from '../src/discord/views/suggestion-view.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('match')
  .setDescription('Pair mentors and mentees')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    sub
      .setName('suggest')
      .setDescription('Propose the best pairs for the whole waiting cohort')
      .addStringOption(programOption),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pair')
      .setDescription('Pair a signed-up mentor and mentee now')
      .addStringOption(programOption)
      .addUserOption((o) => o.setName('mentor').setDescription('The mentor').setRequired(true))
      .addUserOption((o) => o.setName('mentee').setDescription('The mentee').setRequired(true)),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("List a program's pairs").addStringOption(programOption))
  .addSubcommand((sub) =>
    sub
      .setName('end')
      .setDescription("End a member's pairing")
      .addStringOption(programOption)
      .addUserOption((o) => o.setName('member').setDescription('The mentor or mentee').setRequired(true))
      .addStringOption((o) =>
        o.setName('reason').setDescription('Why (kept in the audit trail)').setRequired(true).setMaxLength(500),
      ),
  );

async function suggest(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const suggestion = await suggestMatches(ctx, actor, interaction.options.getString('program', true));
  const { flags: _flags, ...page } = replyOptions(suggestionPage(interaction.locale, suggestion, 0), false);
  await interaction.editReply(page);
}

async function pair(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  // Creating the thread, adding both members and posting the welcome can outlast 3 seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const pairing = await pairMembers(ctx, actor, {
    programName: interaction.options.getString('program', true),
    mentorId: interaction.options.getUser('mentor', true).id,
    menteeId: interaction.options.getUser('mentee', true).id,
  });
  await replyPrivately(interaction, pairedText(interaction.locale, pairing));
}

async function list(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const result = await listPairings(
    ctx,
    adminOf(interaction),
    { name: interaction.options.getString('program', true) },
    0,
  );
  await interaction.reply(replyOptions(pairListPage(interaction.locale, result), true));
}

async function end(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  const member = interaction.options.getUser('member', true).id;
  const program = interaction.options.getString('program', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await endMemberPairing(ctx, actor, program, member, interaction.options.getString('reason', true));
  await replyPrivately(interaction, t(interaction.locale, 'match.ended', { member, program }));
}

/** Accept buttons: every rule is checked again; progress is shown by editing the message. */
async function acceptButton(
  interaction: ComponentInteraction,
  ctx: AppContext,
  suggestionId: number,
  which: number[] | 'all',
): Promise<void> {
  if (!interaction.isButton()) return;
  const actor = adminOf(interaction);
  const locale = interaction.locale;
  await interaction.deferUpdate();
  let lastEdit = 0;
  const progress = async (done: number, total: number) => {
    // The last step is followed by the summary; in between, one edit every two seconds at most.
    if (done === total || Date.now() - lastEdit < 2000) return;
    lastEdit = Date.now();
    await interaction
      .editReply({ content: t(locale, 'match.progress', { done, total }), components: [] })
      .catch(() => undefined);
  };
  const result = await acceptProposals(ctx, actor, suggestionId, which, progress);
  await interaction.editReply({
    content: acceptSummary(locale, result),
    components: [],
    allowedMentions: { parse: [] },
  });
}

async function turnPage(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [suggestionId, page]: [number, number],
): Promise<void> {
  if (!interaction.isButton()) return;
  const actor = adminOf(interaction);
  const suggestion = await findSuggestion(ctx, actor.guildId, suggestionId);
  if (!suggestion) throw new UserFacingError('error.staleButton');
  const { flags: _flags, ...view } = replyOptions(suggestionPage(interaction.locale, suggestion, page), false);
  await interaction.update(view);
}

async function turnListPage(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [programId, page]: [number, number],
): Promise<void> {
  if (!interaction.isButton()) return;
  const result = await listPairings(ctx, adminOf(interaction), { id: programId }, page);
  const { flags: _flags, ...view } = replyOptions(pairListPage(interaction.locale, result), false);
  await interaction.update(view);
}

export const match = {
  data,
  requires: 'admin',
  execute: bySubcommand({ suggest, pair, list, end }),
  autocomplete: autocompletePrograms,
  components: [
    on(acceptOneId, 'admin', (interaction, ctx, [suggestionId, index]) =>
      acceptButton(interaction, ctx, suggestionId, [index]),
    ),
    on(acceptAllId, 'admin', (interaction, ctx, [suggestionId]) => acceptButton(interaction, ctx, suggestionId, 'all')),
    on(suggestionPageId, 'admin', turnPage),
    on(pairListPageId, 'admin', turnListPage),
  ],
} satisfies Command;
