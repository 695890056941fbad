import { describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { recordDueCheckins } from '../../src/domain/checkins/checkin-record.ts';
import { UserFacingError } from '../../src/domain/errors.ts';
import { recordPairingEnd, type EndedBy } from '../../src/domain/pairings/pairing-end-record.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { fileReport } from '../../src/domain/reports/report-file.ts';
import { claimReport, closeReport } from '../../src/domain/reports/report-moderation.ts';
import { joinProgram } from '../../src/domain/signups/signup.service.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

async function openProgram(options: { capacity?: number } = {}) {
  const setup = await testContext();
  await openCohort(setup.ctx, options.capacity ?? 1);
  const join = (user: string, role: 'mentor' | 'mentee', topics = '') =>
    joinProgram(setup.ctx, actor(user), { name: 'Cohort' }, { role, adult: true, topics });
  return { ...setup, join };
}

async function endPairing(ctx: AppContext, pairingId: number, by: EndedBy) {
  await ctx.db.transaction().execute((trx) => recordPairingEnd(trx, pairingId, by, ctx.clock.now()));
  await ctx.outbox.drain();
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).key;
};

describe('sign-ups', () => {
  test('topics are trimmed, lower-cased and de-duplicated; the waiting place is reported', async () => {
    const { join } = await openProgram();
    await join('a', 'mentee');
    const result = await join('b', 'mentee', ' Rust ,rust,  Career  Growth,');
    expect(JSON.parse(result.signup.topics)).toEqual(['rust', 'career growth']);
    expect(result.place).toBe(2);
  });

  test('a member who withdrew may join again; a second live sign-up is refused', async () => {
    const { ctx, join } = await openProgram();
    await join('a', 'mentee');
    expect(await refusal(join('a', 'mentor'))).toBe('error.alreadySignedUp');
    await ctx.db.updateTable('signups').set({ status: 'withdrawn' }).execute();
    expect((await join('a', 'mentor')).signup).toMatchObject({ role: 'mentor', status: 'waiting' });
  });
});

describe('pairing', () => {
  test('mentor capacity, blocks and earlier pairings are enforced', async () => {
    const { ctx, join } = await openProgram({ capacity: 1 });
    await join('mentor', 'mentor');
    for (const mentee of ['m1', 'm2', 'm3']) await join(mentee, 'mentee');
    await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'm1' });
    expect(await refusal(pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'm2' }))).toBe(
      'error.mentorFull',
    );

    await ctx.db
      .insertInto('blocks')
      .values({ guild_id: 'guild', blocker_id: 'm3', blocked_id: 'mentor', created_at: 'x' })
      .execute();
    await ctx.db.updateTable('programs').set({ mentor_capacity: 5 }).execute();
    expect(await refusal(pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'm3' }))).toBe(
      'error.blocked',
    );

    const first = await ctx.db.selectFrom('pairings').select('id').executeTakeFirstOrThrow();
    await endPairing(ctx, first.id, { actorId: 'admin', reason: 'test' });
    expect(await refusal(pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'm1' }))).toBe(
      'error.pairedBefore',
    );
  });

  test('ending a pairing returns both to waiting and archives and locks the thread', async () => {
    const { ctx, join, discord } = await openProgram();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    const pairing = await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    expect(discord.threads[0]?.members).toEqual(['mentor', 'mentee']);
    await endPairing(ctx, pairing.id, { actorId: 'admin', reason: 'done' });
    const statuses = await ctx.db.selectFrom('signups').select(['user_id', 'status']).orderBy('user_id').execute();
    expect(statuses).toEqual([
      { user_id: 'mentee', status: 'waiting' },
      { user_id: 'mentor', status: 'waiting' },
    ]);
    expect(await ctx.db.selectFrom('pairings').select(['status', 'next_checkin_at']).executeTakeFirst()).toEqual({
      status: 'ended',
      next_checkin_at: null,
    });
    expect(discord.posts.filter((p) => p.channelId === discord.threads[0]?.id).map((p) => p.message.content)).toContain(
      'This pairing has ended. Thank you both for the time you gave each other.',
    );
    expect(discord.states).toEqual([{ threadId: discord.threads[0]?.id, state: { archived: true, locked: true } }]);
  });

  test('a pair channel Discord refuses undoes the pairing entirely', async () => {
    const { ctx, join, discord } = await openProgram();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    discord.gone.add('pairs');
    expect(
      await refusal(pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' })),
    ).toBe('error.cannotCreateThread');
    expect(await ctx.db.selectFrom('pairings').selectAll().execute()).toEqual([]);
    expect((await ctx.db.selectFrom('signups').select('status').execute()).map((s) => s.status)).toEqual([
      'waiting',
      'waiting',
    ]);
  });
});

describe('check-ins', () => {
  test('recording twice at the same moment records one check-in; posting twice posts once', async () => {
    const { ctx, join, clock, discord } = await openProgram();
    await join('mentor', 'mentor');
    await join('mentee', 'mentee');
    const pairing = await pairMembers(ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
    clock.set(new Date(pairing.nextCheckinAt as string));
    expect(await recordDueCheckins(ctx)).toBe(1);
    expect(await recordDueCheckins(ctx)).toBe(0);
    await ctx.outbox.drain();
    await ctx.outbox.drain();
    expect(discord.posts.filter((p) => p.message.nonce?.startsWith('ci-'))).toHaveLength(1);
    expect(await ctx.db.selectFrom('checkins').select(['status', 'week']).execute()).toEqual([
      { status: 'posted', week: 1 },
    ]);
  });
});

describe('reports', () => {
  test('only moderators claim and close; a closed report stays closed', async () => {
    const { ctx, join } = await openProgram();
    await join('reporter', 'mentee');
    const report = await fileReport(ctx, actor('reporter'), 'general', {
      reason: 'Spam in my DMs',
      reportedId: 'spammer',
    });
    expect(await refusal(claimReport(ctx, actor('reporter'), report.id))).toBe('error.notModerator');
    const moderator = actor('mod', { roleIds: ['mods'] });
    expect((await claimReport(ctx, moderator, report.id)).status).toBe('claimed');
    expect(await refusal(claimReport(ctx, actor('other', { canModerateMembers: true }), report.id))).toBe(
      'error.reportClaimed',
    );
    expect((await closeReport(ctx, moderator, report.id, 'dismissed', null)).status).toBe('dismissed');
    expect(await refusal(closeReport(ctx, moderator, report.id, 'warned', null))).toBe('error.reportClosed');
  });

  test('a report survives a queue channel Discord refuses, and is posted once later', async () => {
    const { ctx, join, discord, clock } = await openProgram();
    await join('reporter', 'mentee');
    discord.gone.add('reports');
    const report = await fileReport(ctx, actor('reporter'), 'general', { reason: 'Harassment' });
    await ctx.outbox.drain();
    const stuck = await ctx.db
      .selectFrom('reports')
      .select(['queue_message_id', 'queue_failed_at'])
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(stuck).toEqual({ queue_message_id: null, queue_failed_at: clock.now().toISOString() });
    discord.gone.delete('reports');
    await ctx.outbox.drain(); // a refused channel is retried every ten minutes, not every tick
    expect(discord.posts.filter((p) => p.channelId === 'reports')).toHaveLength(0);
    clock.advance(10 * 60_000);
    await ctx.outbox.drain();
    await ctx.outbox.drain();
    expect(discord.posts.filter((p) => p.channelId === 'reports')).toHaveLength(1);
    expect(
      (await ctx.db.selectFrom('reports').select('queue_message_id').executeTakeFirstOrThrow()).queue_message_id,
    ).not.toBeNull();
  });
});
