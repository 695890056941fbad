import type { Kysely } from 'kysely';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';

/** A real in-memory SQLite database with the real migrations applied. */
export async function migratedDb(): Promise<Kysely<DB>> {
  const db = connect('sqlite::memory:');
  await migrateToLatest(db);
  return db;
}
