import { describe, expect, test } from 'vitest';
import { UserFacingError } from '../../src/domain/errors.ts';
import { suggestMatches } from '../../src/domain/matching/suggest.service.ts';
import { endOwnPairing } from '../../src/domain/pairings/pairing-end.service.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { awayUntilOf, setAvailability } from '../../src/domain/requests/availability.ts';
import { mentorDirectory, topicKey } from '../../src/domain/requests/directory.service.ts';
import { expireDueRequests } from '../../src/domain/requests/request-expiry.ts';
import { mentorAvailable } from '../../src/domain/requests/request-rules.ts';
import { requestStats } from '../../src/domain/requests/request-stats.ts';
import { declineRequest, sendRequest } from '../../src/domain/requests/request.service.ts';
import { forgetMember } from '../../src/domain/signups/member-data.ts';
import { joinProgram, leaveProgram } from '../../src/domain/signups/signup.service.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

async function requestCohort(matching: 'request' | 'both' | 'admin' = 'request', capacity = 1) {
  const setup = await testContext();
  await openCohort(setup.ctx, capacity);
  const program = await setup.ctx.db
    .updateTable('programs')
    .set({ matching })
    .returning('id')
    .executeTakeFirstOrThrow();
  const join = (user: string, role: 'mentor' | 'mentee', extra: { topics?: string; timezone?: string } = {}) =>
    joinProgram(
      setup.ctx,
      actor(user),
      { name: 'Cohort' },
      { role, adult: true, topics: extra.topics ?? '', timezone: extra.timezone },
    );
  const ask = (mentee: string, mentor: string) => sendRequest(setup.ctx, actor(mentee), program.id, mentor);
  const rows = () => setup.ctx.db.selectFrom('mentor_requests').selectAll().orderBy('id').execute();
  return { ...setup, programId: program.id, join, ask, rows };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).key;
};

describe('request rules', () => {
  test('each rule pairing checks refuses a request up-front, and nothing is stored', async () => {
    const { ctx, join, ask, rows } = await requestCohort();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    await join('other', 'mentee');
    expect(await refusal(ask('mentee', 'mentee'))).toBe('error.selfRequest');
    expect(await refusal(ask('mentor', 'mentee'))).toBe('error.notWaitingMentee');
    expect(await refusal(ask('mentee', 'nobody'))).toBe('error.mentorUnavailable');
    await ctx.db
      .insertInto('blocks')
      .values({
        guild_id: 'guild',
        blocker_id: 'mentor',
        blocked_id: 'other',
        created_at: ctx.clock.now().toISOString(),
      })
      .execute();
    // Blocked by the mentor: said neutrally, and the request never reaches them.
    expect(await refusal(ask('other', 'mentor'))).toBe('error.mentorUnavailable');
    await ask('mentee', 'mentor');
    expect(await refusal(ask('mentee', 'mentor'))).toBe('error.alreadyRequested');
    expect((await rows()).map((r) => r.mentee_id)).toEqual(['mentee']);
  });

  test('a pair made before in the program, a full mentor and an admin-only program are refused', async () => {
    const { ctx, join, ask } = await requestCohort('both');
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    await join('late', 'mentee');
    const pairing = await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    expect(await refusal(ask('late', 'mentor'))).toBe('error.mentorUnavailable');
    await ctx.db.updateTable('pairings').set({ status: 'ended' }).where('id', '=', pairing.id).execute();
    await ctx.db.updateTable('signups').set({ status: 'waiting' }).execute();
    expect(await refusal(ask('mentee', 'mentor'))).toBe('error.pairedBefore');
    await ctx.db.updateTable('programs').set({ matching: 'admin' }).execute();
    expect(await refusal(ask('late', 'mentor'))).toBe('error.requestsOff');
  });

  test('a former partner is told "paired before" whether or not a block lies between them: the block stays unseen', async () => {
    const { ctx, join, ask } = await requestCohort('both', 2);
    await join('mentor', 'mentor');
    await join('kept', 'mentee');
    await join('blocked', 'mentee');
    for (const mentee of ['kept', 'blocked']) {
      const pairing = await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: mentee });
      await ctx.db.updateTable('pairings').set({ status: 'ended' }).where('id', '=', pairing.id).execute();
    }
    await ctx.db.updateTable('signups').set({ status: 'waiting' }).execute();
    const at = ctx.clock.now().toISOString();
    await ctx.db
      .insertInto('blocks')
      .values({ guild_id: 'guild', blocker_id: 'mentor', blocked_id: 'blocked', created_at: at })
      .execute();
    expect(await refusal(ask('kept', 'mentor'))).toBe('error.pairedBefore');
    expect(await refusal(ask('blocked', 'mentor'))).toBe('error.pairedBefore');
  });

  test('a request expires request-days after it was made, once, and only past its deadline', async () => {
    const { ctx, clock, join, ask, rows } = await requestCohort();
    await ctx.db.updateTable('programs').set({ request_days: 2 }).execute();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    const { request } = await ask('mentee', 'mentor');
    expect(request.expiresAt).toBe('2026-03-04T09:00:00.000Z');
    clock.advance(2 * 86_400_000 - 1);
    expect(await expireDueRequests(ctx)).toBe(0);
    clock.advance(1);
    expect(await expireDueRequests(ctx)).toBe(1);
    expect(await expireDueRequests(ctx)).toBe(0);
    expect((await rows())[0]).toMatchObject({ status: 'expired', answered_at: '2026-03-04T09:00:00.000Z' });
    expect(await refusal(declineRequest(ctx, 'mentor', request.id))).toBe('error.requestClosed');
  });

  test("only the mentor asked may decline, and the median time to answer counts mentors' answers only", async () => {
    const { ctx, clock, join, ask, programId } = await requestCohort();
    await join('mentor', 'mentor');
    await join('a', 'mentee');
    await join('b', 'mentee');
    const first = await ask('a', 'mentor');
    const second = await ask('b', 'mentor');
    expect(await refusal(declineRequest(ctx, 'a', first.request.id))).toBe('error.notYourButton');
    clock.advance(30 * 60_000);
    await declineRequest(ctx, 'mentor', first.request.id);
    clock.advance(60 * 60_000);
    await declineRequest(ctx, 'mentor', second.request.id);
    expect(await requestStats(ctx.db, programId)).toEqual({
      byStatus: { open: 0, accepted: 0, declined: 2, expired: 0, withdrawn: 0 },
      medianAnswerMinutes: 60,
    });
  });
});

describe('requests close when members go', () => {
  test('a mentee leaving withdraws theirs; a mentor leaving declines theirs; forget-me erases them both ways', async () => {
    const { ctx, join, ask, rows, discord } = await requestCohort();
    await join('m1', 'mentor');
    await join('m2', 'mentor');
    await join('e1', 'mentee');
    await join('e2', 'mentee');
    await ask('e1', 'm1');
    await ask('e2', 'm2');
    await ask('e2', 'm1');
    await leaveProgram(ctx, actor('e1'), 'Cohort');
    await leaveProgram(ctx, actor('m2'), 'Cohort');
    expect((await rows()).map((r) => [r.status, r.close_reason])).toEqual([
      ['withdrawn', 'left'],
      ['declined', 'left'],
      ['open', null],
    ]);
    await ctx.outbox.drain();
    const told = discord.posts.map((p) => p.message.content ?? '');
    expect(told.filter((c) => c.includes('was withdrawn'))).toHaveLength(1);
    expect(told.filter((c) => c.includes('not available this time'))).toHaveLength(1);
    await forgetMember(ctx, actor('m1'));
    expect((await rows()).map((r) => [r.mentee_id, r.mentor_id])).toEqual([['e2', 'm2']]);
  });

  test('ending a pairing with a block closes open requests between the two in other programs', async () => {
    const { ctx, join, rows } = await requestCohort('both', 2);
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    const pairing = await ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
    // A second program where the mentee asked the same mentor.
    const other = await ctx.db
      .insertInto('mentor_requests')
      .values({
        program_id: pairing.program_id,
        guild_id: 'guild',
        mentee_id: 'mentee',
        mentor_id: 'mentor',
        status: 'open',
        created_at: ctx.clock.now().toISOString(),
        expires_at: '2026-03-05T09:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await endOwnPairing(ctx, actor('mentee'), pairing.thread_id!, { block: true, rating: null, feedback: null });
    expect((await rows()).find((r) => r.id === other.id)).toMatchObject({
      status: 'withdrawn',
      close_reason: 'blocked',
    });
  });
});

describe('availability', () => {
  test('away until a date counts as open again from that date; full and away mentors leave suggestions', async () => {
    const { ctx, clock, join } = await requestCohort('both', 1);
    await join('busy', 'mentor', { topics: 'rust', timezone: 'America/New_York' });
    await join('free', 'mentor', { topics: 'design' });
    await join('mentee', 'mentee', { topics: 'rust' });
    const { awayUntil } = await setAvailability(ctx, actor('busy'), 'Cohort', 'away', '2026-03-05');
    // Midnight in New York (UTC-5 in early March).
    expect(awayUntil).toBe('2026-03-05T05:00:00.000Z');
    const suggestion = await suggestMatches(ctx, admin, 'Cohort');
    expect(suggestion.proposals.map((p) => p.mentorId)).toEqual(['free']);
    clock.set(new Date('2026-03-05T05:00:00Z'));
    const later = await suggestMatches(ctx, admin, 'Cohort');
    expect(later.proposals.map((p) => p.mentorId)).toEqual(['busy']);
    await setAvailability(ctx, actor('free'), 'Cohort', 'full', null);
    const page = await mentorDirectory(ctx, actor('mentee'), { name: 'Cohort' }, null, 0);
    expect(page.entries.map((e) => e.userId)).toEqual(['busy']);
  });

  test('mentorAvailable, awayUntilOf and topicKey', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    expect(mentorAvailable({ availability: 'open', awayUntil: null }, now)).toBe(true);
    expect(mentorAvailable({ availability: 'full', awayUntil: null }, now)).toBe(false);
    expect(mentorAvailable({ availability: 'away', awayUntil: null }, now)).toBe(false);
    expect(mentorAvailable({ availability: 'away', awayUntil: '2026-03-02T09:00:00.000Z' }, now)).toBe(true);
    expect(awayUntilOf('2026-03-03', null, now)).toBe('2026-03-03T00:00:00.000Z');
    for (const bad of ['2026-03-02', '2027-03-10', '2026-02-30', '03/03/2026'])
      expect(() => awayUntilOf(bad, null, now)).toThrow(UserFacingError);
    expect(topicKey('  Écriture ')).toBe('ecriture');
  });
});
