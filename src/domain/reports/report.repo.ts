import type { Kysely, Transaction } from 'kysely';
import type { DB, Report } from '../../db/schema.ts';

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
