import type { Kysely } from 'kysely';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';
import { freshDatabaseUrl, onPostgres, openDatabase } from '../database.ts';

/** A real database of the run's kind with the real migrations applied: in memory on SQLite. */
export async function migratedDb(): Promise<Kysely<DB>> {
  if (onPostgres) return openDatabase(await freshDatabaseUrl());
  const db = connect('sqlite::memory:');
  await migrateToLatest(db);
  return db;
}
