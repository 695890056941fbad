import { describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { UserFacingError } from '../../src/domain/errors.ts';
import { acceptProposals } from '../../src/domain/matching/accept.service.ts';
import { suggestMatches } from '../../src/domain/matching/suggest.service.ts';
import { endOwnPairing } from '../../src/domain/pairings/pairing-end.service.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { fileReport } from '../../src/domain/reports/report-file.ts';
import { joinProgram } from '../../src/domain/signups/signup.service.ts';
import { takeUntoldFailures } from '../../src/domain/outbox/outbox.repo.ts';
import { claimInteraction, purgeInteractionReceipts } from '../../src/domain/interaction-receipt.repo.ts';
import { acceptRequest } from '../../src/domain/requests/request-accept.ts';
import { sendRequest } from '../../src/domain/requests/request.service.ts';
import { freshDatabaseUrl, onPostgres, openDatabase, testDatabaseKind } from '../database.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

/**
 * Two bot processes on one database: each with its own connection (a pool on PostgreSQL), its
 * own outbox worker, the same Discord and the same clock. Every rule must hold between them.
 */
async function twoProcesses(capacity = 1, format: 'one-to-one' | 'group' = 'one-to-one') {
  const url = await freshDatabaseUrl();
  const first = openDatabase(url);
  if (!onPostgres) await migrateToLatest(first);
  const a = await testContext({ db: first });
  const b = await testContext({ db: openDatabase(url), discord: a.discord, clock: a.clock });
  await openCohort(a.ctx, capacity, format);
  const join = (user: string, role: 'mentor' | 'mentee') =>
    joinProgram(a.ctx, actor(user), { name: 'Cohort' }, { role, adult: true, topics: 'rust' });
  const either = (i: number): AppContext => (i % 2 === 0 ? a.ctx : b.ctx);
  return { a: a.ctx, b: b.ctx, discord: a.discord, join, either };
}

/** What each of the racing calls ended with: a value, a refusal's key, or an unexpected error (a failure). */
async function race<T>(calls: (() => Promise<T>)[]) {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  return settled.map((s) => {
    if (s.status === 'fulfilled') return { ok: s.value };
    if (s.reason instanceof UserFacingError) return { refused: s.reason.key };
    throw s.reason;
  });
}

describe(`rules hold between two processes at the same instant (${testDatabaseKind})`, () => {
  test('a mentor with room for 2 gets 2 pairings when 8 are made at once, and the rest are refused as full', async () => {
    const { join, either, a } = await twoProcesses(2);
    await join('mentor', 'mentor');
    const mentees = Array.from({ length: 8 }, (_, i) => `m${i}`);
    for (const mentee of mentees) await join(mentee, 'mentee');
    const outcomes = await race(
      mentees.map(
        (menteeId, i) => () => pairMembers(either(i), admin, { programName: 'Cohort', mentorId: 'mentor', menteeId }),
      ),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(2);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(Array(6).fill('error.mentorFull'));
    const live = await a.db.selectFrom('pairings').select('id').where('status', '<>', 'ended').execute();
    expect(live).toHaveLength(2);
  });

  test('in a group program, 8 mentees paired at once with one mentor (room for 3) make ONE group of 3 with one thread', async () => {
    const { join, either, a } = await twoProcesses(3, 'group');
    await join('mentor', 'mentor');
    const mentees = Array.from({ length: 8 }, (_, i) => `m${i}`);
    for (const mentee of mentees) await join(mentee, 'mentee');
    const outcomes = await race(
      mentees.map(
        (menteeId, i) => () => pairMembers(either(i), admin, { programName: 'Cohort', mentorId: 'mentor', menteeId }),
      ),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(3);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(Array(5).fill('error.mentorFull'));
    const groups = await a.db.selectFrom('pair_groups').select(['id', 'thread_id']).execute();
    expect(groups).toHaveLength(1);
    const live = await a.db.selectFrom('pairings').select(['group_id', 'thread_id']).execute();
    expect(live).toEqual(Array(3).fill({ group_id: groups[0]!.id, thread_id: null }));
    const threads = await a.db.selectFrom('outbox').select('id').where('kind', '=', 'create-thread').execute();
    expect(threads).toHaveLength(1);
  });

  test('8 reports filed at once by one member store 5, and the other 3 are refused', async () => {
    const { join, either, a } = await twoProcesses();
    await join('reporter', 'mentee');
    const outcomes = await race(
      Array.from(
        { length: 8 },
        (_, i) => () => fileReport(either(i), actor('reporter'), 'general', { reason: `Spam number ${i}` }),
      ),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(5);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(Array(3).fill('error.tooManyReports'));
    expect(await a.db.selectFrom('reports').select('id').execute()).toHaveLength(5);
  });

  test('mentor and mentee ending their pairing at the same instant end it once: one notice, one lock', async () => {
    const { join, a, b, discord } = await twoProcesses();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    const pairing = await pairMembers(a, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    const threadId = (
      await a.db.selectFrom('pairings').select('thread_id').where('id', '=', pairing.id).executeTakeFirstOrThrow()
    ).thread_id as string;
    const outcomes = await race([
      () => endOwnPairing(a, actor('mentor'), threadId, {}),
      () => endOwnPairing(b, actor('mentee'), threadId, {}),
    ]);
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(1);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(['error.pairingNotActive']);
    await Promise.all([a.outbox.drain(), b.outbox.drain()]);
    const ends = await a.db.selectFrom('outbox').select(['key', 'status']).where('key', 'like', 'end-%').execute();
    expect(ends.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: `end-lock:${pairing.id}`, status: 'done' },
      { key: `end-notice:${pairing.id}`, status: 'done' },
    ]);
    expect(discord.states.filter((s) => s.threadId === threadId && s.state.locked)).toHaveLength(1);
  });

  test('two admins accepting the same proposal at once make one pairing, and the second is told why', async () => {
    const { join, a, b } = await twoProcesses();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    const suggestion = await suggestMatches(a, admin, 'Cohort');
    expect(suggestion.proposals).toHaveLength(1);
    const [first, second] = await Promise.all([
      acceptProposals(a, admin, suggestion.id, [0]),
      acceptProposals(b, actor('admin2', { canManageGuild: true }), suggestion.id, [0]),
    ]);
    expect([first.made, second.made].sort()).toEqual([0, 1]);
    const loser = first.made === 0 ? first : second;
    expect(loser.skipped.map((s) => s.why)).toHaveLength(1);
    expect(await a.db.selectFrom('pairings').select('id').execute()).toHaveLength(1);
  });

  test('an interaction delivered to two processes is claimed by one of them, once; receipts are forgotten after an hour', async () => {
    const { a, b } = await twoProcesses();
    const at = a.clock.now();
    const ids = Array.from({ length: 20 }, (_, i) => `14${String(i).padStart(17, '0')}`);
    const claims = await Promise.all(
      ids.flatMap((id) => [claimInteraction(a.db, id, at), claimInteraction(b.db, id, at)]),
    );
    for (let i = 0; i < ids.length; i++) expect([claims[2 * i], claims[2 * i + 1]].sort()).toEqual([false, true]);
    expect(await purgeInteractionReceipts(a.db, new Date(at.getTime() + 59 * 60_000))).toBe(0);
    expect(await purgeInteractionReceipts(a.db, new Date(at.getTime() + 61 * 60_000))).toBe(20);
  });

  test('effects given up are listed to one of two admin commands run at once, each effect once', async () => {
    const { a, b } = await twoProcesses();
    const at = a.clock.now().toISOString();
    await a.db
      .insertInto('outbox')
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          guild_id: 'guild',
          key: `gave-up:${i}`,
          chain: `chain:${i}`,
          kind: 'post' as const,
          target: '{"channel":"c"}',
          payload: '{}',
          status: 'failed' as const,
          next_attempt_at: at,
          created_at: at,
        })),
      )
      .execute();
    const [first, second] = await Promise.all([
      takeUntoldFailures(a.db, 'guild', a.clock.now()),
      takeUntoldFailures(b.db, 'guild', b.clock.now()),
    ]);
    const told = [...first!, ...second!].map((e) => e.key).sort();
    expect(told).toEqual(Array.from({ length: 6 }, (_, i) => `gave-up:${i}`));
  });
  test('a mentee asking 6 mentors at once keeps 3 open requests, and the other 3 are refused', async () => {
    const { join, either, a } = await twoProcesses();
    const program = await a.db
      .updateTable('programs')
      .set({ matching: 'request' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mentors = Array.from({ length: 6 }, (_, i) => `mentor${i}`);
    for (const mentor of mentors) await join(mentor, 'mentor');
    await join('mentee', 'mentee');
    const outcomes = await race(
      mentors.map((mentor, i) => () => sendRequest(either(i), actor('mentee'), program.id, mentor)),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(3);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(
      Array(3).fill('error.tooManyRequests'),
    );
    const open = await a.db.selectFrom('mentor_requests').select('id').where('status', '=', 'open').execute();
    expect(open).toHaveLength(3);
  });

  test('a mentor with one place left accepting two requests at once makes one pairing, and the other is told there is no room', async () => {
    const { join, a, b } = await twoProcesses(1);
    const program = await a.db
      .updateTable('programs')
      .set({ matching: 'both' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await join('mentor', 'mentor');
    await join('first', 'mentee');
    await join('second', 'mentee');
    const one = await sendRequest(a, actor('first'), program.id, 'mentor');
    const two = await sendRequest(b, actor('second'), program.id, 'mentor');
    const outcomes = await race([
      () => acceptRequest(a, 'mentor', 'en-US', one.request.id),
      () => acceptRequest(b, 'mentor', 'en-US', two.request.id),
    ]);
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(1);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(['error.noRoomLeft']);
    const live = await a.db.selectFrom('pairings').select('mentee_id').where('status', '<>', 'ended').execute();
    expect(live).toHaveLength(1);
    const statuses = await a.db.selectFrom('mentor_requests').select(['mentee_id', 'status']).orderBy('id').execute();
    expect(statuses.map((r) => r.status).sort()).toEqual(['accepted', 'declined']);
    expect(statuses.find((r) => r.status === 'accepted')?.mentee_id).toBe(live[0]?.mentee_id);
  });
});
