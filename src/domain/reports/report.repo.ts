import type { Kysely, Transaction } from 'kysely';
import type { DB, Report, ReportStatus } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

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

export function listReports(db: Db, guildId: string, status: ReportStatus | null, limit: number): Promise<Report[]> {
  let query = db.selectFrom('reports').selectAll().where('guild_id', '=', guildId);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Reports saved but not yet known to be in their queue channel (a crash or an outage came between). */
export function unpostedReports(db: Db): Promise<Report[]> {
  return db.selectFrom('reports').selectAll().where('queue_message_id', 'is', null).orderBy('id').execute();
}
