import { beforeEach, expect, test } from 'vitest';
import { ExitCode } from '../../src/exit-codes.ts';
import type { RestReply } from '../simulator/rest.ts';
import { startBotProcess, watchDatabase } from './bot-process.ts';
import { pairUp, useWorld, type World } from './harness.ts';

/**
 * SIGTERM gives the real bot process a deadline: what it is carrying out when Discord hangs
 * is cut short (it stays in the outbox for the next start), and the process is gone in time.
 */
const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

test('SIGTERM while the outbox waits on a Discord that never answers: the forced stop is logged and exits 70', async () => {
  const { threadId } = await pairUp(world);
  await world.app.stop();
  const bot = await startBotProcess(world, world.clock.now());
  const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
  let posted!: () => void;
  const hanging = new Promise<void>((resolve) => (posted = resolve));
  // The thread's end notice reaches Discord, which never answers it.
  world.sim.gate = (request, next): Promise<RestReply> => {
    if (request.method !== 'POST' || request.path !== `/channels/${threadId}/messages`) return next();
    posted();
    return new Promise(() => {});
  };
  world.sim.slash(world.as(world.users.mentor, threadId), 'mentorship end', {});
  await hanging;
  const signalled = Date.now();
  bot.child.kill('SIGTERM');
  expect(await exited).toBe(ExitCode.ForcedStop);
  // The deadline is the code's (8 s); this bound only leaves room for a busy machine.
  expect(Date.now() - signalled).toBeLessThan(15_000);
  const output = bot.output();
  expect(output).toContain('"event":"shutdown"');
  expect(output).toContain('"event":"shutdown.forced"');
  expect(output).toContain('The stop did not finish within 8 s: exiting anyway. (exit code 70)');
  // The notice is still owed: the next start carries it out.
  const db = watchDatabase(world);
  try {
    const owed = await db.selectFrom('outbox').select('key').where('status', '=', 'pending').execute();
    expect(owed.length).toBeGreaterThan(0);
  } finally {
    await db.destroy();
  }
}, 60_000);
