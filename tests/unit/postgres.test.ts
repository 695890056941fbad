import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { programNamesStartingWith } from '../../src/domain/programs/program.repo.ts';
import { benchProgram } from '../../bench/fixtures.ts';
import { freshDatabaseUrl, onPostgres, openDatabase } from '../database.ts';

const now = '2026-03-02T09:00:00.000Z';
const programRow = (name: string) => benchProgram(now, { name, name_key: name.toLowerCase(), status: 'open' });

describe.skipIf(!onPostgres)('PostgreSQL compares text as SQLite does, whatever the database locale', () => {
  test('on a French ICU database, a prefix finds only names starting with it, in byte order', async () => {
    const db = openDatabase(await freshDatabaseUrl({ migrated: false, icuLocale: 'fr' }));
    await migrateToLatest(db);
    await db.insertInto('programs').values(['Ça va', 'Cab', 'Ca', 'Cb', 'Caz'].map(programRow)).execute();
    expect(await programNamesStartingWith(db, 'g', 'ca', 25)).toEqual(['Ca', 'Cab', 'Caz']);
  });

  test('every text column of the schema compares bytes ("C"), including those of later migrations', async () => {
    const db = openDatabase(await freshDatabaseUrl());
    const { rows } = await sql<{ table_name: string; column_name: string; collation_name: string | null }>`
      select table_name, column_name, collation_name from information_schema.columns
      where table_schema = current_schema() and data_type = 'text' and table_name not like 'kysely_%'`.execute(db);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.collation_name !== 'C')).toEqual([]);
  });
});
