import { existsSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { databaseInTempFolder, runBackup } from './run-backup.ts';

/*
 * The file `npm run backup -- PATH` writes (SQLite only): personal data, so readable by its owner
 * only; a new file, never one reached through a link; whole or absent; in a folder made if needed.
 */

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

test('the backup is readable by its owner only (0600), and no temporary file is left beside it', async () => {
  const { dir, url } = await databaseInTempFolder();
  const path = join(dir, 'copy.sqlite');
  const result = await runBackup(url, [path]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout).toMatch(/^Backup written to .*copy\.sqlite \(\d+ KB, \d+ bytes\)\n$/);
  expect(mode(path)).toBe('600');
  expect(readdirSync(dir).sort()).toEqual(['bot.sqlite', 'copy.sqlite']);
}, 60_000);

test('a symbolic link at PATH, even one to nothing, is refused and not followed', async () => {
  const { dir, url } = await databaseInTempFolder();
  const elsewhere = join(dir, 'elsewhere.sqlite');
  const link = join(dir, 'link.sqlite');
  symlinkSync(elsewhere, link);
  const result = await runBackup(url, [link]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/link\.sqlite already exists: give the name of a new file/);
  expect(existsSync(elsewhere)).toBe(false);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['bot.sqlite', 'link.sqlite']);
}, 60_000);

test('the README’s example works on a fresh checkout: a missing backups/ folder is made (0700)', async () => {
  const { dir, url } = await databaseInTempFolder();
  const result = await runBackup(url, [join(dir, 'backups', 'mentorship-2026-12-01.sqlite')]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(mode(join(dir, 'backups'))).toBe('700');
  expect(mode(join(dir, 'backups', 'mentorship-2026-12-01.sqlite'))).toBe('600');
}, 60_000);

test('a relative PATH is taken from the folder npm was run in, not the project’s', async () => {
  const { dir, url } = await databaseInTempFolder();
  const here = join(dir, 'ops');
  mkdirSync(here);
  const result = await runBackup(url, ['nightly.sqlite'], here);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout).toContain(join(here, 'nightly.sqlite'));
  expect(mode(join(here, 'nightly.sqlite'))).toBe('600');
  expect(existsSync(join(process.cwd(), 'nightly.sqlite'))).toBe(false);
}, 60_000);

test('a backup that fails leaves nothing: no file at PATH, no temporary file', async () => {
  const { dir } = await databaseInTempFolder();
  const garbage = join(dir, 'not-a-database.sqlite');
  writeFileSync(garbage, 'this is not a SQLite database, only text long enough to look like a header');
  const result = await runBackup(`sqlite:${garbage}`, [join(dir, 'copy.sqlite')]);
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd()).toMatch(/^The backup failed: /);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(readdirSync(dir).sort()).toEqual(['bot.sqlite', 'not-a-database.sqlite']);
}, 60_000);
