import { spawn, type ChildProcess } from 'node:child_process';
import { DiscordSimulator } from '../tests/simulator/simulator.ts';
import { benchDb, benchProgram } from './fixtures.ts';

const LIMIT_RPS = 50;

/**
 * N pairings due at the same minute, posted by the real bot process against the simulator
 * enforcing Discord's global limit of 50 requests/s. Half-way, the bot is killed with
 * SIGKILL and started again. Then every thread must hold exactly one prompt.
 */
export async function checkinFanout(pairs: number) {
  const sim = await DiscordSimulator.start();
  const guild = sim.createGuild('Bench');
  const channel = sim.createChannel(guild.id, 'mentorship');
  const { db, url, drop } = await benchDb();
  const due = new Date(Date.now() - 60_000).toISOString();
  const program = await db
    .insertInto('programs')
    .values(benchProgram(due, { guild_id: guild.id, pair_channel_id: channel, report_channel_id: channel }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const threads: string[] = [];
  for (let start = 0; start < pairs; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(pairs, start + 500); i += 1) {
      const mentor = sim.addUser(`mentor${i}`);
      const mentee = sim.addUser(`mentee${i}`);
      sim.addMember(guild.id, mentor);
      sim.addMember(guild.id, mentee);
      const thread = sim.createThread(channel, `Bench · mentorship #${i}`, [mentor, mentee]);
      threads.push(thread);
      rows.push({
        program_id: program.id,
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

  // Counted as requests pass, so that watching costs the simulator nothing: a busy simulator
  // would take requests in bunches and see limits broken that the bot kept.
  const postedAt: number[] = [];
  const threadsWithPrompt = new Set<string>();
  sim.gate = async (request, next) => {
    const reply = await next();
    if (
      request.method === 'POST' &&
      request.route === '/channels/{channel_id}/messages' &&
      reply.status === 200 &&
      String(request.body?.nonce ?? '').startsWith('ci-')
    ) {
      postedAt.push(Date.now());
      threadsWithPrompt.add(request.params[0] as string);
    }
    return reply;
  };
  const bot = (): ChildProcess =>
    spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: sim.token,
        DISCORD_API_URL: sim.apiUrl,
        DATABASE_URL: url,
        LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    });
  const until = async (condition: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  };

  const first = bot();
  await until(() => postedAt.length >= pairs / 2, pairs * 100);
  first.kill('SIGKILL');
  const killedAt = Date.now();
  await new Promise((resolve) => first.once('exit', resolve));
  const second = bot();
  const bound = pairs / LIMIT_RPS;
  await until(() => threadsWithPrompt.size === pairs, (bound * 3 + 30) * 1000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));

  const firstAt = Math.min(...postedAt);
  const lastAt = Math.max(...postedAt);
  const resumedAt = Math.min(...postedAt.filter((at) => at > killedAt));
  const perThread = threads.map((t) => sim.publicMessages(t).length);
  await sim.close();
  await drop();
  const wall = (lastAt - firstAt) / 1000;
  const downtime = (resumedAt - killedAt) / 1000;
  return {
    pairs,
    limit_rps: LIMIT_RPS,
    bound_s: bound,
    wall_s: Number(wall.toFixed(2)),
    restart_downtime_s: Number(downtime.toFixed(2)),
    efficiency: Number((bound / (wall - downtime)).toFixed(3)),
    efficiency_incl_restart: Number((bound / wall).toFixed(3)),
    duplicates: perThread.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    misses: perThread.filter((n) => n === 0).length,
    rate_limited: sim.limiter.tripped.length,
    rate_limited_within_5s_of_restart: sim.limiter.tripped.filter((r) => Math.abs(r.at - killedAt) < 5000).length,
  };
}
