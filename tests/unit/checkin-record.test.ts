import { sql, type Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';
import { recordDueCheckins } from '../../src/domain/checkins/checkin-record.ts';
import { freshDatabaseUrl, onPostgres, openDatabase, testDatabaseKind } from '../database.ts';
import { testContext } from './context.ts';

const firstSlot = '2026-03-09T17:00:00.000Z'; // a Monday, 17:00 UTC

/** A running weekly program (Mondays 17:00 UTC, 8 weeks) with `pairs` active pairings due at `firstSlot`. */
async function seedDuePairings(db: Kysely<DB>, pairs: number): Promise<void> {
  const program = await db
    .insertInto('programs')
    .values({
      guild_id: 'g',
      name: 'Cohort',
      name_key: 'cohort',
      template: 'career',
      pair_channel_id: 'pairs',
      report_channel_id: 'reports',
      moderator_role_id: null,
      checkin_day: 1,
      checkin_hour: 17,
      timezone: 'UTC',
      weeks: 8,
      mentor_capacity: 1,
      every_weeks: 1,
      status: 'running',
      signups_open: 0,
      locale: 'en-US',
      created_by: 'admin',
      created_at: firstSlot,
      updated_at: firstSlot,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < pairs; start += 500) {
    const rows = Array.from({ length: Math.min(500, pairs - start) }, (_, k) => ({
      program_id: program.id,
      guild_id: 'g',
      mentor_id: `mentor${start + k}`,
      mentee_id: `mentee${start + k}`,
      thread_id: `thread${start + k}`,
      welcome_message_id: 'welcome',
      next_checkin_at: firstSlot,
      status: 'active' as const,
      created_by: 'admin',
      created_at: firstSlot,
    }));
    await db.insertInto('pairings').values(rows).execute();
  }
}

describe(`recording due check-ins (${testDatabaseKind})`, () => {
  test('two processes recording the same 1,200 due check-ins at once record each once, with one outbox row each', async () => {
    const url = await freshDatabaseUrl();
    const first = openDatabase(url);
    if (!onPostgres) await migrateToLatest(first);
    const a = await testContext({ db: first });
    const b = await testContext({ db: openDatabase(url), discord: a.discord, clock: a.clock });
    await seedDuePairings(first, 1200);
    a.clock.set(new Date(firstSlot));

    const counts = await Promise.all([
      recordDueCheckins(a.ctx),
      recordDueCheckins(b.ctx),
      recordDueCheckins(a.ctx),
      recordDueCheckins(b.ctx),
    ]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1200);

    const checkins = await first.selectFrom('checkins').select(['id', 'pairing_id', 'week', 'status']).execute();
    expect(checkins).toHaveLength(1200);
    expect(new Set(checkins.map((c) => c.pairing_id)).size).toBe(1200);
    expect(checkins.every((c) => c.week === 1 && c.status === 'pending')).toBe(true);

    const effects = await first.selectFrom('outbox').select(['key', 'subject', 'chain', 'status']).execute();
    expect(effects).toHaveLength(1200);
    expect(effects.map((e) => e.key).sort()).toEqual(checkins.map((c) => `checkin:${c.id}`).sort());
    const pairingOf = new Map(checkins.map((c) => [`checkin:${c.id}`, c.pairing_id]));
    expect(effects.every((e) => e.subject === e.key && e.chain === `pairing:${pairingOf.get(e.key)}`)).toBe(true);

    const schedules = await first
      .selectFrom('pairings')
      .select(['week', 'next_checkin_at'])
      .groupBy(['week', 'next_checkin_at'])
      .select(sql<number>`count(*)`.as('pairs'))
      .execute();
    expect(schedules).toEqual([{ week: 1, next_checkin_at: '2026-03-16T17:00:00.000Z', pairs: 1200 }]);
  });

  test('after downtime a batch supersedes a prompt never posted (and cancels its post) and records only the latest week', async () => {
    const { ctx, clock } = await testContext();
    await seedDuePairings(ctx.db, 2);
    clock.set(new Date(firstSlot));
    expect(await recordDueCheckins(ctx)).toBe(2);
    const [waiting, posted] = await ctx.db.selectFrom('checkins').select(['id', 'pairing_id']).orderBy('id').execute();
    // The second pairing's week 1 was posted; the first's never was (its post still waits in the outbox).
    await ctx.db
      .updateTable('checkins')
      .set({ status: 'posted', posted_at: firstSlot })
      .where('id', '=', posted!.id)
      .execute();
    await ctx.db
      .updateTable('outbox')
      .set({ status: 'done', done_at: firstSlot })
      .where('key', '=', `checkin:${posted!.id}`)
      .execute();

    clock.set(new Date('2026-03-30T18:00:00.000Z')); // the slots of weeks 2, 3 and 4 have passed
    expect(await recordDueCheckins(ctx)).toBe(2);
    expect(await recordDueCheckins(ctx)).toBe(0);

    const checkins = await ctx.db
      .selectFrom('checkins')
      .select(['id', 'pairing_id', 'week', 'status', 'due_at'])
      .orderBy('pairing_id')
      .orderBy('week')
      .execute();
    expect(checkins.map(({ pairing_id, week, status, due_at }) => ({ pairing_id, week, status, due_at }))).toEqual([
      { pairing_id: waiting!.pairing_id, week: 1, status: 'skipped', due_at: firstSlot },
      { pairing_id: waiting!.pairing_id, week: 4, status: 'pending', due_at: '2026-03-30T17:00:00.000Z' },
      { pairing_id: posted!.pairing_id, week: 1, status: 'posted', due_at: firstSlot },
      { pairing_id: posted!.pairing_id, week: 4, status: 'pending', due_at: '2026-03-30T17:00:00.000Z' },
    ]);
    const statusOf = async (checkinId: number) =>
      (
        await ctx.db
          .selectFrom('outbox')
          .select('status')
          .where('key', '=', `checkin:${checkinId}`)
          .executeTakeFirstOrThrow()
      ).status;
    expect(await statusOf(checkins[0]!.id)).toBe('cancelled');
    expect(await statusOf(checkins[1]!.id)).toBe('pending');
    expect(await statusOf(checkins[3]!.id)).toBe('pending');
    expect(await ctx.db.selectFrom('outbox').select('id').execute()).toHaveLength(4);
    expect(await ctx.db.selectFrom('pairings').select(['week', 'next_checkin_at']).execute()).toEqual([
      { week: 4, next_checkin_at: '2026-04-06T17:00:00.000Z' },
      { week: 4, next_checkin_at: '2026-04-06T17:00:00.000Z' },
    ]);
  });
});
