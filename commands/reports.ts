import {
  ActionRowBuilder,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import type { ReportOutcome, ReportStatus } from '../src/db/schema.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { reportStatusLabel } from '../src/domain/reports/report-card.ts';
import { claimReport, closeReport, reportsFor } from '../src/domain/reports/report.service.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { escapeUserText, t } from '../src/i18n/index.ts';

const outcomes: readonly ReportOutcome[] = ['no-action', 'warned', 'pair-ended', 'member-removed'];
const statuses: readonly ReportStatus[] = ['open', 'claimed', 'resolved', 'dismissed'];

const data = new SlashCommandBuilder()
  .setName('reports')
  .setDescription("Work the moderators' report queue")
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List reports')
      .addStringOption((o) => o.setName('status').setDescription('Only reports in this state').addChoices(...statuses.map((s) => ({ name: s, value: s })))),
  )
  .addSubcommand((sub) =>
    sub
      .setName('claim')
      .setDescription('Take a report')
      .addIntegerOption((o) => o.setName('id').setDescription('Report number').setRequired(true).setMinValue(1)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('resolve')
      .setDescription('Close a report with an outcome')
      .addIntegerOption((o) => o.setName('id').setDescription('Report number').setRequired(true).setMinValue(1))
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
  const locale = interaction.locale;
  const reports = await reportsFor(ctx, actorOf(interaction), (interaction.options.getString('status') as ReportStatus | null) ?? null);
  const lines = reports.map((r) =>
    t(locale, 'report.listLine', {
      id: r.id,
      status: reportStatusLabel(locale, r.status),
      created: `<t:${Math.floor(Date.parse(r.created_at) / 1000)}:R>`,
      reason: escapeUserText(r.reason.replace(/\s+/g, ' ').slice(0, 80)),
    }),
  );
  await replyPrivately(interaction, lines.length ? lines.join('\n').slice(0, 2000) : t(locale, 'report.listEmpty'));
}

async function claim(interaction: ChatInputCommandInteraction | ComponentInteraction, ctx: AppContext, id: number): Promise<void> {
  await claimReport(ctx, actorOf(interaction), id);
  await replyPrivately(interaction, t(interaction.locale, 'report.claimed', { id }));
}

async function resolve(interaction: ChatInputCommandInteraction | ComponentInteraction, ctx: AppContext, id: number, outcome: ReportOutcome | 'dismissed', note: string | null): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const closed = await closeReport(ctx, actorOf(interaction), id, outcome, note);
  const locale = interaction.locale;
  await replyPrivately(
    interaction,
    closed.status === 'dismissed' ? t(locale, 'report.dismissed', { id }) : t(locale, 'report.resolved', { id, outcome: t(locale, `report.outcome.${outcome as ReportOutcome}`) }),
  );
}

function reportId(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) throw new UserFacingError('error.staleButton');
  return id;
}

/** Queue card buttons. Who may act is checked from the clicking member, not the custom_id. */
async function queueButton(interaction: ComponentInteraction, ctx: AppContext, [action, rawId]: string[]): Promise<void> {
  if (!interaction.isButton()) return;
  const id = reportId(rawId);
  if (action === 'claim') return claim(interaction, ctx, id);
  if (action === 'dismiss') return resolve(interaction, ctx, id, 'dismissed', null);
  if (action !== 'resolve') throw new UserFacingError('error.staleButton');
  await reportsFor(ctx, actorOf(interaction), null); // refuses non-moderators before showing anything
  const locale = interaction.locale;
  const select = new StringSelectMenuBuilder()
    .setCustomId(`reportoutcome:${id}`)
    .addOptions(outcomes.map((outcome) => ({ label: t(locale, `report.outcome.${outcome}`), value: outcome })));
  await interaction.reply({
    content: t(locale, 'report.chooseOutcome', { id }),
    components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)],
    flags: MessageFlags.Ephemeral,
  });
}

async function outcomeChosen(interaction: ComponentInteraction, ctx: AppContext, [rawId]: string[]): Promise<void> {
  if (!interaction.isStringSelectMenu()) return;
  const outcome = interaction.values[0] as ReportOutcome;
  if (!outcomes.includes(outcome)) throw new UserFacingError('error.staleButton');
  await resolve(interaction, ctx, reportId(rawId), outcome, null);
}

export const reports = {
  data,
  execute: bySubcommand({
    list,
    claim: (interaction, ctx) => claim(interaction, ctx, interaction.options.getInteger('id', true)),
    resolve: (interaction, ctx) =>
      resolve(interaction, ctx, interaction.options.getInteger('id', true), interaction.options.getString('outcome', true) as ReportOutcome, interaction.options.getString('note')),
  }),
  components: { report: queueButton, reportoutcome: outcomeChosen },
} satisfies Command;
