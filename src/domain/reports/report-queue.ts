import type { AppContext } from '../../context.ts';
import type { Program, Report } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { ChannelUnavailableError } from '../errors.ts';
import { findProgram } from '../programs/program.repo.ts';
import { reportCard } from './report-card.ts';

/** A queue channel Discord refused is tried again after this long, not every minute. */
const RETRY_BROKEN_MS = 10 * 60_000;
const REANNOUNCE_AFTER_MS = 24 * 3_600_000;

export async function programOf(ctx: AppContext, report: Report): Promise<Program | undefined> {
  return report.program_id === null ? undefined : findProgram(ctx.db, report.program_id);
}

/** Posts a report's card to its queue channel and records the message; a refusal is recorded too. */
export async function postReportToQueue(ctx: AppContext, report: Report): Promise<void> {
  const program = await programOf(ctx, report);
  try {
    const message = await ctx.discord.postMessage(report.queue_channel_id, reportCard(report, program?.locale ?? 'en', program?.name ?? null));
    await ctx.db.updateTable('reports').set({ queue_message_id: message.id, queue_failed_at: null }).where('id', '=', report.id).execute();
  } catch (error) {
    if (error instanceof ChannelUnavailableError) {
      await ctx.db.updateTable('reports').set({ queue_failed_at: ctx.clock.now().toISOString() }).where('id', '=', report.id).execute();
    }
    throw error;
  }
}

/** Posts the reports that a crash or an outage kept from their queue; a broken channel is retried sparingly. */
export async function postUnpostedReports(ctx: AppContext): Promise<number> {
  const retryBefore = new Date(ctx.clock.now().getTime() - RETRY_BROKEN_MS).toISOString();
  const waiting = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('queue_message_id', 'is', null)
    .where((eb) => eb.or([eb('queue_failed_at', 'is', null), eb('queue_failed_at', '<=', retryBefore)]))
    .orderBy('id')
    .execute();
  let posted = 0;
  for (const report of waiting) {
    try {
      await postReportToQueue(ctx, report);
      posted += 1;
    } catch (error) {
      ctx.log.warn('report.queue_post_failed', { reportId: report.id, error: String(error) });
    }
  }
  return posted;
}

/** Edits a report's card to show where it stands; a vanished card is only logged. */
export async function refreshCard(ctx: AppContext, report: Report): Promise<void> {
  if (!report.queue_message_id) return;
  const program = await programOf(ctx, report);
  const { nonce: _nonce, ...card } = reportCard(report, program?.locale ?? 'en', program?.name ?? null);
  await ctx.discord
    .editMessage(report.queue_channel_id, report.queue_message_id, card)
    .catch((error: unknown) => ctx.log.warn('report.card_refresh_failed', { reportId: report.id, error: String(error) }));
}

/** A report nobody claimed within 24 hours is announced once more in its queue. */
export async function reannounceUnclaimed(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - REANNOUNCE_AFTER_MS).toISOString();
  const stale = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('status', '=', 'open')
    .where('reannounced_at', 'is', null)
    .where('queue_message_id', 'is not', null)
    .where('created_at', '<=', before)
    .execute();
  let announced = 0;
  for (const report of stale) {
    const program = await programOf(ctx, report);
    try {
      await ctx.discord.postMessage(report.queue_channel_id, { content: t(program?.locale ?? 'en', 'report.reannounce', { id: report.id }), nonce: `reannounce-${report.id}` });
      await ctx.db.updateTable('reports').set({ reannounced_at: ctx.clock.now().toISOString() }).where('id', '=', report.id).execute();
      announced += 1;
    } catch (error) {
      ctx.log.warn('report.reannounce_failed', { reportId: report.id, error: String(error) });
    }
  }
  return announced;
}

/** Reports of a server that Discord refused to post to their queue: admins must hear of it. */
export function reportsStuckOutOfQueue(ctx: AppContext, guildId: string) {
  return ctx.db
    .selectFrom('reports')
    .select(['id', 'queue_channel_id'])
    .where('guild_id', '=', guildId)
    .where('queue_message_id', 'is', null)
    .where('queue_failed_at', 'is not', null)
    .orderBy('id')
    .execute();
}
