import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Db, ReportRow, ReportsTable, ReportStatus } from '../../db/schema.ts';
import { toColumns } from '../columns.ts';
import type { NewReport, Report, ReportClosing, ReportQueueUpdate } from './report.types.ts';

const reportColumns = {
  guildId: 'guild_id',
  programId: 'program_id',
  pairingId: 'pairing_id',
  reporterId: 'reporter_id',
  reportedId: 'reported_id',
  messageLink: 'message_link',
  reason: 'reason',
  status: 'status',
  assigneeId: 'assignee_id',
  outcome: 'outcome',
  moderatorNote: 'moderator_note',
  queueChannelId: 'queue_channel_id',
  queueMessageId: 'queue_message_id',
  createdAt: 'created_at',
  claimedAt: 'claimed_at',
  closedAt: 'closed_at',
  pausedPairing: 'paused_pairing',
  queueFailedAt: 'queue_failed_at',
  reannouncedAt: 'reannounced_at',
  reporterToldAt: 'reporter_told_at',
} as const satisfies Record<keyof Omit<Report, 'id'>, keyof ReportRow>;

export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    guildId: row.guild_id,
    programId: row.program_id,
    pairingId: row.pairing_id,
    reporterId: row.reporter_id,
    reportedId: row.reported_id,
    messageLink: row.message_link,
    reason: row.reason,
    status: row.status,
    assigneeId: row.assignee_id,
    outcome: row.outcome,
    moderatorNote: row.moderator_note,
    queueChannelId: row.queue_channel_id,
    queueMessageId: row.queue_message_id,
    createdAt: row.created_at,
    claimedAt: row.claimed_at,
    closedAt: row.closed_at,
    pausedPairing: row.paused_pairing === 1,
    queueFailedAt: row.queue_failed_at,
    reannouncedAt: row.reannounced_at,
    reporterToldAt: row.reporter_told_at,
  };
}

const toReports = (rows: ReportRow[]) => rows.map(toReport);
const toMaybeReport = (row: ReportRow | undefined) => row && toReport(row);

/** The columns of a report's fields: a paused pairing is stored as 0 or 1. */
function reportRow(fields: Partial<Omit<Report, 'id'>>): Updateable<ReportsTable> {
  const { pausedPairing, ...rest } = fields;
  return {
    ...(toColumns(reportColumns, rest) as Updateable<ReportsTable>),
    ...(pausedPairing === undefined ? {} : { paused_pairing: pausedPairing ? 1 : 0 }),
  };
}

export function findReport(db: Db, guildId: string, id: number): Promise<Report | undefined> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', id)
    .executeTakeFirst()
    .then(toMaybeReport);
}

export async function countOpenReportsBy(db: Db, guildId: string, reporterId: string): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('guild_id', '=', guildId)
    .where('reporter_id', '=', reporterId)
    .where('status', 'in', ['open', 'claimed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many reports of a program are open or claimed. */
export async function countOpenReportsOfProgram(db: Db, programId: number): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('status', 'in', ['open', 'claimed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertReport(db: Db, report: NewReport): Promise<Report> {
  return db
    .insertInto('reports')
    .values(reportRow(report) as Insertable<ReportsTable>)
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toReport);
}

export async function updateReport(db: Db, id: number, changes: ReportQueueUpdate): Promise<void> {
  await db.updateTable('reports').set(reportRow(changes)).where('id', '=', id).execute();
}

/** Claims a report if it is still open; undefined if it is not. */
export function claimOpenReport(db: Db, id: number, assigneeId: string, at: Date): Promise<Report | undefined> {
  return db
    .updateTable('reports')
    .set({ status: 'claimed', assignee_id: assigneeId, claimed_at: at.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst()
    .then(toMaybeReport);
}

/** Closes a report if it is still open or claimed; undefined if it is not. */
export function closeOpenReport(db: Db, id: number, closing: ReportClosing): Promise<Report | undefined> {
  return db
    .updateTable('reports')
    .set(reportRow(closing))
    .where('id', '=', id)
    .where('status', 'in', ['open', 'claimed'])
    .returningAll()
    .executeTakeFirst()
    .then(toMaybeReport);
}

/** Records that the reporter heard the outcome, unless that was recorded already. */
export async function markReporterTold(db: Db, id: number, at: Date): Promise<void> {
  await db
    .updateTable('reports')
    .set({ reporter_told_at: at.toISOString() })
    .where('id', '=', id)
    .where('reporter_told_at', 'is', null)
    .execute();
}

/** Records that the reporter heard the outcome of these reports. */
export async function setReporterToldAt(db: Db, ids: number[], at: Date): Promise<void> {
  await db.updateTable('reports').set({ reporter_told_at: at.toISOString() }).where('id', 'in', ids).execute();
}

/** The member's closed reports whose outcome they have not heard, oldest first. */
export function untoldClosedReportsBy(db: Db, guildId: string, reporterId: string): Promise<Report[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('reporter_id', '=', reporterId)
    .where('status', 'in', ['resolved', 'dismissed'])
    .where('reporter_told_at', 'is', null)
    .orderBy('id')
    .execute()
    .then(toReports);
}

/** Which reports of a server a list shows: of one status if given, of these programs unless null (all). */
export interface ReportFilter {
  guildId: string;
  status: ReportStatus | null;
  programIds: number[] | null;
}

function filteredReports(db: Db, filter: ReportFilter) {
  let query = db.selectFrom('reports').where('guild_id', '=', filter.guildId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.programIds) query = query.where('program_id', 'in', filter.programIds);
  return query;
}

export async function countReports(db: Db, filter: ReportFilter): Promise<number> {
  const row = await filteredReports(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of the filtered reports, newest first. */
export function reportsPage(db: Db, filter: ReportFilter, limit: number, offset: number): Promise<Report[]> {
  return filteredReports(db, filter)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
    .then(toReports);
}

/** The newest reports of a server about a member, but one. */
export function reportsAbout(
  db: Db,
  guildId: string,
  reportedId: string,
  exceptId: number,
  limit: number,
): Promise<Report[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('reported_id', '=', reportedId)
    .where('id', '<>', exceptId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
    .then(toReports);
}

/** Open reports announced in their queue at or before `before` and not announced again since. */
export function unclaimedReportsSince(db: Db, before: string, scope: GuildScope | null): Promise<Report[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where(inGuildScope('guild_id', scope))
    .where('status', '=', 'open')
    .where('reannounced_at', 'is', null)
    .where('queue_message_id', 'is not', null)
    .where('created_at', '<=', before)
    .execute()
    .then(toReports);
}

/** Reports of a server that Discord refused to post to their queue. */
export function reportsFailedToQueue(db: Db, guildId: string): Promise<{ id: number; queueChannelId: string }[]> {
  return db
    .selectFrom('reports')
    .select(['id', 'queue_channel_id as queueChannelId'])
    .where('guild_id', '=', guildId)
    .where('queue_message_id', 'is', null)
    .where('queue_failed_at', 'is not', null)
    .orderBy('id')
    .execute();
}

/** Resumes a paused pairing with its next check-in (none for a group's membership); false if it was no longer paused. */
export async function resumePausedPairing(db: Db, pairingId: number, nextCheckinAt: string | null): Promise<boolean> {
  const resumed = await db
    .updateTable('pairings')
    .set({ status: 'active', paused_reason: null, next_checkin_at: nextCheckinAt })
    .where('id', '=', pairingId)
    .where('status', '=', 'paused')
    .executeTakeFirst();
  return resumed.numUpdatedRows !== 0n;
}
