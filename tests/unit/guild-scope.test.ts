import { describe, expect, test } from 'vitest';
import { guildScope, shardOfGuild } from '../../src/domain/guild-scope.ts';
import { literal, recordEffects } from '../../src/domain/outbox/effect.ts';
import { claimHeads, nextClaimableAt } from '../../src/domain/outbox/outbox-claims.repo.ts';
import { benchProgram } from '../../bench/fixtures.ts';
import { recordDueCheckins } from '../../src/domain/checkins/checkin-record.ts';
import { expireDueRequests } from '../../src/domain/requests/request-expiry.ts';
import { migratedDb } from './db.ts';
import { testContext } from './context.ts';

const at = new Date('2026-03-02T09:00:00Z');
const lease = (owner: string) => ({ owner: `${owner}#1`, now: at, until: new Date(at.getTime() + 60_000) });
/** Guild ids as Discord makes them: a timestamp in the top bits, so shards follow the timestamp. */
const guilds = Array.from({ length: 12 }, (_, i) => String(((1_300_000_000_000n + BigInt(i * 7)) << 22n) | 4097n));

describe('a process works only for its shards’ guilds', () => {
  test('scopes: one shard of several is a scope; no shards, or all of them, is every guild', () => {
    expect(guildScope([0], 1)).toBeNull();
    expect(guildScope([0, 1], 2)).toBeNull();
    expect(guildScope([1, 1], 4)).toEqual({ shardIds: [1], shardCount: 4 });
  });

  test('outbox claims follow Discord’s routing: each of 3 shards takes exactly its guilds’ effects', async () => {
    const db = await migratedDb();
    await db.transaction().execute((trx) =>
      recordEffects(
        trx,
        at,
        guilds.map((guildId) => ({
          guildId,
          key: `k${guildId}`,
          chain: `c${guildId}`,
          effect: { kind: 'post', target: { channel: 'c' }, message: literal({ content: guildId }) },
        })),
      ),
    );
    const byShard = [0, 1, 2].map((shard) => guilds.filter((id) => shardOfGuild(id, 3) === shard));
    expect(byShard.every((ids) => ids.length >= 2)).toBe(true);
    for (const shard of [0, 1, 2]) {
      const scope = { shardIds: [shard], shardCount: 3 };
      expect(await nextClaimableAt(db, scope)).toEqual(at);
      const claimed = await claimHeads(db, lease(`shard${shard}`), 100, scope);
      expect(claimed.map((e) => e.guildId).sort()).toEqual([...byShard[shard]!].sort());
      expect(await nextClaimableAt(db, scope)).toEqual(new Date(at.getTime() + 60_000));
    }
  });

  test('due check-ins are recorded by the process of the pairing’s shard only', async () => {
    const { ctx } = await testContext();
    const due = ctx.clock.now().toISOString();
    for (const [i, guildId] of guilds.entries()) {
      const program = await ctx.db
        .insertInto('programs')
        .values(benchProgram(due, { guild_id: guildId, name: `P${i}`, name_key: `p${i}` }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto('pairings')
        .values({
          program_id: program.id,
          guild_id: guildId,
          mentor_id: `mentor${i}`,
          mentee_id: `mentee${i}`,
          thread_id: `thread${i}`,
          next_checkin_at: due,
          status: 'active',
          created_by: 'a',
          created_at: due,
        })
        .execute();
    }
    const scope = { shardIds: [1], shardCount: 3 };
    const mine = guilds.filter((id) => shardOfGuild(id, 3) === 1);
    expect(await recordDueCheckins({ ...ctx, scope })).toBe(mine.length);
    const recorded = await ctx.db
      .selectFrom('checkins')
      .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
      .select('pairings.guild_id')
      .execute();
    expect(recorded.map((r) => r.guild_id).sort()).toEqual([...mine].sort());
    expect(await recordDueCheckins(ctx)).toBe(guilds.length - mine.length);
  });
  test('due requests are expired by the process of the request’s shard only', async () => {
    const { ctx } = await testContext();
    const due = ctx.clock.now().toISOString();
    for (const [i, guildId] of guilds.entries()) {
      const program = await ctx.db
        .insertInto('programs')
        .values(benchProgram(due, { guild_id: guildId, name: `P${i}`, name_key: `p${i}` }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto('mentor_requests')
        .values({
          program_id: program.id,
          guild_id: guildId,
          mentee_id: `mentee${i}`,
          mentor_id: `mentor${i}`,
          status: 'open',
          created_at: due,
          expires_at: due,
        })
        .execute();
    }
    const mine = guilds.filter((id) => shardOfGuild(id, 3) === 2);
    expect(await expireDueRequests({ ...ctx, scope: { shardIds: [2], shardCount: 3 } })).toBe(mine.length);
    const expired = await ctx.db
      .selectFrom('mentor_requests')
      .select('guild_id')
      .where('status', '=', 'expired')
      .execute();
    expect(expired.map((r) => r.guild_id).sort()).toEqual([...mine].sort());
    expect(await expireDueRequests(ctx)).toBe(guilds.length - mine.length);
  });
});
