import { connect } from '../src/db/connect.ts';
import { shardOfGuild } from '../src/domain/guild-scope.ts';
import type { DiscordSimulator } from '../tests/simulator/simulator.ts';

/* The fan-out's 4 shards: their guilds, what the killed one held, and a per-shard trace. */

export const SHARD_COUNT = 4;
/** Guilds of each of the 4 shards; the pairs are dealt over them in turn. */
const GUILDS_PER_SHARD = 2;

/** Guilds created a few milliseconds apart (a guild's shard follows its id's timestamp) until each shard has its share. */
export async function spreadGuilds(sim: DiscordSimulator): Promise<{ id: string; channel: string }[]> {
  const byShard = new Map<number, string[]>();
  const guilds: { id: string; channel: string }[] = [];
  while (guilds.length < SHARD_COUNT * GUILDS_PER_SHARD) {
    const guild = sim.createGuild(`Scale ${guilds.length}`);
    const shard = shardOfGuild(guild.id, SHARD_COUNT);
    const held = byShard.get(shard) ?? [];
    if (held.length < GUILDS_PER_SHARD) {
      held.push(guild.id);
      byShard.set(shard, held);
      guilds.push({ id: guild.id, channel: sim.createChannel(guild.id, 'mentorship') });
    } else {
      // Not one of ours: Discord would not send it to any process either.
      sim.guilds.delete(guild.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return guilds;
}

/** The killed shard's pending effects, claimed before (attempts > 0) or not. */
export async function heldAtKill(url: string, shard: number | null) {
  const db = connect(url, { poolSize: 1 });
  try {
    const rows = await db
      .selectFrom('outbox')
      .select(['guild_id', 'attempts'])
      .where('status', '=', 'pending')
      .execute();
    const mine = rows.filter((r) => shard === null || shardOfGuild(r.guild_id, SHARD_COUNT) === shard);
    return {
      claimed: mine.filter((r) => r.attempts > 0).length,
      unclaimed: mine.filter((r) => r.attempts === 0).length,
    };
  } finally {
    await db.destroy();
  }
}

/**
 * BENCH_SCALE_TRACE=1: on stderr, second by second from the first prompt, the requests that
 * reached Discord, the new prompts of each shard (of 4), and the other requests.
 */
export function traceSeconds(
  firstAt: number,
  killedAt: number,
  requests: readonly { at: number; method: string; route: string | null; status: number }[],
  posts: readonly { at: number; thread: string; fresh: boolean }[],
  shardOfThread: ReadonlyMap<string, number>,
): void {
  const second = (at: number) => Math.floor((at - firstAt) / 1000);
  const rows = new Map<number, { requests: number; other: number; shards: number[] }>();
  const row = (s: number) => {
    let found = rows.get(s);
    if (!found) rows.set(s, (found = { requests: 0, other: 0, shards: Array.from({ length: SHARD_COUNT }, () => 0) }));
    return found;
  };
  for (const r of requests) {
    const entry = row(second(r.at));
    entry.requests += 1;
    if (!(r.method === 'POST' && r.route === '/channels/{channel_id}/messages')) entry.other += 1;
  }
  for (const p of posts) if (p.fresh) row(second(p.at)).shards[shardOfThread.get(p.thread)!]! += 1;
  process.stderr.write(`kill at +${((killedAt - firstAt) / 1000).toFixed(1)} s\n`);
  for (const [s, r] of [...rows].sort((a, b) => a[0] - b[0]))
    process.stderr.write(`${s}\t${r.requests}\tother ${r.other}\tnew by shard ${r.shards.join(' ')}\n`);
}
