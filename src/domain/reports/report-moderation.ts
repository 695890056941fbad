import type { AppContext } from '../../context.ts';
import type { Program, Report, ReportOutcome, ReportStatus } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { isModerator, type Actor } from '../actor.ts';
import { listAudit, recordAudit } from '../audit.repo.ts';
import { nextSlotAfter } from '../checkins/schedule.ts';
import { UserFacingError } from '../errors.ts';
import { programSchedule } from '../pairings/pair-thread.ts';
import { endPairing } from '../pairings/pairing-end.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { programOf, refreshCard } from './report-queue.ts';
import { findReport } from './report.repo.ts';

/** The report, if the actor moderates its program; refuses everyone else. */
export async function moderatedReport(ctx: AppContext, actor: Actor, id: number): Promise<Report> {
  const report = await findReport(ctx.db, actor.guildId, id);
  const program = report && (await programOf(ctx, report));
  if (!isModerator(actor, program?.moderator_role_id ?? null)) throw new UserFacingError('error.notModerator');
  if (!report) throw new UserFacingError('error.unknownReport', { id });
  return report;
}

export async function claimReport(ctx: AppContext, actor: Actor, id: number): Promise<Report> {
  const report = await moderatedReport(ctx, actor, id);
  if (report.status === 'claimed') throw new UserFacingError('error.reportClaimed', { id, user: report.assignee_id ?? '' });
  if (report.status !== 'open') throw new UserFacingError('error.reportClosed', { id });
  const now = ctx.clock.now();
  const claimed = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('reports').set({ status: 'claimed', assignee_id: actor.userId, claimed_at: now.toISOString() }).where('id', '=', id).where('status', '=', 'open').returningAll().executeTakeFirst();
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'report.claim', target: `report:${id}`, at: now });
    return row;
  });
  await refreshCard(ctx, claimed);
  return claimed;
}

/**
 * Closes a report as resolved (with an outcome that acts) or dismissed. `pair-ended` ends the
 * pairing; `member-removed` also removes the reported member from the program and blocks the
 * two from being paired again. A pairing the reporter paused resumes when nothing more is
 * done. The reporter is told the outcome, never the reported member.
 */
export async function closeReport(ctx: AppContext, actor: Actor, id: number, outcome: ReportOutcome | 'dismissed', note: string | null): Promise<Report> {
  const report = await moderatedReport(ctx, actor, id);
  if (report.status === 'resolved' || report.status === 'dismissed') throw new UserFacingError('error.reportClosed', { id });
  const now = ctx.clock.now();
  const status: ReportStatus = outcome === 'dismissed' ? 'dismissed' : 'resolved';
  const closed = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('reports')
      .set({ status, outcome: outcome === 'dismissed' ? null : outcome, moderator_note: note?.trim().slice(0, 1000) || null, assignee_id: report.assignee_id ?? actor.userId, closed_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', 'in', ['open', 'claimed'])
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: `report.${status}`, target: `report:${id}`, details: { outcome }, at: now });
    if (outcome === 'member-removed' && row.reported_id) {
      if (row.program_id !== null) await trx.updateTable('signups').set({ status: 'removed', updated_at: now.toISOString() }).where('program_id', '=', row.program_id).where('user_id', '=', row.reported_id).execute();
      if (row.reported_id !== row.reporter_id) {
        await trx.insertInto('blocks').values({ guild_id: row.guild_id, blocker_id: row.reporter_id, blocked_id: row.reported_id, created_at: now.toISOString() }).onConflict((oc) => oc.doNothing()).execute();
      }
    }
    return row;
  });
  if ((outcome === 'pair-ended' || outcome === 'member-removed') && closed.pairing_id !== null) {
    await endPairing(ctx, closed.pairing_id, { actorId: actor.userId, reason: `report:${id}` });
  } else if (closed.paused_pairing && closed.pairing_id !== null) {
    await resumePausedPairing(ctx, closed.pairing_id);
  }
  await refreshCard(ctx, closed);
  await tellReporter(ctx, closed);
  return closed;
}

async function resumePausedPairing(ctx: AppContext, pairingId: number): Promise<void> {
  const pairing = await findPairing(ctx.db, pairingId);
  const program = pairing && (await programOf(ctx, { program_id: pairing.program_id } as Report));
  if (!pairing || !program || pairing.status !== 'paused' || pairing.paused_reason !== 'report') return;
  const next = nextSlotAfter(programSchedule(program), ctx.clock.now()).toISOString();
  await ctx.db.updateTable('pairings').set({ status: 'active', paused_reason: null, next_checkin_at: next }).where('id', '=', pairing.id).execute();
  if (!pairing.thread_id) return;
  await ctx.discord.setThreadState(pairing.thread_id, { locked: false, archived: false }).catch(() => undefined);
  await ctx.discord.postMessage(pairing.thread_id, { content: t(program.locale, 'report.pairingResumed'), nonce: `resume-${pairing.id}-${Date.parse(next)}` }).catch(() => undefined);
}

export function outcomeText(locale: string, report: Report): string {
  return report.status === 'dismissed' || !report.outcome ? t(locale, 'report.outcomeDismissed') : t(locale, `report.outcome.${report.outcome}`);
}

/** The reporter hears the outcome by DM; if their DMs are closed, /mentorship profile shows it. */
async function tellReporter(ctx: AppContext, report: Report): Promise<void> {
  const program = await programOf(ctx, report);
  const locale = program?.locale ?? 'en';
  try {
    await ctx.discord.sendDirectMessage(report.reporter_id, { content: t(locale, 'report.outcomeDm', { id: report.id, program: program?.name ?? '', outcome: outcomeText(locale, report) }), nonce: `outcome-${report.id}` });
    await ctx.db.updateTable('reports').set({ reporter_told_at: ctx.clock.now().toISOString() }).where('id', '=', report.id).execute();
  } catch (error) {
    ctx.log.info('report.outcome_dm_failed', { reportId: report.id, error: String(error) });
  }
}

/** Closed reports of the member whose outcome they have not heard yet; reading them counts as told. */
export async function untoldOutcomes(ctx: AppContext, actor: Actor): Promise<Report[]> {
  const reports = await ctx.db.selectFrom('reports').selectAll().where('guild_id', '=', actor.guildId).where('reporter_id', '=', actor.userId).where('status', 'in', ['resolved', 'dismissed']).where('reporter_told_at', 'is', null).orderBy('id').execute();
  if (reports.length) await ctx.db.updateTable('reports').set({ reporter_told_at: ctx.clock.now().toISOString() }).where('id', 'in', reports.map((r) => r.id)).execute();
  return reports;
}

export const REPORTS_PAGE = 10;

/** A page of the reports a moderator may see: all for server-wide moderators, else their programs'. */
export async function reportsFor(ctx: AppContext, actor: Actor, status: ReportStatus | null, page = 0): Promise<{ reports: Report[]; page: number; pages: number }> {
  const programs = await ctx.db.selectFrom('programs').select(['id', 'moderator_role_id']).where('guild_id', '=', actor.guildId).execute();
  const mine = programs.filter((p) => isModerator(actor, p.moderator_role_id)).map((p) => p.id);
  const everything = isModerator(actor, null);
  if (!everything && mine.length === 0) throw new UserFacingError('error.notModerator');
  let query = ctx.db.selectFrom('reports').where('guild_id', '=', actor.guildId);
  if (status) query = query.where('status', '=', status);
  if (!everything) query = query.where('program_id', 'in', mine);
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const pages = Math.max(1, Math.ceil(total / REPORTS_PAGE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const reports = await query.selectAll().orderBy('id', 'desc').limit(REPORTS_PAGE).offset(current * REPORTS_PAGE).execute();
  return { reports, page: current, pages };
}

export interface ReportView {
  report: Report;
  program: Program | undefined;
  pairing: Awaited<ReturnType<typeof findPairing>>;
  priorAboutMember: Report[];
  audit: Awaited<ReturnType<typeof listAudit>>;
}

/** Everything a moderator needs on one report: its pairing, earlier reports about the same member, and its audit trail. */
export async function viewReport(ctx: AppContext, actor: Actor, id: number): Promise<ReportView> {
  const report = await moderatedReport(ctx, actor, id);
  const priorAboutMember = report.reported_id
    ? await ctx.db.selectFrom('reports').selectAll().where('guild_id', '=', actor.guildId).where('reported_id', '=', report.reported_id).where('id', '<>', report.id).orderBy('id', 'desc').limit(10).execute()
    : [];
  return {
    report,
    program: await programOf(ctx, report),
    pairing: report.pairing_id === null ? undefined : await findPairing(ctx.db, report.pairing_id),
    priorAboutMember,
    audit: await listAudit(ctx.db, actor.guildId, `report:${report.id}`),
  };
}
