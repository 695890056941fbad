import { once } from 'node:events';
import { createServer } from 'node:net';
import { beforeEach, expect, test } from 'vitest';
import { startApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { parseConfig, type Config } from '../../src/config.ts';
import { ExitCode, StartupError } from '../../src/exit-codes.ts';
import { createLogger } from '../../src/log.ts';
import { freshDatabaseUrl } from '../database.ts';
import { useWorld, waitFor, type World } from './harness.ts';

// The world's own app holds a port; the tests start a second app on the same simulated Discord.
const current = useWorld({}, { HTTP_PORT: 0 });
let world: World;
beforeEach(() => {
  world = current();
});

async function secondApp(overrides: Partial<Config>): Promise<Config> {
  return {
    ...parseConfig({
      DISCORD_TOKEN: world.sim.token,
      DISCORD_API_URL: world.sim.apiUrl,
      DATABASE_URL: await freshDatabaseUrl(),
    }),
    ...overrides,
  };
}

const start = (config: Config) =>
  startApp(config, {
    clock: new ManualClock(world.clock.now()),
    log: createLogger('error', () => {}),
    startTimer: false,
  });

const gatewayAsks = () => world.sim.requests.filter((r) => r.path.includes('/gateway/bot')).length;

/** A port free right now (the system's choice), for an app that must be probed before startApp returns. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Whether a port can be listened on again: the app that had it let it go. */
async function isFree(port: number): Promise<boolean> {
  const server = createServer().listen(port, '127.0.0.1');
  const [event] = await Promise.race([once(server, 'listening').then(() => ['ok']), once(server, 'error')]);
  if (event !== 'ok') return false;
  server.close();
  await once(server, 'close');
  return true;
}

test('a port already taken fails start-up with exit code 78 before logging in to Discord (no IDENTIFY per crash loop)', async () => {
  const taken = world.app.http!.address().port;
  const before = gatewayAsks();
  const failed = await start(await secondApp({ HTTP_PORT: taken })).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(StartupError);
  expect((failed as StartupError).exitCode).toBe(ExitCode.Config);
  expect((failed as Error).message).toBe(
    `HTTP_PORT ${taken} on HTTP_HOST 127.0.0.1 cannot be used (EADDRINUSE: another program listens there): choose another HTTP_PORT or HTTP_HOST.`,
  );
  expect(gatewayAsks()).toBe(before);
});

test('/healthz answers 503 "starting" while start-up waits for Discord, then 200', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let waiting = false;
  world.sim.gate = async (request, next) => {
    if (request.route === '/gateway/bot') {
      waiting = true;
      await held;
    }
    return next();
  };
  const port = await freePort();
  const starting = start(await secondApp({ HTTP_PORT: port }));
  try {
    await waitFor(() => waiting, 10_000);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'failing',
      checks: { gateway: 'starting', database: 'ok', scheduler: 'ok' },
    });
  } finally {
    release();
    world.sim.gate = undefined;
  }
  const app = await starting;
  try {
    await app.scheduler.tick();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  } finally {
    await app.stop();
  }
});

test('a start-up that fails after the server is bound (the token refused) lets the port go and ends cleanly', async () => {
  const port = await freePort();
  const failed = await start(await secondApp({ HTTP_PORT: port, DISCORD_TOKEN: `${world.sim.token}-revoked` })).catch(
    (error: unknown) => error,
  );
  expect((failed as StartupError).exitCode).toBe(ExitCode.TokenRefused);
  expect(await isFree(port)).toBe(true);
  world.expectRefused({ status: 401, path: '/gateway/bot' }, 'the revoked token');
});
