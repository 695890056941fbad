import type { Insertable, Updateable } from 'kysely';
import type { Db, Report, ReportsTable, ReportStatus } from '../../db/schema.ts';

export function findReport(db: Db, guildId: string, id: number): Promise<Report | undefined> {
  return db.selectFrom('reports').selectAll().where('guild_id', '=', guildId).where('id', '=', id).executeTakeFirst();
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

export function insertReport(db: Db, report: Insertable<ReportsTable>): Promise<Report> {
  return db.insertInto('reports').values(report).returningAll().executeTakeFirstOrThrow();
}

export async function updateReport(db: Db, id: number, changes: Updateable<ReportsTable>): Promise<void> {
  await db.updateTable('reports').set(changes).where('id', '=', id).execute();
}

/** Claims a report if it is still open; undefined if it is not. */
export function claimOpenReport(db: Db, id: number, assigneeId: string, at: Date): Promise<Report | undefined> {
  return db
    .updateTable('reports')
    .set({ status: 'claimed', assignee_id: assigneeId, claimed_at: at.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/** Closes a report if it is still open or claimed; undefined if it is not. */
export function closeOpenReport(
  db: Db,
  id: number,
  closing: Pick<Report, 'status' | 'outcome' | 'moderator_note' | 'assignee_id' | 'closed_at'>,
): Promise<Report | undefined> {
  return db
    .updateTable('reports')
    .set(closing)
    .where('id', '=', id)
    .where('status', 'in', ['open', 'claimed'])
    .returningAll()
    .executeTakeFirst();
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
    .execute();
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
  return filteredReports(db, filter).selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute();
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
    .execute();
}

/** Open reports announced in their queue at or before `before` and not announced again since. */
export function unclaimedReportsSince(db: Db, before: string): Promise<Report[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('status', '=', 'open')
    .where('reannounced_at', 'is', null)
    .where('queue_message_id', 'is not', null)
    .where('created_at', '<=', before)
    .execute();
}

/** Reports of a server that Discord refused to post to their queue. */
export function reportsFailedToQueue(db: Db, guildId: string): Promise<{ id: number; queue_channel_id: string }[]> {
  return db
    .selectFrom('reports')
    .select(['id', 'queue_channel_id'])
    .where('guild_id', '=', guildId)
    .where('queue_message_id', 'is', null)
    .where('queue_failed_at', 'is not', null)
    .orderBy('id')
    .execute();
}

/** Resumes a paused pairing with its next check-in; false if it was no longer paused. */
export async function resumePausedPairing(db: Db, pairingId: number, nextCheckinAt: string): Promise<boolean> {
  const resumed = await db
    .updateTable('pairings')
    .set({ status: 'active', paused_reason: null, next_checkin_at: nextCheckinAt })
    .where('id', '=', pairingId)
    .where('status', '=', 'paused')
    .executeTakeFirst();
  return resumed.numUpdatedRows !== 0n;
}
