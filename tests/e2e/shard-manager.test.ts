import { spawn } from 'node:child_process';
import { beforeEach, expect, test } from 'vitest';
import { useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const shardsOnline = () =>
  world.sim.gateway
    .connectedShards()
    .filter(([, count]) => count === 2)
    .map(([id]) => id)
    .sort();

test('npm run start:shards runs one process per shard, and SIGTERM stops them all cleanly', async () => {
  await world.app.stop();
  const manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard-manager.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: world.sim.token,
      DISCORD_API_URL: world.sim.apiUrl,
      DATABASE_URL: world.databaseUrl,
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '0',
    },
  });
  let output = '';
  manager.stdout.on('data', (chunk) => (output += chunk));
  manager.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => manager.once('exit', (code) => resolve(code)));
  try {
    await waitFor(() => output.includes('"event":"shards.ready"'), 30_000);
    expect(shardsOnline()).toEqual([0, 1]);
    // Each shard's own "ready" line may follow the manager's by a moment (it comes through a pipe).
    await waitFor(() => output.match(/"event":"ready"/g)?.length === 2);
  } finally {
    manager.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(output.match(/"event":"shutdown"/g)?.length).toBe(3);
  await waitFor(() => shardsOnline().length === 0);
});

test('start:shards refuses SHARD_IDS without a fixed SHARD_COUNT, in one line, as a configuration error (78)', async () => {
  const manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard-manager.ts'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: world.sim.token, SHARD_IDS: '0-3' },
  });
  let stderr = '';
  manager.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => manager.once('exit', (c) => resolve(c)));
  expect(code).toBe(78);
  expect(stderr.trim()).toBe(
    'Configuration error: SHARD_IDS needs a fixed SHARD_COUNT, the same on every machine; see .env.example (exit code 78)',
  );
});
