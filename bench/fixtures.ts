import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB, NewProgramRow } from '../src/db/schema.ts';

/** A migrated SQLite file in a temporary folder, removed by `drop`. */
export async function benchDb(): Promise<{ db: Kysely<DB>; url: string; drop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const url = `sqlite:${join(dir, 'bench.sqlite')}`;
  const db = connect(url);
  await migrateToLatest(db);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function benchProgram(at: string, overrides: Partial<NewProgramRow> = {}): NewProgramRow {
  return {
    guild_id: 'g',
    name: 'Bench',
    name_key: 'bench',
    template: 'career',
    pair_channel_id: 'c',
    report_channel_id: 'r',
    moderator_role_id: null,
    checkin_day: 1,
    checkin_hour: 17,
    timezone: 'Europe/Paris',
    weeks: 8,
    mentor_capacity: 1,
    every_weeks: 1,
    status: 'running',
    signups_open: 0,
    locale: 'en-US',
    created_by: 'a',
    created_at: at,
    updated_at: at,
    ...overrides,
  };
}

/** A small deterministic PRNG, so every run measures the same cohort. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
