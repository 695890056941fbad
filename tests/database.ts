import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, inject } from 'vitest';
import { connect, type ConnectOptions } from '../src/db/connect.ts';
import type { DB } from '../src/db/schema.ts';
import { adminQuery, databaseUrl } from './postgres-admin.ts';

/** Which database this run of the suite uses: vitest's projects set TEST_DB (see vitest.config.ts). */
export const testDatabaseKind: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = testDatabaseKind === 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database every PostgreSQL test database is copied from (tests/postgres-setup.ts). */
    postgresTemplate: string;
    /** Prefix of every database this run makes, so the run drops exactly its own. */
    postgresRunPrefix: string;
  }
}

let made = 0;
const sqliteDirs: string[] = [];
const postgresDatabases: string[] = [];
const opened: Kysely<DB>[] = [];

/**
 * A database of its own for one test, of the run's kind: a file for SQLite, a database copied
 * from the migrated template (or an empty one, with an ICU collation if asked) for PostgreSQL.
 * Dropped after the test file.
 */
export async function freshDatabaseUrl(options: { migrated?: boolean; icuLocale?: string } = {}): Promise<string> {
  const migrated = options.migrated ?? true;
  if (!onPostgres) {
    const dir = mkdtempSync(join(tmpdir(), 'mentorship-db-'));
    sqliteDirs.push(dir);
    return `sqlite:${join(dir, 'bot.sqlite')}`;
  }
  const name = `${inject('postgresRunPrefix')}${process.pid}_${++made}`;
  const template = migrated ? inject('postgresTemplate') : 'template0';
  const locale = options.icuLocale ? ` locale_provider icu icu_locale '${options.icuLocale}' locale 'C.UTF-8'` : '';
  await adminQuery(`create database "${name}" template "${template}"${locale}`);
  postgresDatabases.push(name);
  return databaseUrl(name);
}

/** A connection (a pool on PostgreSQL) to `url`, closed after the test file. */
export function openDatabase(url: string, options: ConnectOptions = {}): Kysely<DB> {
  const db = connect(url, options);
  opened.push(db);
  return db;
}

afterAll(async () => {
  await Promise.allSettled(opened.splice(0).map((db) => db.destroy()));
  for (const dir of sqliteDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const name of postgresDatabases.splice(0)) await adminQuery(`drop database if exists "${name}" with (force)`);
});
