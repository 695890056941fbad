import { expect } from 'vitest';
import { violatedConstraint } from '../../src/db/constraint.ts';
import { freshDatabaseUrl, openDatabase } from '../database.ts';

/* What the migrations tests share: an unmigrated database, a program row, and the constraint check. */

export const emptyDb = async () => openDatabase(await freshDatabaseUrl({ migrated: false }));

/** Fails unless `statement` is refused for breaking a rule of the given kind. */
export async function expectViolation(statement: Promise<unknown>, kind: 'unique' | 'check') {
  const error = await statement.then(
    () => null,
    (e: unknown) => e,
  );
  expect(violatedConstraint(error)).toBe(kind);
}

export const now = '2026-03-02T09:00:00.000Z';

export const programRow = {
  guild_id: 'g',
  name: 'P',
  name_key: 'p',
  template: 'career' as const,
  pair_channel_id: 'c',
  report_channel_id: 'r',
  moderator_role_id: null,
  checkin_day: 1,
  checkin_hour: 17,
  timezone: 'UTC',
  weeks: 8,
  mentor_capacity: 1,
  every_weeks: 1,
  status: 'open' as const,
  signups_open: 1,
  locale: 'en-US',
  created_by: 'a',
  created_at: now,
  updated_at: now,
};
