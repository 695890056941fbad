import SQLite from 'better-sqlite3';
import pg from 'pg';
import { onPostgres } from '../database.ts';
import type { World } from './harness.ts';

/**
 * Another process (a backup, a second bot) holds a write lock on the bot's database for a while:
 * SQLite's one write lock, or on PostgreSQL every table locked against writes (reads still go).
 */
export async function lockDatabase(world: World, forMs: number): Promise<{ released: Promise<void> }> {
  const release = onPostgres ? await lockPostgres(world) : lockSqlite(world);
  const released = new Promise<void>((resolve, reject) => {
    setTimeout(() => {
      release().then(resolve, reject);
    }, forMs);
  });
  return { released };
}

function lockSqlite(world: World): () => Promise<void> {
  const other = new SQLite(world.databaseUrl.slice('sqlite:'.length));
  other.exec('begin immediate');
  return async () => {
    other.exec('commit');
    other.close();
  };
}

async function lockPostgres(world: World): Promise<() => Promise<void>> {
  const other = new pg.Client({ connectionString: world.databaseUrl });
  await other.connect();
  const { rows } = await other.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = current_schema()`,
  );
  await other.query('begin');
  await other.query(`lock table ${rows.map((r) => `"${r.tablename}"`).join(', ')} in exclusive mode`);
  return async () => {
    await other.query('commit');
    await other.end();
  };
}
