import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordSimulator } from '../simulator/simulator.ts';

let sim: DiscordSimulator;
let dir: string;
beforeAll(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
  dir = mkdtempSync(join(tmpdir(), 'mentorship-process-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm start`'s entry point as its own process, with only the given environment. */
function runBot(env: Record<string, string>, untilLine?: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { PATH: process.env.PATH ?? '', ...env }, cwd: process.cwd() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const sawLine = new Promise<void>((resolve) => {
    if (!untilLine) return resolve();
    child.stdout.on('data', () => untilLine.test(stdout) && resolve());
  });
  return { child, exited, sawLine, output: () => ({ stdout, stderr }) };
}

test('a missing token stops start-up with one clear line and no stack trace', async () => {
  const bot = runBot({ LOG_LEVEL: 'verbose' });
  expect(await bot.exited).toBe(1);
  const { stderr } = bot.output();
  expect(stderr).toContain('DISCORD_TOKEN is required');
  expect(stderr).toContain('LOG_LEVEL');
  expect(stderr).not.toMatch(/\n\s+at /);
});

test('start-up runs config, database, migrations, gateway and scheduler; SIGTERM shuts down cleanly', async () => {
  const database = join(dir, 'nested', 'bot.sqlite');
  const bot = runBot({ DISCORD_TOKEN: sim.token, DISCORD_API_URL: sim.apiUrl, DATABASE_URL: `sqlite:${database}` }, /"event":"ready"/);
  await bot.sawLine;
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  const { stdout } = bot.output();
  expect(stdout).toContain('"event":"migrations.applied"');
  expect(stdout).toContain('"event":"shutdown"');
  expect(stdout).not.toContain(sim.token);
  expect(sim.rejections).toEqual([]);
});
