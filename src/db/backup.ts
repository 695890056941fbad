import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { databaseKind } from './connect.ts';

/** A backup that was not made, and why, in one line for whoever ran it. */
export class BackupRefused extends Error {}

/**
 * Copies the SQLite database of `databaseUrl` to `target` with SQLite's online backup, while the
 * bot goes on writing: one backup step copies every page inside one read transaction, so the copy
 * is the database as it was at one instant (WAL: the bot's writes are not held up meanwhile).
 * Never overwrites a file; PostgreSQL is backed up with pg_dump instead.
 */
export async function backupDatabase(
  databaseUrl: string,
  target: string | undefined,
): Promise<{ path: string; bytes: number }> {
  if (!target) throw new BackupRefused('Usage: npm run backup -- PATH (a new file to write the copy to)');
  if (databaseKind(databaseUrl) === 'postgres')
    throw new BackupRefused(
      'DATABASE_URL is PostgreSQL: back it up with pg_dump instead, e.g. pg_dump -Fc -f mentorship.dump "$DATABASE_URL" (see README, "Backups")',
    );
  const source = databaseUrl.slice('sqlite:'.length);
  if (source === ':memory:')
    throw new BackupRefused('DATABASE_URL is an in-memory database: there is no file to back up');
  const path = resolve(target);
  if (existsSync(path))
    throw new BackupRefused(`${target} already exists: give the name of a new file (a backup never overwrites)`);
  if (!existsSync(source)) throw new BackupRefused(`No database at ${source}: nothing to back up (check DATABASE_URL)`);

  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    // The most pages a step may take: the whole database in the first step that copies.
    await db.backup(path, { progress: () => 0x7fffffff });
  } catch (error) {
    throw new BackupRefused(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db.close();
  }
  return { path, bytes: statSync(path).size };
}
