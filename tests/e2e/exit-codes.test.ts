import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runScript } from './run-script.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ExitCode } from '../../src/exit-codes.ts';
import { freshDatabaseUrl, onPostgres, openDatabase } from '../database.ts';
import type { RestReply } from '../simulator/rest.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';
import { refusalCheck } from './harness.ts';

/**
 * The real `npm start` process as a supervisor sees it: each expected failure ends with its
 * documented exit code and one line on stderr; a stop has a deadline.
 */
let sim: DiscordSimulator;
let refusals: ReturnType<typeof refusalCheck>;
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
  refusals = refusalCheck(sim);
});
afterEach(async () => {
  sim.gate = undefined;
  await sim.close();
  refusals.check();
});

/** Where the database plays no part, a test runs in the SQLite project only: once per suite. */
const oncePerSuite = test.skipIf(onPostgres);

const runBot = (env: Record<string, string>) => runScript('src/main.ts', env);

const onSim = (database: string, env: Record<string, string> = {}) => ({
  DISCORD_TOKEN: sim.token,
  DISCORD_API_URL: sim.apiUrl,
  DATABASE_URL: database,
  ...env,
});

oncePerSuite('a configuration error exits 78 with one line on stderr, no stack trace, and its log line', async () => {
  const bot = runBot({});
  expect(await bot.exited).toBe(ExitCode.Config);
  const { stderr, stdout, lines } = bot.output();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Configuration error: DISCORD_TOKEN is required.*; see .env.example \(exit code 78\)$/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stdout).toContain('"event":"startup.failed"');
  expect(stdout).toContain('"exitCode":78');
});

test('a token Discord refuses exits 77 with one clear line, and the token is printed nowhere', async () => {
  const wrong = `${sim.token}-revoked`;
  const bot = runBot({ ...onSim(await freshDatabaseUrl()), DISCORD_TOKEN: wrong });
  expect(await bot.exited).toBe(ExitCode.TokenRefused);
  const { stderr, stdout, lines } = bot.output();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Discord refused the bot token: .*DISCORD_TOKEN.*\(exit code 77\)$/);
  expect(`${stdout}${stderr}`).not.toContain(wrong);
  expect(stdout).toContain('"event":"startup.failed"');
  // The simulator answers a wrong token with 401 on GET /gateway/bot, as Discord does.
  refusals.expect({ status: 401 }, 'the revoked token');
});

oncePerSuite(
  'an HTTP_PORT another program holds exits 78 in one line, before asking Discord for the gateway',
  async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const { port } = holder.address() as AddressInfo;
    try {
      const bot = runBot(onSim(await freshDatabaseUrl(), { HTTP_PORT: String(port) }));
      expect(await bot.exited).toBe(ExitCode.Config);
      const { stdout, lines } = bot.output();
      expect(lines).toEqual([
        `HTTP_PORT ${port} on HTTP_HOST 127.0.0.1 cannot be used (EADDRINUSE: another program listens there): choose another HTTP_PORT or HTTP_HOST. (exit code 78)`,
      ]);
      expect(stdout).toContain('"event":"startup.failed"');
      expect(sim.requests.filter((r) => r.path.includes('/gateway'))).toEqual([]);
    } finally {
      holder.close();
    }
  },
);

test('a database migrated by a newer version exits 65, says so in one line and is left as it was', async () => {
  const url = await freshDatabaseUrl();
  const db = openDatabase(url);
  await migrateToLatest(db);
  const future = '9999_from_a_newer_version';
  await sql`insert into kysely_migration (name, timestamp) values (${future}, ${new Date().toISOString()})`.execute(db);
  const before = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  const bot = runBot(onSim(url));
  expect(await bot.exited).toBe(ExitCode.Database);
  const { stderr, lines } = bot.output();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`it records migration ${future}, which this version does not know`);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect((await sql`select name from kysely_migration order by name`.execute(db)).rows).toEqual(before.rows);
  expect(sim.requests).toEqual([]);
});

test.skipIf(onPostgres)(
  'a SQLite file that is not a database exits 65 (SQLite only: no such file on PostgreSQL)',
  async () => {
    const url = await freshDatabaseUrl();
    writeFileSync(url.slice('sqlite:'.length), 'these are somebody\u2019s notes, not a database\n'.repeat(200));
    const bot = runBot(onSim(url));
    expect(await bot.exited).toBe(ExitCode.Database);
    expect(bot.output().lines).toEqual([
      'The database cannot be brought up to date: file is not a database. It was left as it was. (exit code 65)',
    ]);
  },
);

oncePerSuite('a PostgreSQL server that nothing answers for exits 69, which a supervisor restarts', async () => {
  // Port 1 on this machine: connection refused at once, whichever database this run uses.
  const bot = runBot(onSim('postgres://bot:secret-password@127.0.0.1:1/mentorship'));
  expect(await bot.exited).toBe(ExitCode.Unavailable);
  const { stdout, stderr, lines } = bot.output();
  expect(lines).toEqual([
    'The database could not be reached (ECONNREFUSED): is it running? Exiting so that a supervisor starts the bot again. (exit code 69)',
  ]);
  expect(`${stdout}${stderr}`).not.toContain('secret-password');
});

test.skipIf(!onPostgres)(
  'a PostgreSQL database that does not exist is a configuration error: 78 (PostgreSQL only)',
  async () => {
    const url = new URL(await freshDatabaseUrl());
    url.pathname = '/mentorship_no_such_database';
    const bot = runBot(onSim(url.toString()));
    expect(await bot.exited).toBe(ExitCode.Config);
    expect(bot.output().lines).toHaveLength(1);
    expect(bot.output().lines[0]).toContain('database "mentorship_no_such_database" does not exist');
  },
);

/** Discord takes the request for the gateway's address and never answers it; resolves once asked. */
function holdGateway(): Promise<void> {
  return new Promise((asked) => {
    sim.gate = (request, next): Promise<RestReply> => {
      if (request.route !== '/gateway/bot') return next();
      asked();
      return new Promise(() => {});
    };
  });
}

oncePerSuite(
  'SIGTERM during start-up, with the gateway never answering, still exits by the deadline (70, logged)',
  async () => {
    const reached = holdGateway();
    const bot = runBot(onSim(await freshDatabaseUrl()));
    await reached;
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(ExitCode.ForcedStop);
    // The deadline is the code's (8 s); the bound here only leaves room for a busy machine.
    expect(Date.now() - signalled).toBeLessThan(15_000);
    const { stdout, lines } = bot.output();
    expect(stdout).toContain('"event":"shutdown"');
    expect(stdout).toContain('"event":"shutdown.forced"');
    expect(stdout).toContain('"reason":"deadline"');
    expect(lines).toEqual(['The stop did not finish within 8 s: exiting anyway. (exit code 70)']);
  },
  40_000,
);

// The same signal again within 1 s is the same request (systemd and start:shards's manager both
// signal a shard): only a later or a different one forces the stop.
oncePerSuite.each([
  ['a second SIGTERM more than 1 s later', 'SIGTERM', 1_500],
  ['SIGINT right after SIGTERM', 'SIGINT', 100],
] as const)(
  '%s exits at once with 70',
  async (_name, second, afterMs) => {
    const reached = holdGateway();
    const bot = runBot(onSim(await freshDatabaseUrl()));
    await reached;
    bot.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    bot.child.kill(second);
    expect(await bot.exited).toBe(ExitCode.ForcedStop);
    expect(bot.output().lines).toEqual([`Second ${second}: exiting at once. (exit code 70)`]);
    expect(bot.output().stdout).toContain('"reason":"second signal"');
  },
  40_000,
);

/** Runs another entry point (deploy-commands, start:shards) to its end. */

oncePerSuite('deploy-commands with a token Discord refuses exits 77 in one line', async () => {
  const wrong = `${sim.token}-revoked`;
  const run = runScript('src/deploy-commands.ts', {
    DISCORD_TOKEN: wrong,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_APPLICATION_ID: sim.applicationId,
  });
  expect(await run.exited).toBe(ExitCode.TokenRefused);
  expect(run.output().lines).toHaveLength(1);
  expect(run.output().lines[0]).toMatch(/^Discord refused the bot token/);
  expect(run.output().both).not.toContain(wrong);
  refusals.expect({ status: 401 }, 'the revoked token');
});

test('start:shards whose shards cannot log in stops restarting them and exits with their code, 77', async () => {
  const wrong = `${sim.token}-revoked`;
  const run = runScript('src/shard-manager.ts', {
    ...onSim(await freshDatabaseUrl(), { DISCORD_TOKEN: wrong }),
    SHARD_COUNT: '2',
    SHARD_SPAWN_DELAY_MS: '0',
  });
  expect(await run.exited).toBe(ExitCode.TokenRefused);
  expect(run.output().both).toContain('"event":"shard.refused"');
  expect(run.output().both).not.toContain(wrong);
  refusals.expect({ status: 401 }, 'the revoked token');
}, 60_000);

test('SIGTERM during a start-up that then succeeds lets it finish, then stops cleanly: 0', async () => {
  let asked!: () => void;
  const reached = new Promise<void>((resolve) => (asked = resolve));
  // Discord is slow to give the gateway's address, but does.
  sim.gate = async (request, next): Promise<RestReply> => {
    if (request.route !== '/gateway/bot') return next();
    asked();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return next();
  };
  const bot = runBot(onSim(await freshDatabaseUrl()));
  await reached;
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(ExitCode.Ok);
  const { stdout, stderr } = bot.output();
  expect(stdout).toContain('"event":"shutdown"');
  expect(stdout).toContain('"event":"ready"');
  expect(stdout).not.toContain('shutdown.forced');
  expect(stderr).toBe('');
}, 40_000);
