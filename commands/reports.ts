import {
  ActionRowBuilder,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  type ChatInputCommandInteraction,
  type SlashCommandIntegerOption,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { reportCardId, reportOutcomeId, reportsPageId } from '../src/custom-ids/reports.ts';
import type { ReportOutcome, ReportStatus } from '../src/db/schema.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import {
  claimReport,
  closeReport,
  moderatedReport,
  reportsFor,
  viewReport,
} from '../src/domain/reports/report-moderation.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { replyOptions, replyPrivately } from '../src/discord/replies.ts';
import { reportDetails, reportListPage } from '../src/discord/views/report-views.ts';
import { t } from '../src/i18n/index.ts';

const outcomes: readonly ReportOutcome[] = ['no-action', 'warned', 'pair-ended', 'member-removed'];
const statuses: readonly ReportStatus[] = ['open', 'claimed', 'resolved', 'dismissed'];
const id = (o: SlashCommandIntegerOption) =>
  o.setName('id').setDescription('Report number').setRequired(true).setMinValue(1);

const data = new SlashCommandBuilder()
  .setName('reports')
  .setDescription("Work the moderators' report queue")
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List reports')
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('Only reports in this state')
          .addChoices(...statuses.map((s) => ({ name: s, value: s }))),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('view')
      .setDescription('Show a report with its pairing, earlier reports and audit trail')
      .addIntegerOption(id),
  )
  .addSubcommand((sub) => sub.setName('claim').setDescription('Take a report').addIntegerOption(id))
  .addSubcommand((sub) =>
    sub
      .setName('resolve')
      .setDescription('Close a report with an outcome')
      .addIntegerOption(id)
      .addStringOption((o) =>
        o
          .setName('outcome')
          .setDescription('What was done')
          .setRequired(true)
          .addChoices(...outcomes.map((outcome) => ({ name: t('en', `report.outcome.${outcome}`), value: outcome }))),
      )
      .addStringOption((o) => o.setName('note').setDescription('Note for moderators only').setMaxLength(1000)),
  );

async function list(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const status = (interaction.options.getString('status') as ReportStatus | null) ?? null;
  const page = await reportsFor(ctx, actorOf(interaction), status, 0);
  await interaction.reply(replyOptions(reportListPage(interaction.locale, page, status), true));
}

async function view(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const details = await viewReport(ctx, actorOf(interaction), interaction.options.getInteger('id', true));
  await replyPrivately(interaction, reportDetails(interaction.locale, details));
}

async function claim(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: AppContext,
  reportId: number,
): Promise<void> {
  // The card is edited before the answer, and Discord limits edits per channel: answer later.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await claimReport(ctx, actorOf(interaction), reportId);
  await replyPrivately(interaction, t(interaction.locale, 'report.claimed', { id: reportId }));
}

async function resolve(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: AppContext,
  reportId: number,
  outcome: ReportOutcome | 'dismissed',
  note: string | null,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const closed = await closeReport(ctx, actorOf(interaction), reportId, outcome, note);
  const locale = interaction.locale;
  await replyPrivately(
    interaction,
    closed.status === 'dismissed'
      ? t(locale, 'report.dismissed', { id: reportId })
      : t(locale, 'report.resolved', {
          id: reportId,
          outcome: t(locale, `report.outcome.${outcome as ReportOutcome}`),
        }),
  );
}

/** Queue card buttons. Who may act is checked from the clicking member, not the custom_id. */
async function queueButton(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [action, target]: ['claim' | 'resolve' | 'dismiss', number],
): Promise<void> {
  if (!interaction.isButton()) return;
  if (action === 'claim') return claim(interaction, ctx, target);
  if (action === 'dismiss') return resolve(interaction, ctx, target, 'dismissed', null);
  await moderatedReport(ctx, actorOf(interaction), target); // refuses non-moderators before showing anything
  const locale = interaction.locale;
  const select = new StringSelectMenuBuilder()
    .setCustomId(reportOutcomeId.encode([target]))
    .addOptions(outcomes.map((outcome) => ({ label: t(locale, `report.outcome.${outcome}`), value: outcome })));
  await interaction.reply({
    content: t(locale, 'report.chooseOutcome', { id: target }),
    components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)],
    flags: MessageFlags.Ephemeral,
  });
}

async function outcomeChosen(interaction: ComponentInteraction, ctx: AppContext, [target]: [number]): Promise<void> {
  if (!interaction.isStringSelectMenu()) return;
  const outcome = interaction.values[0] as ReportOutcome;
  if (!outcomes.includes(outcome)) throw new UserFacingError('error.staleButton');
  await resolve(interaction, ctx, target, outcome, null);
}

async function turnPage(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [status, page]: [ReportStatus | 'all', number],
): Promise<void> {
  if (!interaction.isButton()) return;
  const filter = status === 'all' ? null : status;
  const result = await reportsFor(ctx, actorOf(interaction), filter, page);
  const { flags: _flags, ...view } = replyOptions(reportListPage(interaction.locale, result, filter), false);
  await interaction.update(view);
}

export const reports = {
  data,
  requires: 'moderator',
  execute: bySubcommand({
    list,
    view,
    claim: (interaction, ctx) => claim(interaction, ctx, interaction.options.getInteger('id', true)),
    resolve: (interaction, ctx) =>
      resolve(
        interaction,
        ctx,
        interaction.options.getInteger('id', true),
        interaction.options.getString('outcome', true) as ReportOutcome,
        interaction.options.getString('note'),
      ),
  }),
  components: [
    on(reportCardId, 'moderator', queueButton),
    on(reportOutcomeId, 'moderator', outcomeChosen),
    on(reportsPageId, 'moderator', turnPage),
  ],
} satisfies Command;
