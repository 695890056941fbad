import { createServer } from 'node:net';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startBotProcess, type BotProcess } from './bot-process.ts';
import { useWorld, waitFor, type World } from './harness.ts';

/** `npm start`'s bot, as its own process, serving /healthz and /metrics on the port it is given. */
const current = useWorld();
let world: World;
let bot: BotProcess | undefined;
beforeEach(() => {
  world = current();
});
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the bot process serves /healthz and /metrics on 127.0.0.1:HTTP_PORT, and SIGTERM closes them', async () => {
  await world.app.stop();
  const port = await freePort();
  bot = await startBotProcess(world, world.clock.now(), { HTTP_PORT: String(port) });
  await waitFor(() => bot!.output().includes('"event":"http.listening"'), 10_000); // just after "ready"
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', checks: { gateway: 'ok', database: 'ok', scheduler: 'ok' } });
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(metrics).toContain('process_resident_memory_bytes');
  expect(metrics).toContain('mentorship_discord_requests_total{route="/gateway/bot",method="GET",status="200"} 1');
  const listening = bot
    .output()
    .split('\n')
    .find((line) => line.includes('"event":"http.listening"'));
  expect(JSON.parse(listening!)).toMatchObject({ host: '127.0.0.1', port });

  await bot.stop();
  expect(bot.child.exitCode).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  bot = undefined;
});
