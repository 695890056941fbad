import { describe, test } from 'vitest';
import { migratedDb } from './db.ts';
import { expectViolation, now, programRow } from './migrations-fixtures.ts';

async function seed() {
  const db = await migratedDb();
  const program = await db.insertInto('programs').values(programRow).returning('id').executeTakeFirstOrThrow();
  const pairing = (mentee: string, status: 'active' | 'ended' = 'active') =>
    db
      .insertInto('pairings')
      .values({
        program_id: program.id,
        guild_id: 'g',
        mentor_id: 'm',
        mentee_id: mentee,
        status,
        next_checkin_at: null,
        created_by: 'a',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  return { db, programId: program.id, pairing };
}

describe('constraints make duplicates impossible', () => {
  test('one sign-up per member and program', async () => {
    const { db, programId } = await seed();
    const signup = {
      program_id: programId,
      guild_id: 'g',
      user_id: 'u',
      role: 'mentee' as const,
      topics: '[]',
      goals: '',
      timezone: null,
      adult_attested_at: now,
      status: 'waiting' as const,
      created_at: now,
      updated_at: now,
    };
    await db.insertInto('signups').values(signup).execute();
    await expectViolation(
      db
        .insertInto('signups')
        .values({ ...signup, role: 'mentor' })
        .execute(),
      'unique',
    );
  });

  test('one live pairing per mentee and program; ended ones do not count', async () => {
    const { pairing } = await seed();
    await pairing('x', 'ended');
    await pairing('x');
    await expectViolation(pairing('x'), 'unique');
  });

  test('one check-in per pairing and week', async () => {
    const { db, pairing } = await seed();
    const { id } = await pairing('y');
    const checkin = { pairing_id: id, week: 1, due_at: now, nonce: 'n', status: 'pending' as const };
    await db.insertInto('checkins').values(checkin).execute();
    await expectViolation(db.insertInto('checkins').values(checkin).execute(), 'unique');
  });

  test('enumerations and ranges are checked', async () => {
    const { db, programId } = await seed();
    await expectViolation(
      db.updateTable('programs').set({ checkin_hour: 24 }).where('id', '=', programId).execute(),
      'check',
    );
    await expectViolation(
      db
        .updateTable('programs')
        .set({ status: 'paused' as never })
        .where('id', '=', programId)
        .execute(),
      'check',
    );
  });

  test('one live group per mentor and program (ended ones do not count); program formats are checked', async () => {
    const { db, programId } = await seed();
    const group = (status: 'active' | 'ended') =>
      db
        .insertInto('pair_groups')
        .values({ program_id: programId, guild_id: 'g', mentor_id: 'm', status, created_at: now })
        .execute();
    await group('ended');
    await group('active');
    await expectViolation(group('active'), 'unique');
    await expectViolation(
      db
        .updateTable('programs')
        .set({ format: 'trio' as never })
        .where('id', '=', programId)
        .execute(),
      'check',
    );
  });
});
