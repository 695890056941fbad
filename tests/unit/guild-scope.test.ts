import { describe, expect, test } from 'vitest';
import { guildScope, shardOfGuild } from '../../src/domain/guild-scope.ts';
import { literal, recordEffects } from '../../src/domain/outbox/effect.ts';
import { claimHeads, nextClaimableAt } from '../../src/domain/outbox/outbox.repo.ts';
import { migratedDb } from './db.ts';

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
});
