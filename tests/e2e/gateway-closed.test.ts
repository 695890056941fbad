import { afterEach, beforeEach, expect, test } from 'vitest';
import { runScript } from './run-script.ts';
import { ExitCode } from '../../src/exit-codes.ts';
import { freshDatabaseUrl } from '../database.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';
import { refusalCheck } from './harness.ts';

/**
 * Discord closing the gateway for good, as the real `npm start` process shows it to a
 * supervisor: a code that keeps it from restarting (and spending IDENTIFYs) in a loop.
 */
let sim: DiscordSimulator;
let refusals: ReturnType<typeof refusalCheck>;
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
  refusals = refusalCheck(sim);
});
afterEach(async () => {
  await sim.close();
  refusals.check();
});

const runBot = (env: Record<string, string>) => runScript('src/main.ts', env);

const onSim = (database: string) => ({
  DISCORD_TOKEN: sim.token,
  DISCORD_API_URL: sim.apiUrl,
  DATABASE_URL: database,
});

test('gateway close 4011 (sharding required) at start-up: 78 after one IDENTIFY, not 1 and a restart loop', async () => {
  sim.gateway.closeOnIdentify = { code: 4011, reason: 'Sharding required' };
  const bot = runBot(onSim(await freshDatabaseUrl()));
  const code = await bot.exited;
  const { stderr } = bot.output();
  expect({ code, stderr }).toMatchObject({ code: ExitCode.Config });
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toContain('npm run start:shards');
  expect(sim.gateway.identifies).toBe(1);
}, 40_000);

test('a running bot whose gateway Discord closes with 4004 (the token was reset) exits 77 for the supervisor', async () => {
  const bot = runBot(onSim(await freshDatabaseUrl()));
  const deadline = Date.now() + 30_000;
  while (!bot.output().stdout.includes('"event":"ready"') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  sim.gateway.closeConnections(4004, 'Authentication failed');
  const code = await bot.exited;
  const { stdout, stderr } = bot.output();
  expect({ code, stderr }).toMatchObject({ code: ExitCode.TokenRefused });
  expect(stderr).toMatch(/^Discord refused the bot token.*\(exit code 77\)\n$/);
  expect(stdout).toContain('"event":"gateway.refused"');
  expect(`${stdout}${stderr}`).not.toContain(sim.token);
}, 40_000);
