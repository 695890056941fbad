import { describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { violatedConstraint } from '../../src/db/constraint.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { UserFacingError } from '../../src/domain/errors.ts';
import { insertMeetingProposal } from '../../src/domain/meetings/meeting.repo.ts';
import { remindMeetings } from '../../src/domain/meetings/meeting-reminder.ts';
import { pickMeeting, proposeMeeting, withdrawMeetingProposal } from '../../src/domain/meetings/meeting.service.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { joinProgram } from '../../src/domain/signups/signup.service.ts';
import { freshDatabaseUrl, onPostgres, openDatabase, testDatabaseKind } from '../database.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

const HOUR = 3_600_000;

/** Two bot processes on one database, a pair, and a proposal of three times by the mentor. */
async function proposalInTwoProcesses() {
  const url = await freshDatabaseUrl();
  const first = openDatabase(url);
  if (!onPostgres) await migrateToLatest(first);
  const a = await testContext({ db: first });
  const b = await testContext({ db: openDatabase(url), discord: a.discord, clock: a.clock });
  await openCohort(a.ctx);
  for (const [user, role] of [
    ['mentor', 'mentor'],
    ['mentee', 'mentee'],
  ] as const)
    await joinProgram(a.ctx, actor(user), { name: 'Cohort' }, { role, adult: true, topics: 'rust' });
  await pairMembers(a.ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
  const pairing = await a.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  const now = a.clock.now().getTime();
  const slots = [1, 2, 3].map((day) => new Date(now + day * 24 * HOUR).toISOString());
  const proposal = await insertMeetingProposal(a.ctx.db, {
    pairingId: pairing.id,
    guildId: pairing.guild_id,
    proposerId: 'mentor',
    slots,
    createdAt: new Date(now).toISOString(),
  });
  const either = (i: number): AppContext => (i % 2 === 0 ? a.ctx : b.ctx);
  return { a: a.ctx, b: b.ctx, clock: a.clock, discord: a.discord, proposal, slots, either };
}

async function race<T>(calls: (() => Promise<T>)[]) {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  return settled.map((s) => {
    if (s.status === 'fulfilled') return { ok: s.value };
    if (s.reason instanceof UserFacingError) return { refused: s.reason.key };
    throw s.reason;
  });
}

describe(`meeting times hold between two processes at the same instant (${testDatabaseKind})`, () => {
  test('6 picks of a proposal at once, over its three times, make one meeting; the others are told a time was picked', async () => {
    const { a, either, proposal } = await proposalInTwoProcesses();
    const outcomes = await race(
      Array.from({ length: 6 }, (_, i) => () => pickMeeting(either(i), actor('mentee'), proposal.id, i % 3)),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(1);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(Array(5).fill('error.meetPicked'));
    expect(await a.db.selectFrom('meetings').selectAll().execute()).toHaveLength(1);
  });

  test('6 /meet at once by both members over two processes keep one open proposal; the others are refused', async () => {
    const { a, either, proposal } = await proposalInTwoProcesses();
    await withdrawMeetingProposal(a, actor('mentor'), proposal.id);
    await a.db.updateTable('pairings').set({ thread_id: 'thread-meet' }).execute();
    const outcomes = await race(
      Array.from(
        { length: 6 },
        (_, i) => () => proposeMeeting(either(i), actor(i < 3 ? 'mentor' : 'mentee'), 'thread-meet'),
      ),
    );
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(1);
    expect(outcomes.filter((o) => 'refused' in o).map((o) => o.refused)).toEqual(
      Array(5).fill('error.meetProposalOpen'),
    );
    const open = await a.db.selectFrom('meeting_proposals').selectAll().where('status', '=', 'open').execute();
    expect(open).toHaveLength(1);
  });

  test('the database keeps one open proposal per pairing even when the code does not check', async () => {
    const { a, proposal } = await proposalInTwoProcesses();
    const { id: _id, status: _status, ...again } = proposal;
    const error = await insertMeetingProposal(a.db, again).then(
      () => null,
      (e: unknown) => e,
    );
    expect(violatedConstraint(error)).toBe('unique');
  });

  test('a pick and a withdrawal at once: exactly one of them happens', async () => {
    const { a, b, proposal } = await proposalInTwoProcesses();
    const outcomes = await race<unknown>([
      () => pickMeeting(a, actor('mentee'), proposal.id, 0),
      () => withdrawMeetingProposal(b, actor('mentor'), proposal.id),
    ]);
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(1);
    const row = await a.db.selectFrom('meeting_proposals').selectAll().executeTakeFirstOrThrow();
    const meetings = await a.db.selectFrom('meetings').selectAll().execute();
    expect(meetings).toHaveLength(row.status === 'picked' ? 1 : 0);
  });

  test('both processes running the reminder job at T-1h record one reminder', async () => {
    const { a, b, clock, proposal, slots } = await proposalInTwoProcesses();
    await pickMeeting(a, actor('mentee'), proposal.id, 0);
    clock.set(new Date(Date.parse(slots[0]!) - HOUR));
    const counts = await Promise.all([remindMeetings(a), remindMeetings(b), remindMeetings(a), remindMeetings(b)]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    const effects = await a.db.selectFrom('outbox').selectAll().where('key', 'like', 'meeting-reminder:%').execute();
    expect(effects).toHaveLength(1);
  });
});
