import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { shardOfGuild } from '../src/domain/guild-scope.ts';
import { DiscordSimulator } from '../tests/simulator/simulator.ts';
import { benchProgram } from './fixtures.ts';
import {
  busiestWindow,
  cpuSecondsOf,
  round,
  scaleDatabase,
  spawnBot,
  spawnProxy,
  stopBot,
  until,
  type BotRun,
  type ScaleDatabaseKind,
} from './scale-fixtures.ts';
import { heldAtKill, SHARD_COUNT, spreadGuilds, traceSeconds } from './scale-shards.ts';

/** Discord's global limit, which the simulator enforces: the bound is pairs / 50 seconds. */
const LIMIT_RPS = 50;

interface FanoutOptions {
  kind: ScaleDatabaseKind;
  processes: 1 | 4;
  pairs: number;
}

/**
 * N pairings due at the same minute, spread evenly over guilds of all 4 shards, posted by
 * `processes` real bot processes (shards 0..3 of 4, or one process for every guild) through one
 * REST proxy, against the simulator enforcing Discord's 50 requests/s. When half the threads
 * have their prompt, the process of shard 0 is SIGKILLed and started again at once. Then every
 * thread must hold exactly one prompt.
 */
export async function scaleFanout({ kind, processes, pairs }: FanoutOptions) {
  const sim = await DiscordSimulator.start();
  const { db, url, drop, transactions } = await scaleDatabase(kind);
  const proxy = await spawnProxy(sim.apiUrl);
  const bots: BotRun[] = [];
  try {
    const guilds = await spreadGuilds(sim);
    const due = new Date(Date.now() - 60_000).toISOString();
    const programs: number[] = [];
    for (const guild of guilds) {
      const program = await db
        .insertInto('programs')
        .values(
          benchProgram(due, { guild_id: guild.id, pair_channel_id: guild.channel, report_channel_id: guild.channel }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      programs.push(program.id);
    }
    const threads: string[] = [];
    /** The shard (of 4) each thread's guild belongs to. */
    const shardOfThread = new Map<string, number>();
    for (let start = 0; start < pairs; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(pairs, start + 500); i += 1) {
        const g = i % guilds.length;
        const guild = guilds[g]!;
        const mentor = sim.addUser(`mentor${i}`);
        const mentee = sim.addUser(`mentee${i}`);
        sim.addMember(guild.id, mentor);
        sim.addMember(guild.id, mentee);
        const thread = sim.createThread(guild.channel, `Scale · mentorship #${i}`, [mentor, mentee]);
        threads.push(thread);
        shardOfThread.set(thread, shardOfGuild(guild.id, SHARD_COUNT));
        rows.push({
          program_id: programs[g]!,
          guild_id: guild.id,
          mentor_id: mentor,
          mentee_id: mentee,
          thread_id: thread,
          welcome_message_id: 'w',
          next_checkin_at: due,
          status: 'active' as const,
          created_by: 'a',
          created_at: due,
        });
      }
      await db.insertInto('pairings').values(rows).execute();
    }
    await db.destroy();

    // Counted as requests pass, so that watching costs the simulator nothing.
    const posts: { at: number; thread: string; fresh: boolean }[] = [];
    const prompted = new Set<string>();
    sim.gate = async (request, next) => {
      const reply = await next();
      if (
        request.method === 'POST' &&
        request.route === '/channels/{channel_id}/messages' &&
        reply.status === 200 &&
        String(request.body?.nonce ?? '').startsWith('ci-')
      ) {
        const thread = request.params[0] as string;
        posts.push({ at: Date.now(), thread, fresh: !prompted.has(thread) });
        prompted.add(thread);
      }
      return reply;
    };

    const env = (shard: number | null): Record<string, string> => ({
      DISCORD_TOKEN: sim.token,
      DISCORD_API_URL: proxy.url,
      DATABASE_URL: url,
      ...(shard === null ? {} : { SHARDS: String(shard), SHARD_COUNT: String(SHARD_COUNT) }),
    });
    const shards = processes === 1 ? [null] : [0, 1, 2, 3];
    const loadBefore = loadavg()[0]!;
    // The simulator's event loop (this process): a late answer is a late request for the pacer.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const spawnedAt = Date.now();
    for (const shard of shards) bots.push(spawnBot(env(shard)));
    const bound = pairs / LIMIT_RPS;

    await until(() => prompted.size >= pairs / 2, (bound * 3 + 60) * 1000);
    const victim = bots[0]!;
    const victimCpu = cpuSecondsOf(victim.child.pid);
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    await victim.exited;
    const held = await heldAtKill(url, shards[0]!);
    const replacement = spawnBot(env(shards[0]!));
    bots.push(replacement);
    const done = await until(() => prompted.size === pairs, (bound * 3 + 60) * 1000);
    // Late duplicates would show now.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cpu = bots.map((bot, i) => (i === 0 ? victimCpu : cpuSecondsOf(bot.child.pid)));
    const load = loadavg()[0]!;
    lag.disable();
    await Promise.all(bots.map((bot) => stopBot(bot)));

    // Once the processes are gone, PostgreSQL has counted all their transactions.
    const xacts = await transactions();
    const fresh = posts.filter((p) => p.fresh);
    const firstAt = fresh[0]?.at ?? NaN;
    const lastAt = fresh.at(-1)?.at ?? NaN;
    const wall = (lastAt - firstAt) / 1000;
    // The longest time after the kill without a new prompt anywhere: all of the restart for one
    // process; for 4, what the other shards' work did not cover.
    let pause = 0;
    let previous = killedAt;
    for (const post of fresh.filter((p) => p.at >= killedAt)) {
      pause = Math.max(pause, post.at - previous);
      previous = post.at;
    }
    // The killed shard's own gap: from the kill to its first new prompt sent by the replacement.
    const killedShard = shards[0] === null ? null : shards[0];
    const replacementFirst = fresh.find(
      (p) =>
        p.at >= (replacement.readyAt ?? Infinity) &&
        (killedShard === null || shardOfThread.get(p.thread) === killedShard),
    );
    const perThread = threads.map((t) => sim.publicMessages(t).length);
    const inWall = sim.requests.filter((r) => r.at >= firstAt && r.at <= lastAt);
    const promptsInWall = inWall.filter(
      (r) => r.method === 'POST' && r.route === '/channels/{channel_id}/messages' && r.status === 200,
    ).length;
    const others: Record<string, number> = {};
    for (const r of inWall)
      if (!(r.method === 'POST' && r.route === '/channels/{channel_id}/messages' && r.status === 200)) {
        const name = `${r.method} ${r.route ?? r.path} ${r.status}`;
        others[name] = (others[name] ?? 0) + 1;
      }
    if (process.env.BENCH_SCALE_TRACE) traceSeconds(firstAt, killedAt, sim.requests, posts, shardOfThread);
    const problems: Record<string, number> = {};
    for (const bot of bots) for (const [name, count] of bot.problems) problems[name] = (problems[name] ?? 0) + count;
    return {
      database: kind,
      processes,
      pairs,
      guilds: guilds.length,
      completed: done,
      limit_rps: LIMIT_RPS,
      bound_s: bound,
      wall_s: round(wall),
      efficiency: round(bound / wall, 3),
      restart_pause_s: round(pause / 1000),
      efficiency_excl_restart_pause: round(bound / (wall - pause / 1000), 3),
      killed_shard: killedShard ?? 'all',
      killed_shard_restart_gap_s: replacementFirst ? round((replacementFirst.at - killedAt) / 1000) : null,
      replacement_ready_s: replacement.readyAt ? round((replacement.readyAt - killedAt) / 1000) : null,
      startup_s: round((firstAt - spawnedAt) / 1000),
      duplicates: perThread.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      misses: perThread.filter((n) => n === 0).length,
      rate_limited: sim.limiter.tripped.length,
      rate_limited_global: sim.limiter.tripped.filter((t) => t.global).length,
      // Where the time went: what reached Discord between the first and the last new prompt.
      requests_in_wall: inWall.length,
      request_rate_rps: round(inWall.length / wall),
      prompt_posts_in_wall: promptsInWall,
      other_requests_in_wall: inWall.length - promptsInWall,
      other_requests_by_route: others,
      // Posts the simulator answered with the earlier message (same nonce): a killed process's work redone.
      // The killed shard's pending effects at the kill: those some process had claimed (each is
      // searched for on Discord before it is posted again) and those never claimed.
      killed_shard_pending_claimed: held.claimed,
      killed_shard_pending_unclaimed: held.unclaimed,
      replayed_prompts: posts.length - fresh.length,
      busiest_second_requests: busiestWindow(sim.requests.map((r) => r.at).sort((a, b) => a - b)),
      // CPU time of each process (the killed one, the others, the replacement), and the machine's load:
      // the bench shares the machine with the simulator, the proxy, PostgreSQL and whatever else runs.
      bot_cpu_s: cpu.map((s) => round(s, 1)),
      cpus: availableParallelism(),
      loadavg_1m_before: round(loadBefore),
      loadavg_1m_after: round(load),
      simulator_event_loop_delay_ms: {
        mean: round(lag.mean / 1e6),
        p99: round(lag.percentile(99) / 1e6),
        max: round(lag.max / 1e6),
      },
      database_transactions: xacts,
      bot_warnings: problems,
    };
  } finally {
    await Promise.all(bots.map((bot) => stopBot(bot, 2_000)));
    await proxy.stop();
    await sim.close();
    await drop();
  }
}
