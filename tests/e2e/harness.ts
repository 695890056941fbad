import { freshDatabaseUrl } from '../database.ts';
import { REST } from 'discord.js';
import { afterEach, beforeEach, onTestFailed } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { parseConfig, type Config } from '../../src/config.ts';
import { registerCommands } from '../../src/discord/register.ts';
import { createLogger } from '../../src/log.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';
import { Permissions } from '../simulator/state.ts';
import type { Actor } from '../simulator/interactions.ts';
import { describeRefusal, refusalCheck, refusalsOf, type RefusalPattern } from './refusals.ts';

/** Monday 2 March 2026, 09:00 UTC. */
export const START = new Date('2026-03-02T09:00:00Z');

export { refusalCheck, refusalsOf, type Refusal, type RefusalPattern } from './refusals.ts';

export interface World {
  sim: DiscordSimulator;
  app: App;
  clock: ManualClock;
  logs: string[];
  /** The bot's database (SQLite or PostgreSQL, per the run), for a bot run as its own process on the same data. */
  databaseUrl: string;
  guildId: string;
  users: {
    admin: string;
    mentor: string;
    mentee: string;
    mentee2: string;
    outsider: string;
    moderator: string;
    staff: string;
  };
  roles: { admin: string; moderator: string };
  channels: { pairs: string; reports: string; general: string; voice: string };
  as(user: string, channel?: string, locale?: string): Actor;
  /**
   * Declares refusals (or 429s, with `status: 429`) this test expects from Discord, e.g.
   * `world.expectRefused({ status: 403, code: 50007 }, 'the closed DM')`. `close()` fails the test
   * on any refusal or rate limit nothing declared, and on a declared one that never happened
   * (unless `optional`).
   */
  expectRefused(pattern: RefusalPattern, why?: string, options?: { optional?: boolean }): void;
  /** What went on, for a failing test's report: the bot's warnings and errors, and Discord's refusals. */
  diagnostics(): string;
  /** Stops the bot (as a deploy would) and starts a new process on the same database. */
  restart(): Promise<void>;
  /** Kills the bot as SIGKILL would: nothing in flight is finished or recorded. `start()` brings a new one. */
  kill(): Promise<void>;
  /** Starts a new bot process on the same database after `kill()`, and runs its first tick. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A server with an admin, a moderator, members and channels; commands registered; the bot running.
 * `overrides` are set after the environment is checked (e.g. `HTTP_PORT: 0` for a free port).
 */
export async function startWorld(env: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<World> {
  const sim = await DiscordSimulator.start();
  // Discord's thread bucket (10 per 10 s) at ten times the pace, so bulk tests stay quick.
  sim.limiter.settings.routes['POST /channels/{channel_id}/threads'] = { limit: 10, windowMs: 1000 };
  const guild = sim.createGuild('Makers');
  const roles = {
    admin: sim.addRole(guild.id, 'Admins', Permissions.ManageGuild | Permissions.ManageRoles),
    moderator: sim.addRole(guild.id, 'Mentorship mods', 0n),
  };
  const staffRole = sim.addRole(guild.id, 'Staff', Permissions.ManageThreads);
  const users = {
    admin: sim.addUser('ada'),
    mentor: sim.addUser('maya'),
    mentee: sim.addUser('noor'),
    mentee2: sim.addUser('omar'),
    outsider: sim.addUser('olga'),
    moderator: sim.addUser('mo'),
    staff: sim.addUser('sam'),
  };
  sim.addMember(guild.id, users.admin, [roles.admin]);
  sim.addMember(guild.id, users.moderator, [roles.moderator]);
  sim.addMember(guild.id, users.staff, [staffRole]);
  for (const id of [users.mentor, users.mentee, users.mentee2, users.outsider]) sim.addMember(guild.id, id);
  const channels = {
    pairs: sim.createChannel(guild.id, 'mentorship'),
    reports: sim.createChannel(guild.id, 'mentorship-reports'),
    general: sim.createChannel(guild.id, 'general'),
    voice: sim.createChannel(guild.id, 'voice', 2),
  };
  await registerCommands(new REST({ api: sim.apiUrl }).setToken(sim.token), sim.applicationId, guild.id);

  const databaseUrl = await freshDatabaseUrl();
  const config = {
    ...parseConfig({
      DISCORD_TOKEN: sim.token,
      DISCORD_API_URL: sim.apiUrl,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      ...env,
    }),
    ...overrides,
  };
  const clock = new ManualClock(START);
  sim.clock = clock;
  const logs: string[] = [];
  const refusals = refusalCheck(sim);
  const boot = () =>
    startApp(config, { clock, log: createLogger('info', (line) => logs.push(line)), startTimer: false });

  const world: World = {
    sim,
    app: await boot(),
    clock,
    logs,
    databaseUrl,
    guildId: guild.id,
    users,
    roles,
    channels,
    as: (user, channel = channels.general, locale) => ({
      user,
      guild: guild.id,
      channel,
      ...(locale ? { locale } : {}),
    }),
    expectRefused: refusals.expect,
    diagnostics: () =>
      [
        ...logs.filter((line) => !line.includes('"level":"info"')),
        ...refusalsOf(sim).map((r) => `${r.rateLimited ? 'rate limited' : 'rejected'} ${describeRefusal(r)}`),
      ].join('\n'),
    async restart() {
      await world.app.stop();
      await world.start();
    },
    async kill() {
      const dead = world.app;
      dead.ctx.outbox.halt();
      await dead.http?.close(); // a dead process's port is free again
      await dead.client.destroy();
      await dead.ctx.db.destroy();
    },
    async start() {
      world.app = await boot();
      await world.app.scheduler.tick();
    },
    async close() {
      await world.app.stop();
      await sim.close();
      const offSpec = [...new Set(sim.answerViolations)];
      const problems = [
        ...(offSpec.length ? [`the simulator answered off Discord's documented shapes:`, ...offSpec] : []),
        ...refusals.problems(),
      ];
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
  sim.afterAnswer = () => world.app.ctx.outbox.drain();
  await world.app.scheduler.tick();
  return world;
}

/** Creates and opens a program, signs up the world's mentor and mentee, and pairs them. */
export async function pairUp(world: World, program: Record<string, unknown> = {}) {
  const { sim, users, channels } = world;
  const name = String(program.name ?? 'Spring Cohort');
  await sim
    .slash(world.as(users.admin), 'program create', {
      name,
      template: 'career',
      channel: channels.pairs,
      'report-channel': channels.reports,
      'moderator-role': world.roles.moderator,
      ...program,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: name }).reply();
  await sim.slash(world.as(users.mentor), 'mentorship join', { program: name, role: 'mentor', adult: true }).reply();
  await sim.slash(world.as(users.mentee), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();
  const reply = await sim
    .slash(world.as(users.admin), 'match pair', { program: name, mentor: users.mentor, mentee: users.mentee })
    .reply();
  const pairing = await world.app.ctx.db
    .selectFrom('pairings')
    .selectAll()
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return { name, pairing, threadId: pairing.thread_id as string, reply };
}

/** Makes Discord act on matching requests but lose its answers (500), as a crash after the fact would. */
export function loseAnswers(world: World, matches: (method: string, route: string) => boolean): () => void {
  world.sim.gate = async (request, next) => {
    const reply = await next();
    return matches(request.method, request.route)
      ? { status: 500, body: { code: 0, message: 'connection lost' } }
      : reply;
  };
  return () => {
    world.sim.gate = undefined;
  };
}

/** Waits for something the bot does on a gateway event, polling briefly. */
export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A fresh world for each test of the file, closed after it; on failure, the bot's warnings
 * and Discord's refusals are printed. Closing fails the test on a refusal or rate limit it did
 * not declare with `expectRefused`. Returns a getter, as the world changes per test.
 */
export function useWorld(env: Record<string, string> = {}, overrides: Partial<Config> = {}): () => World {
  let world: World | undefined;
  beforeEach(async () => {
    world = await startWorld(env, overrides);
    const current = world;
    onTestFailed(() => console.error(current.diagnostics()));
  });
  afterEach(async () => {
    await world?.close();
  });
  return () => world as World;
}

export const buttons = (message: { components: any[] }) => message.components.flatMap((row: any) => row.components);
export const button = (message: { components: any[] }, label: RegExp) =>
  buttons(message).find((b: any) => label.test(b.label));
