import { expect, test } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/scheduler/scheduler.ts';

test('a tick that is still running is joined, never overlapped; a failing job does not stop the others', async () => {
  let running = 0;
  let most = 0;
  let runs = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const order: string[] = [];
  const ctx = { log: silentLogger, clock: new ManualClock(new Date()) } as unknown as AppContext;
  const scheduler = createScheduler(ctx, [
    {
      name: 'fails',
      run: async () => {
        order.push('fails');
        throw new Error('boom');
      },
    },
    {
      name: 'slow',
      run: async () => {
        running += 1;
        runs += 1;
        most = Math.max(most, running);
        await gate;
        running -= 1;
        order.push('slow');
        return 1;
      },
    },
  ]);
  const first = scheduler.tick();
  const second = scheduler.tick();
  expect(second).toBe(first);
  release();
  await Promise.all([first, second]);
  expect([most, runs]).toEqual([1, 1]);
  expect(order).toEqual(['fails', 'slow']);
  await scheduler.tick();
  expect(runs).toBe(2);
});
