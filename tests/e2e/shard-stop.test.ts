import { spawn } from 'node:child_process';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ExitCode } from '../../src/exit-codes.ts';
import { freshDatabaseUrl } from '../database.ts';
import type { RestReply } from '../simulator/rest.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';

/** `npm run start:shards` as systemd runs and stops it: the exit code it ends with. */
let sim: DiscordSimulator;
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
});
afterEach(async () => {
  sim.gate = undefined;
  await sim.close();
});

function runManager(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/shard-manager.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: sim.token,
      DISCORD_API_URL: sim.apiUrl,
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '0',
      ...env,
    },
    cwd: process.cwd(),
    // A process group of its own, as a systemd unit's control group.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // all gone
    }
  };
  return { child, exited, output: () => output, killGroup };
}

test('stopped as systemd does by default (SIGTERM to the whole control group) while its shards start: 0, not 70', async () => {
  // Both shards are starting (Discord slow to give the gateway's address): a clean stop waits for them.
  let asked = 0;
  sim.gate = async (request, next): Promise<RestReply> => {
    if (request.route !== '/gateway/bot') return next();
    asked += 1;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return next();
  };
  const manager = runManager({ DATABASE_URL: await freshDatabaseUrl() });
  try {
    const deadline = Date.now() + 90_000;
    while (asked < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(2);
    // KillMode=control-group: every process of the unit gets SIGTERM at once, and the manager
    // passes its own on, so each shard hears it twice (unless the kernel merges the two).
    process.kill(-manager.child.pid!, 'SIGTERM');
    const code = await manager.exited;
    expect(manager.output()).not.toContain('"reason":"second signal"');
    expect(code).toBe(ExitCode.Ok);
  } finally {
    manager.killGroup();
  }
}, 150_000);

test('a shard that cannot reach the database while the set first starts: the manager exits 69, which is restarted', async () => {
  const manager = runManager({ DATABASE_URL: 'postgres://bot:secret@127.0.0.1:1/mentorship' });
  try {
    const code = await manager.exited;
    expect(manager.output()).toContain('"event":"shards.start_failed"');
    expect(code).toBe(ExitCode.Unavailable);
  } finally {
    manager.killGroup();
  }
}, 90_000);
