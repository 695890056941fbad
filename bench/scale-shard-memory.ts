import { DiscordSimulator } from '../tests/simulator/simulator.ts';
import { benchProgram } from './fixtures.ts';
import {
  memoryOf,
  round,
  scaleDatabase,
  spawnBot,
  stopBot,
  until,
  type BotRun,
  type ScaleDatabaseKind,
} from './scale-fixtures.ts';

/** How long the shard's process is left to settle after "ready" before its memory is read. */
export const SETTLE_MS = 5_000;

/**
 * The resident memory of one shard's process once ready and settled: `guilds` guilds, each with
 * a pair channel and `threadsPerGuild` active private threads (one per active pairing, its check-in
 * a week away), as the simulator's GUILD_CREATE sends them (`threads`).
 */
export async function shardMemory(guilds: number, threadsPerGuild: number, kind: ScaleDatabaseKind = 'postgres') {
  const sim = await DiscordSimulator.start();
  const { db, url, drop } = await scaleDatabase(kind);
  let bot: BotRun | undefined;
  try {
    const now = new Date().toISOString();
    const next = new Date(Date.now() + 7 * 86_400_000).toISOString();
    for (let g = 0; g < guilds; g += 1) {
      const guild = sim.createGuild(`Guild ${g}`);
      const channel = sim.createChannel(guild.id, 'mentorship');
      const program = await db
        .insertInto('programs')
        .values(benchProgram(now, { guild_id: guild.id, pair_channel_id: channel, report_channel_id: channel }))
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = [];
      for (let t = 0; t < threadsPerGuild; t += 1) {
        const mentor = sim.addUser(`mentor${g}-${t}`);
        const mentee = sim.addUser(`mentee${g}-${t}`);
        sim.addMember(guild.id, mentor);
        sim.addMember(guild.id, mentee);
        rows.push({
          program_id: program.id,
          guild_id: guild.id,
          mentor_id: mentor,
          mentee_id: mentee,
          thread_id: sim.createThread(channel, `Guild ${g} · mentorship #${t}`, [mentor, mentee]),
          welcome_message_id: 'w',
          next_checkin_at: next,
          status: 'active' as const,
          created_by: 'a',
          created_at: now,
        });
      }
      if (rows.length) await db.insertInto('pairings').values(rows).execute();
    }
    const first = sim.guilds.values().next().value;
    const threadsInGuildCreate = first ? sim.guildBody(first).threads.length : 0;
    await db.destroy();

    bot = spawnBot({
      DISCORD_TOKEN: sim.token,
      DISCORD_API_URL: sim.apiUrl,
      DATABASE_URL: url,
      SHARDS: '0',
      SHARD_COUNT: '1',
    });
    const running = bot;
    const ready = await until(() => running.readyAt !== undefined || running.child.exitCode !== null, 180_000, 100);
    if (!ready || running.readyAt === undefined) throw new Error(`the bot was not ready (${guilds} guilds)`);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    // The median of a few readings, 250 ms apart: a collection in between moves a single one.
    const samples: { rss_mb: number; peak_rss_mb: number }[] = [];
    for (let i = 0; i < 9; i += 1) {
      samples.push(memoryOf(running.child.pid!));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const rss = samples.map((m) => m.rss_mb).sort((a, b) => a - b);
    return {
      guilds,
      threads_per_guild: threadsPerGuild,
      threads_in_guild_create: threadsInGuildCreate,
      ready_s: round((running.readyAt - running.spawnedAt) / 1000),
      rss_mb: rss[Math.floor(rss.length / 2)]!,
      rss_range_mb: [rss[0]!, rss.at(-1)!],
      peak_rss_mb: samples.at(-1)!.peak_rss_mb,
    };
  } finally {
    if (bot) await stopBot(bot, 5_000);
    await sim.close();
    await drop();
  }
}
