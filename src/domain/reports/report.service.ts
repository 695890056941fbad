import type { AppContext } from '../../context.ts';
import type { Program, Report, ReportOutcome, ReportStatus } from '../../db/schema.ts';
import { isModerator, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { findPairingByThread } from '../pairings/pairing.repo.ts';
import { endPairing } from '../pairings/pairing-end.ts';
import { findProgram } from '../programs/program.repo.ts';
import { parseInput } from '../validate.ts';
import { reportCard } from './report-card.ts';
import { MAX_OPEN_REPORTS, parseMessageLink, reportSchema, type ReportInput } from './report.input.ts';
import { countOpenReportsBy, findReport, listReports, unpostedReports } from './report.repo.ts';

/**
 * The program whose queue receives a report: the pair thread's program, else the newest
 * program the reporter signed up to, else the server's newest program.
 */
async function queueProgram(ctx: AppContext, actor: Actor, pairingProgramId: number | null): Promise<Program> {
  if (pairingProgramId !== null) {
    const program = await findProgram(ctx.db, pairingProgramId);
    if (program) return program;
  }
  const mine = await ctx.db
    .selectFrom('programs')
    .innerJoin('signups', 'signups.program_id', 'programs.id')
    .selectAll('programs')
    .where('signups.guild_id', '=', actor.guildId)
    .where('signups.user_id', '=', actor.userId)
    .orderBy('programs.id', 'desc')
    .executeTakeFirst();
  const program = mine ?? (await ctx.db.selectFrom('programs').selectAll().where('guild_id', '=', actor.guildId).orderBy('id', 'desc').executeTakeFirst());
  if (!program) throw new UserFacingError('error.noReportChannel');
  return program;
}

/**
 * Saves a report, then posts it to the moderators' queue. Saving comes first: if the post
 * fails, the scheduler posts it later (once: the report row holds the queue message id).
 */
export async function fileReport(ctx: AppContext, actor: Actor, channelId: string, raw: ReportInput): Promise<Report> {
  const input = parseInput(reportSchema, raw);
  if (input.messageLink) {
    const link = parseMessageLink(input.messageLink);
    if (!link) throw new UserFacingError('error.badMessageLink');
    if (link.guildId !== actor.guildId) throw new UserFacingError('error.linkOutsideServer');
  }
  const pairing = await findPairingByThread(ctx.db, channelId);
  const program = await queueProgram(ctx, actor, pairing?.program_id ?? null);
  const now = ctx.clock.now().toISOString();
  const report = await ctx.db.transaction().execute(async (trx) => {
    if ((await countOpenReportsBy(trx, actor.guildId, actor.userId)) >= MAX_OPEN_REPORTS) throw new UserFacingError('error.tooManyReports');
    return trx
      .insertInto('reports')
      .values({
        guild_id: actor.guildId,
        program_id: program.id,
        pairing_id: pairing?.id ?? null,
        reporter_id: actor.userId,
        reported_id: input.reportedId,
        message_link: input.messageLink,
        reason: input.reason,
        status: 'open',
        queue_channel_id: program.report_channel_id,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  await postReportToQueue(ctx, report).catch((error: unknown) => ctx.log.warn('report.queue_post_deferred', { reportId: report.id, error: String(error) }));
  return report;
}

async function programOf(ctx: AppContext, report: Report): Promise<Program | undefined> {
  return report.program_id === null ? undefined : findProgram(ctx.db, report.program_id);
}

async function postReportToQueue(ctx: AppContext, report: Report): Promise<void> {
  const program = await programOf(ctx, report);
  const message = await ctx.discord.postMessage(report.queue_channel_id, reportCard(report, program?.locale ?? 'en', program?.name ?? null));
  await ctx.db.updateTable('reports').set({ queue_message_id: message.id }).where('id', '=', report.id).execute();
}

/** Posts the reports that a crash or an outage kept from their queue. */
export async function postUnpostedReports(ctx: AppContext): Promise<number> {
  let posted = 0;
  for (const report of await unpostedReports(ctx.db)) {
    try {
      await postReportToQueue(ctx, report);
      posted += 1;
    } catch (error) {
      ctx.log.warn('report.queue_post_failed', { reportId: report.id, error: String(error) });
    }
  }
  return posted;
}

async function refreshCard(ctx: AppContext, report: Report): Promise<void> {
  if (!report.queue_message_id) return;
  const program = await programOf(ctx, report);
  const { nonce: _nonce, ...card } = reportCard(report, program?.locale ?? 'en', program?.name ?? null);
  await ctx.discord
    .editMessage(report.queue_channel_id, report.queue_message_id, card)
    .catch((error: unknown) => ctx.log.warn('report.card_refresh_failed', { reportId: report.id, error: String(error) }));
}

async function moderatedReport(ctx: AppContext, actor: Actor, id: number): Promise<Report> {
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
    const row = await trx
      .updateTable('reports')
      .set({ status: 'claimed', assignee_id: actor.userId, claimed_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'report.claim', target: `report:${id}`, at: now });
    return row;
  });
  await refreshCard(ctx, claimed);
  return claimed;
}

/** Closes a report as resolved (with an outcome that acts) or dismissed. */
export async function closeReport(ctx: AppContext, actor: Actor, id: number, outcome: ReportOutcome | 'dismissed', note: string | null): Promise<Report> {
  const report = await moderatedReport(ctx, actor, id);
  if (report.status === 'resolved' || report.status === 'dismissed') throw new UserFacingError('error.reportClosed', { id });
  const now = ctx.clock.now();
  const status: ReportStatus = outcome === 'dismissed' ? 'dismissed' : 'resolved';
  const closed = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('reports')
      .set({
        status,
        outcome: outcome === 'dismissed' ? null : outcome,
        moderator_note: note?.trim().slice(0, 1000) || null,
        assignee_id: report.assignee_id ?? actor.userId,
        closed_at: now.toISOString(),
      })
      .where('id', '=', id)
      .where('status', 'in', ['open', 'claimed'])
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new UserFacingError('error.reportClosed', { id });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: `report.${status}`, target: `report:${id}`, details: { outcome }, at: now });
    if (outcome === 'member-removed' && row.program_id !== null && row.reported_id) {
      await trx.updateTable('signups').set({ status: 'removed', updated_at: now.toISOString() }).where('program_id', '=', row.program_id).where('user_id', '=', row.reported_id).execute();
    }
    return row;
  });
  if ((outcome === 'pair-ended' || outcome === 'member-removed') && closed.pairing_id !== null) {
    await endPairing(ctx, closed.pairing_id, { actorId: actor.userId, reason: `report:${id}` });
  }
  await refreshCard(ctx, closed);
  return closed;
}

/** Reports a moderator may see: all of the server's for server-wide moderators, else their programs'. */
export async function reportsFor(ctx: AppContext, actor: Actor, status: ReportStatus | null): Promise<Report[]> {
  const reports = await listReports(ctx.db, actor.guildId, status, 100);
  const programs = new Map<number, Program | undefined>();
  const visible: Report[] = [];
  for (const report of reports) {
    const programId = report.program_id ?? -1;
    if (!programs.has(programId)) programs.set(programId, await programOf(ctx, report));
    if (isModerator(actor, programs.get(programId)?.moderator_role_id ?? null)) visible.push(report);
  }
  if (visible.length === 0 && !isModerator(actor, null) && !(await isModeratorOfAny(ctx, actor))) throw new UserFacingError('error.notModerator');
  return visible.slice(0, 25);
}

async function isModeratorOfAny(ctx: AppContext, actor: Actor): Promise<boolean> {
  const roles = await ctx.db.selectFrom('programs').select('moderator_role_id').where('guild_id', '=', actor.guildId).where('moderator_role_id', 'is not', null).execute();
  return roles.some((r) => actor.roleIds.includes(r.moderator_role_id as string));
}
