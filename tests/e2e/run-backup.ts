import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/**
 * Runs `npm run backup -- ...args` with only this DATABASE_URL; its exit code and output. From
 * `cwd` (default: the project), through `npm --prefix` so that npm sets INIT_CWD as it would there.
 */
export function runBackup(
  databaseUrl: string,
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const prefix = cwd === undefined ? [] : ['--prefix', process.cwd()];
  const child = spawn('npm', [...prefix, 'run', '--silent', 'backup', '--', ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    cwd: cwd ?? process.cwd(),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** A migrated SQLite database in a new temporary folder. */
export async function databaseInTempFolder(): Promise<{ dir: string; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-backup-'));
  const url = `sqlite:${join(dir, 'bot.sqlite')}`;
  const db = connect(url);
  await migrateToLatest(db);
  await db.destroy();
  return { dir, url };
}
