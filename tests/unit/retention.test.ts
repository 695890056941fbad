import { describe, expect, test } from 'vitest';
import { benchProgram } from '../../bench/fixtures.ts';
import type { AppContext } from '../../src/context.ts';
import { shardOfGuild } from '../../src/domain/guild-scope.ts';
import { transact } from '../../src/db/transact.ts';
import { upsertPulseAnswer } from '../../src/domain/pulse/pulse.repo.ts';
import { eraseExpiredText } from '../../src/domain/retention/retention.ts';
import { textWrittenTo } from '../../src/domain/retention/retention.repo.ts';
import { testContext } from './context.ts';

const DAY = 86_400_000;
/** Two guilds on different shards of two, as Discord's ids route them. */
const guilds = [0n, 1n].map((n) => String(((1_300_000_000_000n + n) << 22n) | 4097n));

let made = 0;

/** A pairing of `guildId` ended `daysAgo` days ago (null: still active), with one of every written text. */
async function pairingWithText(
  ctx: AppContext,
  guildId: string,
  daysAgo: number | null,
  groupId: number | null = null,
) {
  const now = ctx.clock.now().getTime();
  const at = new Date(now - 500 * DAY).toISOString();
  const program = await ctx.db
    .selectFrom('programs')
    .select('id')
    .where('guild_id', '=', guildId)
    .executeTakeFirstOrThrow();
  const { id } = await ctx.db
    .insertInto('pairings')
    .values({
      program_id: program.id,
      guild_id: guildId,
      mentor_id: 'mentor',
      mentee_id: `mentee${(made += 1)}`,
      thread_id: `thread${made}`,
      status: daysAgo === null ? 'active' : 'ended',
      ended_at: daysAgo === null ? null : new Date(now - daysAgo * DAY).toISOString(),
      created_by: 'a',
      created_at: at,
      group_id: groupId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const checkin = await ctx.db
    .insertInto('checkins')
    .values({ pairing_id: id, week: 1, due_at: at, nonce: `n${id}`, status: 'posted' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('checkin_answers')
    .values([
      { checkin_id: checkin.id, user_id: 'mentor', status: 'on-track', note: 'a note', answered_at: at },
      { checkin_id: checkin.id, user_id: 'mentee', status: 'stuck', note: null, answered_at: at },
    ])
    .execute();
  await ctx.db
    .insertInto('pulse_answers')
    .values({
      pairing_id: id,
      user_id: 'mentee',
      week: 1,
      kind: 'pulse',
      score: 2,
      comment: 'a comment',
      answered_at: at,
    })
    .execute();
  await ctx.db
    .insertInto('pairing_feedback')
    .values({ pairing_id: id, user_id: 'mentee', rating: 4, feedback: 'some feedback', created_at: at })
    .execute();
  await ctx.db
    .insertInto('goals')
    .values({ pairing_id: id, text: 'a goal', done_at: at, created_by: 'mentee', created_at: at })
    .execute();
  return id;
}

/** A pairing's text and numbers as stored. */
async function stored(ctx: AppContext, pairingId: number) {
  const checkins = ctx.db.selectFrom('checkins').select('id').where('pairing_id', '=', pairingId);
  return {
    answers: await ctx.db
      .selectFrom('checkin_answers')
      .select(['status', 'note', 'answered_at'])
      .where('checkin_id', 'in', checkins)
      .orderBy('user_id')
      .execute(),
    pulse: await ctx.db
      .selectFrom('pulse_answers')
      .select(['score', 'comment'])
      .where('pairing_id', '=', pairingId)
      .execute(),
    feedback: await ctx.db
      .selectFrom('pairing_feedback')
      .select(['rating', 'feedback'])
      .where('pairing_id', '=', pairingId)
      .execute(),
    goals: await ctx.db.selectFrom('goals').select(['text', 'done_at']).where('pairing_id', '=', pairingId).execute(),
  };
}

const erasedOf = (kept: Awaited<ReturnType<typeof stored>>) => ({
  answers: kept.answers.map((a) => ({ ...a, note: null })),
  pulse: kept.pulse.map((p) => ({ ...p, comment: null })),
  feedback: kept.feedback.map((f) => ({ ...f, feedback: null })),
  goals: kept.goals.map((g) => ({ ...g, text: '' })),
});

async function world() {
  const { ctx, clock } = await testContext();
  const now = ctx.clock.now().toISOString();
  for (const [i, guildId] of guilds.entries())
    await ctx.db
      .insertInto('programs')
      .values(benchProgram(now, { guild_id: guildId, name: `P${i}`, name_key: `p${i}` }))
      .execute();
  return { ctx: { ...ctx, retentionDays: 365 } satisfies AppContext, clock };
}

describe('retention', () => {
  test('pairings and group memberships ended over RETENTION_DAYS ago lose their text, once; numbers stay', async () => {
    const { ctx, clock } = await world();
    const program = await ctx.db
      .selectFrom('programs')
      .select('id')
      .where('guild_id', '=', guilds[0]!)
      .executeTakeFirstOrThrow();
    const group = await ctx.db
      .insertInto('pair_groups')
      .values({ program_id: program.id, guild_id: guilds[0]!, mentor_id: 'mentor', status: 'active', created_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const old = await pairingWithText(ctx, guilds[0]!, 400);
    const membership = await pairingWithText(ctx, guilds[0]!, 366, group.id);
    const recent = await pairingWithText(ctx, guilds[0]!, 364);
    const active = await pairingWithText(ctx, guilds[0]!, null);
    const before = await Promise.all([old, membership, recent, active].map((id) => stored(ctx, id)));

    expect(await eraseExpiredText(ctx)).toBe(2);
    const after = await Promise.all([old, membership, recent, active].map((id) => stored(ctx, id)));
    expect(after).toEqual([erasedOf(before[0]!), erasedOf(before[1]!), before[2], before[3]]);
    expect(await eraseExpiredText(ctx)).toBe(0);

    // RETENTION_DAYS=0, or a context without it, erases nothing.
    clock.set(new Date(clock.now().getTime() + 10 * 365 * DAY));
    expect(await eraseExpiredText({ ...ctx, retentionDays: 0 })).toBe(0);
    expect(await eraseExpiredText({ ...ctx, retentionDays: undefined })).toBe(0);
    expect(await stored(ctx, recent)).toEqual(before[2]);
    expect(await eraseExpiredText(ctx)).toBe(1); // the recent one; the active pairing never ended
    expect(await stored(ctx, recent)).toEqual(erasedOf(before[2]!));
    expect(await stored(ctx, active)).toEqual(before[3]);
  });

  test('each process erases its own shards’ guilds only', async () => {
    const { ctx } = await world();
    expect(guilds.map((id) => shardOfGuild(id, 2))).toEqual([0, 1]);
    const ids = [await pairingWithText(ctx, guilds[0]!, 400), await pairingWithText(ctx, guilds[1]!, 400)];
    const before = await Promise.all(ids.map((id) => stored(ctx, id)));
    expect(await eraseExpiredText({ ...ctx, scope: { shardIds: [1], shardCount: 2 } })).toBe(1);
    expect(await Promise.all(ids.map((id) => stored(ctx, id)))).toEqual([before[0], erasedOf(before[1]!)]);
    expect(await eraseExpiredText({ ...ctx, scope: { shardIds: [0], shardCount: 2 } })).toBe(1);
    expect(await stored(ctx, ids[0]!)).toEqual(erasedOf(before[0]!));
  });

  test('text written to a pairing after its erasure (an answer racing the job) is erased by the next run', async () => {
    const { ctx } = await world();
    const id = await pairingWithText(ctx, guilds[0]!, 400);
    const before = await stored(ctx, id);
    expect(await eraseExpiredText(ctx)).toBe(1);
    // What answerPulse does in its transaction when a comment comes with the answer.
    await transact(ctx.db, async (trx) => {
      await textWrittenTo(trx, id);
      await upsertPulseAnswer(trx, {
        pairingId: id,
        userId: 'mentor',
        week: 3,
        kind: 'closing',
        score: 1,
        comment: 'written after erasure',
        nameShown: false,
        at: ctx.clock.now(),
      });
    });
    expect(await eraseExpiredText(ctx)).toBe(1);
    const after = await stored(ctx, id);
    expect(after.pulse).toEqual([...erasedOf(before).pulse, { score: 1, comment: null }]);
    expect(await eraseExpiredText(ctx)).toBe(0);
  });

  test('a RETENTION_DAYS beyond any date (the configuration caps it) erases nothing and never throws', async () => {
    const { ctx } = await world();
    await pairingWithText(ctx, guilds[0]!, 400);
    await expect(eraseExpiredText({ ...ctx, retentionDays: 200_000_000 })).resolves.toBe(0);
    await expect(eraseExpiredText({ ...ctx, retentionDays: 36_500 })).resolves.toBe(0);
  });

  test('a backlog larger than one batch is erased in one run', async () => {
    const { ctx } = await world();
    for (let i = 0; i < 450; i += 1) await pairingWithText(ctx, guilds[i % 2]!, 400 + i);
    expect(await eraseExpiredText(ctx)).toBe(450);
    const notes = await ctx.db.selectFrom('checkin_answers').select('note').where('note', 'is not', null).execute();
    expect(notes).toEqual([]);
  }, 60_000);
});
