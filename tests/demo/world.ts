import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { startApp, type App } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { parseConfig } from '../../src/config.ts';
import { registerCommands } from '../../src/discord/register.ts';
import { createLogger } from '../../src/log.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';
import { Permissions } from '../simulator/state.ts';
import { MENTEES, MENTORS } from './cast.ts';
import { lines, type Lang, type Lines } from './lines.ts';

/** Monday 2 March 2026, 09:00 UTC: the demo's first morning. */
export const START = new Date('2026-03-02T09:00:00Z');

export type Part = 'admin' | 'moderator' | 'mentor' | 'mentee';

export interface Person {
  id: string;
  name: string;
  part: Part;
}

/** The demo's community: who is who, and where. */
export interface DemoWorld {
  lang: Lang;
  say: Lines;
  /** The members' Discord locale: their replies come in it. */
  locale: string;
  sim: DiscordSimulator;
  app: App;
  clock: ManualClock;
  guildId: string;
  channels: { pairs: string; reports: string; general: string };
  roles: { admin: string; moderator: string };
  ada: Person;
  mo: Person;
  mentors: Person[];
  mentees: Person[];
  /** Every line the bot logged, also written to `logFile`. */
  logs: string[];
  logFile: string;
  stop(): Promise<void>;
}

/**
 * A server with its people and channels, the bot's commands registered, and the bot started
 * through its real start-up path (`parseConfig` then `startApp`) on a fresh SQLite file in
 * `workDir`. Bot and simulated Discord share one manual clock; the bot's logs go to a file.
 */
export async function startDemoWorld(lang: Lang, workDir: string): Promise<DemoWorld> {
  const sim = await DiscordSimulator.start();
  const locale = lang === 'fr' ? 'fr' : 'en-US';
  const guild = sim.createGuild('Makers', { preferredLocale: locale });
  const { places } = lines[lang];
  const roles = {
    admin: sim.addRole(guild.id, places.adminRole, Permissions.ManageGuild | Permissions.ManageRoles),
    moderator: sim.addRole(guild.id, places.modRole, 0n),
  };
  const person = (name: string, part: Part, roleIds: string[] = []): Person => {
    const id = sim.addUser(name);
    sim.addMember(guild.id, id, roleIds);
    return { id, name, part };
  };
  const ada = person('Ada', 'admin', [roles.admin]);
  const mo = person('Mo', 'moderator', [roles.moderator]);
  const mentors = MENTORS.map((name) => person(name, 'mentor'));
  const mentees = MENTEES.map((name) => person(name, 'mentee'));
  const channels = {
    pairs: sim.createChannel(guild.id, places.pairs),
    reports: sim.createChannel(guild.id, places.reports),
    general: sim.createChannel(guild.id, places.general),
  };
  const rest = new REST({ api: sim.apiUrl }).setToken(sim.token);
  await registerCommands(rest, sim.applicationId, guild.id);
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();

  const config = parseConfig({
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DATABASE_URL: `sqlite:${join(workDir, 'demo.sqlite')}`,
    LOG_LEVEL: 'info',
  });
  const clock = new ManualClock(START);
  sim.clock = clock;
  const logs: string[] = [];
  const logFile = join(workDir, 'bot.log');
  const log = createLogger('info', (line) => {
    logs.push(line);
    appendFileSync(logFile, `${line}\n`);
  });
  let app: App;
  try {
    app = await startApp(config, { clock, log, startTimer: false });
  } catch (error) {
    await sim.close();
    throw error;
  }
  // What the bot does after answering (threads, posts, DMs) goes through its outbox: drained
  // after each answer, as the tests' harness does.
  sim.afterAnswer = () => app.ctx.outbox.drain();
  try {
    await app.scheduler.tick();
  } catch (error) {
    await app.stop();
    await sim.close();
    throw error;
  }
  return {
    lang,
    say: lines[lang],
    locale,
    sim,
    app,
    clock,
    guildId: guild.id,
    channels,
    roles,
    ada,
    mo,
    mentors,
    mentees,
    logs,
    logFile,
    async stop() {
      await app.stop();
      await sim.close();
    },
  };
}

/** What went wrong so far: requests Discord refused, 429s, and the bot's warnings and errors. */
export function problems(world: DemoWorld): string[] {
  const { sim } = world;
  const say = world.say.broken;
  return [
    ...sim.rejections.map((r) => say.refused(`${r.method} ${r.path}: ${r.status} ${r.reason}`)),
    ...sim.limiter.tripped.map((t) => say.rateLimited(t.route)),
    ...[...new Set(sim.answerViolations)].map((v) => say.offShape(v)),
    ...world.logs.filter((line) => /"level":"(warn|error)"/.test(line)).map((line) => say.logged(line)),
    ...world.logs
      .map((line) => JSON.parse(line) as { event?: string; outcome?: string; name?: string })
      .filter((entry) => entry.event === 'interaction' && entry.outcome !== 'ok')
      .map((entry) => say.answered(entry.name ?? '?', entry.outcome ?? '?')),
  ];
}
