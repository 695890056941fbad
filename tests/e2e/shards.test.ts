import { REST } from 'discord.js';
import { beforeEach, expect, test } from 'vitest';
import { registerCommands } from '../../src/discord/register.ts';
import { shardOfGuild } from '../../src/domain/guild-scope.ts';
import { silentLogger } from '../../src/log.ts';
import { startRestProxy } from '../../src/proxy/rest-proxy.ts';
import { testDatabaseKind } from '../database.ts';
import { outboxDrained, startBotProcess, watchDatabase, type BotProcess } from './bot-process.ts';
import { useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

/** A second server, on the other of two shards from the world's, with its own members and channels. */
async function otherShardGuild() {
  const { sim } = world;
  const home = shardOfGuild(world.guildId, 2);
  let guild = sim.createGuild('Crafters');
  // A guild's shard follows its id's timestamp: a few milliseconds later, the other shard comes up.
  while (shardOfGuild(guild.id, 2) === home) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    guild = sim.createGuild('Crafters');
  }
  const admin = sim.addUser('ari');
  sim.addMember(guild.id, admin, [sim.addRole(guild.id, 'Admins', 1n << 5n)]);
  const mentor = sim.addUser('bo');
  const mentee = sim.addUser('cy');
  for (const id of [mentor, mentee]) sim.addMember(guild.id, id);
  const pairs = sim.createChannel(guild.id, 'mentorship');
  const reports = sim.createChannel(guild.id, 'mentorship-reports');
  await registerCommands(new REST({ api: sim.apiUrl }).setToken(sim.token), sim.applicationId, guild.id);
  return { guildId: guild.id, admin, mentor, mentee, pairs, reports };
}

interface Server {
  guildId: string;
  admin: string;
  mentor: string;
  mentee: string;
  pairs: string;
  reports: string;
}

/** A program with one pair in `server`, made by the bot of the world (one process, every guild). */
async function pairIn(server: Server) {
  const { sim } = world;
  const as = (user: string) => ({ user, guild: server.guildId, channel: server.pairs });
  await sim
    .slash(as(server.admin), 'program create', {
      name: 'Cohort',
      template: 'career',
      channel: server.pairs,
      'report-channel': server.reports,
    })
    .reply();
  await sim.slash(as(server.admin), 'program open', { program: 'Cohort' }).reply();
  await sim.slash(as(server.mentor), 'mentorship join', { program: 'Cohort', role: 'mentor', adult: true }).reply();
  await sim.slash(as(server.mentee), 'mentorship join', { program: 'Cohort', role: 'mentee', adult: true }).reply();
  await sim
    .slash(as(server.admin), 'match pair', { program: 'Cohort', mentor: server.mentor, mentee: server.mentee })
    .reply();
}

const lines = (bot: BotProcess) =>
  bot
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test(`two shard processes behind one REST proxy on ${testDatabaseKind}: each guild's check-ins and interactions are handled by its own shard, once`, async () => {
  const { sim, users, channels } = world;
  const other = await otherShardGuild();
  const home: Server = {
    guildId: world.guildId,
    admin: users.admin,
    mentor: users.mentor,
    mentee: users.mentee,
    pairs: channels.pairs,
    reports: channels.reports,
  };
  await pairIn(home);
  await pairIn(other);
  const db = watchDatabase(world);
  const pairings = await db.selectFrom('pairings').select(['guild_id', 'thread_id', 'next_checkin_at']).execute();
  expect(pairings).toHaveLength(2);
  await world.app.stop();

  // An hour after the first check-in was due, two processes start: shard 0 and shard 1 of 2.
  const due = new Date(Math.max(...pairings.map((p) => Date.parse(p.next_checkin_at as string))));
  const at = new Date(due.getTime() + 60 * 60_000);
  const proxy = await startRestProxy({ upstream: sim.apiUrl, host: '127.0.0.1', port: 0, log: silentLogger });
  const shards: BotProcess[] = [];
  try {
    for (const shard of [0, 1])
      shards.push(
        await startBotProcess(world, at, {
          SHARDS: String(shard),
          SHARD_COUNT: '2',
          DISCORD_API_URL: proxy.url,
          LOG_LEVEL: 'debug',
        }),
      );
    // Each shard's first tick records its guild's check-in; then the outbox posts it.
    const posted = () => db.selectFrom('checkins').select('id').where('status', '=', 'posted').execute();
    await waitFor(async () => (await posted()).length === 2, 20_000);
    await outboxDrained(db);
    for (const { thread_id } of pairings)
      expect(sim.publicMessages(thread_id as string).filter((m) => m.content.includes('check-in ·'))).toHaveLength(1);
    for (const [shard, bot] of shards.entries()) {
      const ready = lines(bot).find((l) => l.event === 'ready');
      expect(ready).toMatchObject({ shards: [shard], shardCount: 2 });
      // Its log line follows the record of the post.
      const done = () => lines(bot).filter((l) => l.event === 'outbox.done');
      await waitFor(() => done().length > 0);
      expect(new Set(done().map((l) => shardOfGuild(String(l.guildId), 2)))).toEqual(new Set([shard]));
    }

    // A member of each server answers with /checkin in their thread: only that server's shard hears it.
    for (const server of [home, other]) {
      const thread = pairings.find((p) => p.guild_id === server.guildId)!.thread_id as string;
      const handle = sim.slash({ user: server.mentee, guild: server.guildId, channel: thread }, 'checkin status', {
        status: 'on-track',
      });
      const reply = await handle.reply();
      expect(reply.content).toContain('On track');
      // The interaction's log line follows its answer.
      const heard = () => [0, 1].filter((shard) => shards[shard]!.output().includes(handle.interaction.id));
      await waitFor(() => heard().length > 0);
      expect(heard()).toEqual([shardOfGuild(server.guildId, 2)]);
    }
    expect(await db.selectFrom('checkin_answers').select('status').execute()).toHaveLength(2);
    expect(sim.limiter.tripped).toEqual([]);
  } finally {
    for (const bot of shards) await bot.stop();
    await proxy.close();
    await db.destroy();
  }
}, 60_000);
