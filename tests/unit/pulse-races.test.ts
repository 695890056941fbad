import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { answerPulse } from '../../src/domain/pulse/pulse.service.ts';
import { joinProgram } from '../../src/domain/signups/signup.service.ts';
import { freshDatabaseUrl, onPostgres, openDatabase, testDatabaseKind } from '../database.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

describe(`pulse answers between two processes at the same instant (${testDatabaseKind})`, () => {
  test('six answers at once keep one answer per member; a low score tells the report channel once', async () => {
    const url = await freshDatabaseUrl();
    const first = openDatabase(url);
    if (!onPostgres) await migrateToLatest(first);
    const one = await testContext({ db: first });
    const a = one.ctx;
    const b = (await testContext({ db: openDatabase(url), discord: one.discord, clock: one.clock })).ctx;
    await openCohort(a);
    for (const [user, role] of [
      ['mentor', 'mentor'],
      ['mentee', 'mentee'],
    ] as const)
      await joinProgram(a, actor(user), { name: 'Cohort' }, { role, adult: true, topics: 'rust' });
    const pairing = await pairMembers(a, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    const { thread_id: threadId } = await a.db
      .selectFrom('pairings')
      .select('thread_id')
      .where('id', '=', pairing.id)
      .executeTakeFirstOrThrow();
    const { id: checkinId } = await a.db
      .insertInto('checkins')
      .values({
        pairing_id: pairing.id,
        week: 4,
        kind: 'prompt',
        due_at: a.clock.now().toISOString(),
        nonce: 'n4',
        status: 'posted',
        message_id: 'm4',
        posted_at: a.clock.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const target = { checkinId, threadId: threadId as string };
    await Promise.all(
      ['mentor', 'mentee', 'mentor', 'mentee', 'mentor', 'mentee'].map((user, i) =>
        answerPulse(i % 2 === 0 ? a : b, actor(user), target, { score: String((i % 2) + 1) }),
      ),
    );
    const rows = await a.db.selectFrom('pulse_answers').select(['user_id', 'score']).orderBy('user_id').execute();
    expect(rows).toEqual([
      { user_id: 'mentee', score: 2 },
      { user_id: 'mentor', score: 1 },
    ]);
    const notices = await a.db.selectFrom('outbox').select('key').where('key', 'like', 'pulse-low:%').execute();
    expect(notices).toEqual([{ key: `pulse-low:${pairing.id}:4` }]);
  });
});
