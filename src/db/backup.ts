import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fchmodSync, linkSync, lstatSync, mkdirSync, openSync } from 'node:fs';
import { renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { databaseKind } from './connect.ts';

/** A backup that was not made, and why, in one line for whoever ran it. */
export class BackupRefused extends Error {}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Copies the SQLite database of `databaseUrl` to `target` (relative to `base`) with SQLite's
 * online backup, while the bot goes on writing: one backup step copies every page inside one read
 * transaction, so the copy is the database as it was at one instant (WAL: the bot's writes are
 * not held up meanwhile). The copy holds personal data: it is readable by its owner only (0600).
 * It is written to a new temporary file beside `target`, then put at `target` only once complete,
 * so a failed or killed backup never leaves a partial file there. Never overwrites anything (nor
 * follows a symbolic link at `target`); makes `target`'s folder if missing. PostgreSQL: pg_dump.
 */
export async function backupDatabase(
  databaseUrl: string,
  target: string | undefined,
  base: string,
): Promise<{ path: string; bytes: number }> {
  if (!target) throw new BackupRefused('Usage: npm run backup -- PATH (a new file to write the copy to)');
  if (databaseKind(databaseUrl) === 'postgres')
    throw new BackupRefused(
      'DATABASE_URL is PostgreSQL: back it up with pg_dump instead, e.g. pg_dump -Fc -f mentorship.dump "$DATABASE_URL" (see README, "Backups")',
    );
  const source = databaseUrl.slice('sqlite:'.length);
  if (source === ':memory:')
    throw new BackupRefused('DATABASE_URL is an in-memory database: there is no file to back up');
  const path = resolve(base, target);
  const taken = () =>
    new BackupRefused(`${target} already exists: give the name of a new file (a backup never overwrites)`);
  if (exists(path)) throw taken();
  if (!existsSync(source)) throw new BackupRefused(`No database at ${source}: nothing to back up (check DATABASE_URL)`);

  const temp = newTempFile(path);
  try {
    const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
    try {
      // The most pages a step may take: the whole database in the first step that copies.
      await db.backup(temp, { progress: () => 0x7fffffff });
    } finally {
      db.close();
    }
    publish(temp, path, taken);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`The backup failed: ${reason(error)}`);
  }
  return { path, bytes: statSync(path).size };
}

/** A new empty file beside `path` (its folder made if missing, 0700), mode 0600 whatever the umask. */
function newTempFile(path: string): string {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new BackupRefused(`Cannot make the folder ${folder}: ${reason(error)}`);
  }
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  const { O_CREAT, O_EXCL, O_WRONLY, O_NOFOLLOW } = constants;
  try {
    const fd = openSync(temp, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o600);
    try {
      fchmodSync(fd, 0o600);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new BackupRefused(`Cannot write in ${folder}: ${reason(error)}`);
  }
  return temp;
}

/**
 * Gives the complete copy its name without replacing anything there: a hard link fails if the
 * name was taken meanwhile. A filesystem without hard links (FAT, some network shares) gets a
 * rename, the name checked just before.
 */
function publish(temp: string, path: string, taken: () => BackupRefused): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' || exists(path)) throw taken();
    renameSync(temp, path);
    return;
  }
  unlinkSync(temp);
}
