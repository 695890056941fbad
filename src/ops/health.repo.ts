import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';

/** The cheapest question the database can answer: proof that it is there and answering. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
