import { freshDatabaseUrl, onPostgres } from '../database.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runScript } from './run-script.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';
import { refusalCheck } from './harness.ts';

// A Discord and a directory per test; any request Discord refuses or rate-limits fails the test.
let sim: DiscordSimulator;
let refusals: ReturnType<typeof refusalCheck>;
let dir: string;
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
  refusals = refusalCheck(sim);
  dir = mkdtempSync(join(tmpdir(), 'mentorship-process-'));
});
afterEach(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
  refusals.check();
});

/** Runs `npm start`'s entry point as its own process, with only the given environment. */
const runBot = (env: Record<string, string>, untilLine?: RegExp) => runScript('src/main.ts', env, untilLine);

test('a missing token stops start-up with one clear line per problem, no stack trace, and exit code 78', async () => {
  const bot = runBot({ LOG_LEVEL: 'verbose' });
  expect(await bot.exited).toBe(78);
  const { stderr } = bot.output();
  expect(stderr).toContain('DISCORD_TOKEN is required');
  expect(stderr).toContain('LOG_LEVEL');
  expect(stderr).not.toMatch(/\n\s+at /);
});

test('start-up runs config, database, migrations, gateway and scheduler; SIGTERM shuts down cleanly', async () => {
  // On SQLite, in a folder that does not exist yet; on PostgreSQL, an empty database.
  const database = onPostgres
    ? await freshDatabaseUrl({ migrated: false })
    : `sqlite:${join(dir, 'nested', 'bot.sqlite')}`;
  const bot = runBot(
    { DISCORD_TOKEN: sim.token, DISCORD_API_URL: sim.apiUrl, DATABASE_URL: database },
    /"event":"ready"/,
  );
  await bot.sawLine;
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  const { stdout } = bot.output();
  expect(stdout).toContain('"event":"migrations.applied"');
  expect(stdout).toContain('"event":"shutdown"');
  expect(stdout).not.toContain(sim.token);
  expect(sim.rejections).toEqual([]);
});

test('npm run deploy-commands registers every command, with French localizations, to the development server', async () => {
  const guild = [...sim.guilds.values()][0]!;
  const run = spawn(process.execPath, ['--import', 'tsx', 'src/deploy-commands.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: sim.token,
      DISCORD_API_URL: sim.apiUrl,
      DISCORD_APPLICATION_ID: sim.applicationId,
      DISCORD_GUILD_ID: guild.id,
    },
    cwd: process.cwd(),
  });
  let stdout = '';
  run.stdout.on('data', (chunk) => (stdout += chunk));
  expect(await new Promise((resolve) => run.on('exit', resolve))).toBe(0);
  const registered = sim.commandsFor(guild.id);
  expect(stdout).toContain(`Registered ${registered.length} commands for server ${guild.id}`);
  expect(registered.map((c) => c.name).sort()).toEqual([
    'Report to moderators',
    'checkin',
    'goal',
    'match',
    'meet',
    'mentorship',
    'program',
    'report',
    'reports',
  ]);
  expect(registered.find((c) => c.name === 'program')?.name_localizations).toEqual({ fr: 'programme' });
  expect(sim.rejections).toEqual([]);
});

test('deploy-commands without an application id says what is missing', async () => {
  const run = spawn(process.execPath, ['--import', 'tsx', 'src/deploy-commands.ts'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'x' },
    cwd: process.cwd(),
  });
  let stderr = '';
  run.stderr.on('data', (chunk) => (stderr += chunk));
  expect(await new Promise((resolve) => run.on('exit', resolve))).toBe(78);
  expect(stderr).toContain('DISCORD_APPLICATION_ID is required');
});
