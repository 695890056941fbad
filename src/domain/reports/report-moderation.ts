import { transact } from '../../db/transact.ts';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB, ReportOutcome, ReportStatus } from '../../db/schema.ts';
import type { Report } from './report.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { isModerator, type Actor } from '../actor.ts';
import { listAudit, recordAudit, type AuditEntry } from '../audit.repo.ts';
import { nextSlotAfter } from '../checkins/schedule.ts';
import { UserFacingError } from '../errors.ts';
import { notice, pairingChain, recordEffects } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { programSchedule } from '../checkins/schedule.ts';
import { recordPairingEnd } from '../pairings/pairing-end-record.ts';
import { findPairing, insertBlock } from '../pairings/pairing.repo.ts';
import { findProgram, moderatorRoleIds, programModeratorRoles } from '../programs/program.repo.ts';
import { setSignupStatus } from '../signups/signup.repo.ts';
import { programOf, recordCardRefresh } from './report-queue.ts';
import {
  claimOpenReport,
  closeOpenReport,
  countReports,
  findReport,
  markReporterTold,
  reportsAbout,
  reportsPage,
  resumePausedPairing,
  setReporterToldAt,
  untoldClosedReportsBy,
  type ReportFilter,
} from './report.repo.ts';
import { pageWithin } from '../paging.ts';
import { closeRequestsBetween, closeRequestsOfMember } from '../requests/request-close.ts';

/** Refuses anyone who moderates no program of the server. */
export async function requireModerator(ctx: AppContext, actor: Actor): Promise<void> {
  if (isModerator(actor, null)) return;
  const roles = await moderatorRoleIds(ctx.db, actor.guildId);
  if (!roles.some((role) => actor.roleIds.includes(role))) throw new UserFacingError('error.notModerator');
}

/** The report, if the actor moderates its program; refuses everyone else. */
export async function moderatedReport(ctx: AppContext, actor: Actor, id: number): Promise<Report> {
  const report = await findReport(ctx.db, actor.guildId, id);
  const program = report && (await programOf(ctx, report));
  if (!isModerator(actor, program?.moderatorRoleId ?? null)) throw new UserFacingError('error.notModerator');
  if (!report) throw new UserFacingError('error.unknownReport', { id });
  return report;
}

export async function claimReport(ctx: AppContext, actor: Actor, id: number): Promise<Report> {
  const report = await moderatedReport(ctx, actor, id);
  if (report.status === 'claimed')
    throw new UserFacingError('error.reportClaimed', { id, user: report.assigneeId ?? '' });
  if (report.status !== 'open') throw new UserFacingError('error.reportClosed', { id });
  const now = ctx.clock.now();
  const claimed = await transact(ctx.db, async (trx) => {
    const row = await claimOpenReport(trx, id, actor.userId, now);
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'report.claim',
      target: `report:${id}`,
      at: now,
    });
    await recordCardRefresh(trx, row, now);
    return row;
  });
  ctx.outbox.kick();
  return claimed;
}

/**
 * Closes a report as resolved (with an outcome that acts) or dismissed. `pair-ended` ends the
 * pairing; `member-removed` also removes the reported member from the program and blocks the
 * two from being paired again. A pairing the reporter paused resumes when nothing more is
 * done. The reporter is told the outcome, never the reported member.
 */
export async function closeReport(
  ctx: AppContext,
  actor: Actor,
  id: number,
  outcome: ReportOutcome | 'dismissed',
  note: string | null,
): Promise<Report> {
  const report = await moderatedReport(ctx, actor, id);
  if (report.status === 'resolved' || report.status === 'dismissed')
    throw new UserFacingError('error.reportClosed', { id });
  const now = ctx.clock.now();
  const status: ReportStatus = outcome === 'dismissed' ? 'dismissed' : 'resolved';
  const closed = await transact(ctx.db, async (trx) => {
    const row = await closeOpenReport(trx, id, {
      status,
      outcome: outcome === 'dismissed' ? null : outcome,
      moderatorNote: note?.trim().slice(0, 1000) || null,
      assigneeId: report.assigneeId ?? actor.userId,
      closedAt: now.toISOString(),
    });
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: `report.${status}`,
      target: `report:${id}`,
      details: { outcome },
      at: now,
    });
    if (outcome === 'member-removed' && row.reportedId) {
      if (row.programId !== null) {
        await setSignupStatus(trx, row.programId, [row.reportedId], 'removed', now);
        await closeRequestsOfMember(trx, row.guildId, row.reportedId, 'removed', now, row.programId);
      }
      if (row.reportedId !== row.reporterId) {
        await insertBlock(trx, row.guildId, row.reporterId, row.reportedId, now.toISOString());
        await closeRequestsBetween(trx, row.guildId, row.reporterId, row.reportedId, now);
      }
    }
    if ((outcome === 'pair-ended' || outcome === 'member-removed') && row.pairingId !== null) {
      await recordPairingEnd(trx, row.pairingId, { actorId: actor.userId, reason: `report:${id}` }, now);
    } else if (row.pausedPairing && row.pairingId !== null) {
      await recordResume(trx, row.pairingId, now);
    }
    await recordCardRefresh(trx, row, now);
    await recordOutcomeForReporter(trx, row, now);
    return row;
  });
  ctx.outbox.kick();
  return closed;
}

/**
 * A pairing its reporter paused goes on: check-ins from the next slot, the thread unlocked and
 * told. A group's membership only rejoins the group's check-ins (its schedule is the group's),
 * and the group's thread reads nothing of it, as it read nothing of the pause.
 */
async function recordResume(trx: Transaction<DB>, pairingId: number, now: Date): Promise<void> {
  const pairing = await findPairing(trx, pairingId);
  const program = pairing && (await findProgram(trx, pairing.programId));
  if (!pairing || !program || pairing.status !== 'paused' || pairing.pausedReason !== 'report') return;
  if (pairing.groupId !== null) return void (await resumePausedPairing(trx, pairing.id, null));
  const next = nextSlotAfter(programSchedule(program), now).toISOString();
  if (!(await resumePausedPairing(trx, pairing.id, next))) return;
  const chain = pairingChain(pairing.id);
  const thread = { pairingThread: pairing.id };
  const at = now.getTime();
  await recordEffects(trx, now, [
    {
      guildId: pairing.guildId,
      key: `resume-unlock:${pairing.id}:${at}`,
      chain,
      effect: { kind: 'thread-state', target: thread, state: { locked: false, archived: false } },
    },
    {
      guildId: pairing.guildId,
      key: `resume-notice:${pairing.id}:${at}`,
      chain,
      effect: {
        kind: 'post',
        target: thread,
        message: notice({ locale: program.locale, key: 'report.pairingResumed' }),
      },
    },
  ]);
}

/** The catalogue text of a closed report's outcome. */
export function outcomeKey(report: Report): MessageKey {
  return report.status === 'dismissed' || !report.outcome
    ? 'report.outcomeDismissed'
    : `report.outcome.${report.outcome}`;
}

/** The reporter hears the outcome by DM; if their DMs are closed, /mentorship profile shows it. */
async function recordOutcomeForReporter(trx: Transaction<DB>, report: Report, now: Date): Promise<void> {
  const program = report.programId === null ? undefined : await findProgram(trx, report.programId);
  const locale = program?.locale ?? 'en';
  const params = { id: report.id, program: program?.name ?? '', outcome: { key: outcomeKey(report) } };
  const message = notice({ locale, key: 'report.outcomeDm', params });
  const key = `report-outcome:${report.id}`;
  await recordEffects(trx, now, [
    {
      guildId: report.guildId,
      key,
      chain: key,
      subject: key,
      effect: { kind: 'dm', target: { user: report.reporterId }, message },
    },
  ]);
}

/** The outcome DM reached the reporter: /mentorship profile need not show it again. */
export const reportOutcomeSubject: SubjectHandler = {
  async done(trx, reportId, _row, _messageId, now) {
    await markReporterTold(trx, reportId, now);
  },
};

/** Closed reports of the member whose outcome they have not heard yet; reading them counts as told. */
export async function untoldOutcomes(ctx: AppContext, actor: Actor): Promise<Report[]> {
  const reports = await untoldClosedReportsBy(ctx.db, actor.guildId, actor.userId);
  if (reports.length)
    await setReporterToldAt(
      ctx.db,
      reports.map((r) => r.id),
      ctx.clock.now(),
    );
  return reports;
}

export const REPORTS_PAGE = 10;

/** A page of the reports a moderator may see: all for server-wide moderators, else their programs'. */
export async function reportsFor(
  ctx: AppContext,
  actor: Actor,
  status: ReportStatus | null,
  page = 0,
): Promise<{ reports: Report[]; page: number; pages: number }> {
  const programs = await programModeratorRoles(ctx.db, actor.guildId);
  const mine = programs.filter((p) => isModerator(actor, p.moderatorRoleId)).map((p) => p.id);
  const everything = isModerator(actor, null);
  if (!everything && mine.length === 0) throw new UserFacingError('error.notModerator');
  const filter: ReportFilter = { guildId: actor.guildId, status, programIds: everything ? null : mine };
  const total = await countReports(ctx.db, filter);
  const { page: current, pages } = pageWithin(page, total, REPORTS_PAGE);
  const reports = await reportsPage(ctx.db, filter, REPORTS_PAGE, current * REPORTS_PAGE);
  return { reports, page: current, pages };
}

export interface ReportView {
  report: Report;
  program: Program | undefined;
  pairing: Awaited<ReturnType<typeof findPairing>>;
  priorAboutMember: Report[];
  audit: AuditEntry[];
}

/** Everything a moderator needs on one report: its pairing, earlier reports about the same member, and its audit trail. */
export async function viewReport(ctx: AppContext, actor: Actor, id: number): Promise<ReportView> {
  const report = await moderatedReport(ctx, actor, id);
  const priorAboutMember = report.reportedId
    ? await reportsAbout(ctx.db, actor.guildId, report.reportedId, report.id, 10)
    : [];
  return {
    report,
    program: await programOf(ctx, report),
    pairing: report.pairingId === null ? undefined : await findPairing(ctx.db, report.pairingId),
    priorAboutMember,
    audit: await listAudit(ctx.db, actor.guildId, `report:${report.id}`),
  };
}
