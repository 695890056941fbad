import { transact } from '../../db/transact.ts';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import type { Report } from './report.types.ts';
import type { Program } from '../programs/program.types.ts';
import { notice, recordEffects, recordViewRefresh, reportChain, type EffectRecord } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { findProgram } from '../programs/program.repo.ts';
import { reportsFailedToQueue, unclaimedReportsSince, updateReport } from './report.repo.ts';

/** A queue channel Discord refused is tried again after this long, not every minute. */
const RETRY_BROKEN_MS = 10 * 60_000;
const REANNOUNCE_AFTER_MS = 24 * 3_600_000;

export async function programOf(ctx: AppContext, report: Report): Promise<Program | undefined> {
  return report.programId === null ? undefined : findProgram(ctx.db, report.programId);
}

/** The report's card in its queue channel, rendered when it is posted. */
export function cardPostEffect(report: Report): EffectRecord {
  return {
    guildId: report.guildId,
    key: `report-card:${report.id}`,
    chain: reportChain(report.id),
    subject: `report-card:${report.id}`,
    effect: {
      kind: 'post',
      target: { channel: report.queueChannelId },
      message: { view: 'report-card', id: report.id },
    },
  };
}

/** Records that the card must show where the report stands now (see recordViewRefresh). */
export function recordCardRefresh(trx: Transaction<DB>, report: Report, now: Date): Promise<void> {
  return recordViewRefresh(
    trx,
    { guildId: report.guildId, chain: reportChain(report.id), view: 'report-card', id: report.id },
    now,
  );
}

/**
 * The card's post: its message is recorded once Discord confirms. A channel Discord refuses,
 * or a Discord that has not answered for days, keeps the report on the list (admins are
 * warned) and is tried again every ten minutes: a report is never given up.
 */
export const reportCardSubject: SubjectHandler = {
  async done(trx, reportId, _row, messageId) {
    await updateReport(trx, reportId, { queueMessageId: messageId, queueFailedAt: null });
  },
  async retryLater(trx, reportId, row, _error, now) {
    if (row.kind !== 'post') return undefined;
    await updateReport(trx, reportId, { queueFailedAt: now.toISOString() });
    return new Date(now.getTime() + RETRY_BROKEN_MS);
  },
};

/** A report nobody claimed within 24 hours is announced once more in its queue. */
export async function reannounceUnclaimed(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const before = new Date(now.getTime() - REANNOUNCE_AFTER_MS).toISOString();
  const stale = await unclaimedReportsSince(ctx.db, before, ctx.scope);
  for (const report of stale) {
    const program = await programOf(ctx, report);
    const message = notice({ locale: program?.locale ?? 'en', key: 'report.reannounce', params: { id: report.id } });
    await transact(ctx.db, async (trx) => {
      await updateReport(trx, report.id, { reannouncedAt: now.toISOString() });
      await recordEffects(trx, now, [
        {
          guildId: report.guildId,
          key: `reannounce:${report.id}`,
          chain: reportChain(report.id),
          effect: { kind: 'post', target: { channel: report.queueChannelId }, message },
        },
      ]);
    });
  }
  return stale.length;
}

/** Reports of a server that Discord refused to post to their queue: admins must hear of it. */
export function reportsStuckOutOfQueue(ctx: AppContext, guildId: string) {
  return reportsFailedToQueue(ctx.db, guildId);
}
