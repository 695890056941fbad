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

test('a finished tick is recorded at the clock’s time, and its jobs and duration are told to the metrics', async () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const told: string[] = [];
  const metrics = {
    interaction: () => undefined,
    job: (name: string, done: number) => told.push(`${name}:${done}`),
    tick: () => told.push('tick'),
  };
  const ctx = { log: silentLogger, clock, metrics } as unknown as AppContext;
  const scheduler = createScheduler(ctx, [
    { name: 'records', run: async () => 2 },
    { name: 'idle', run: async () => 0 },
  ]);
  expect(scheduler.lastTickAt()).toBeNull();
  clock.advance(30_000);
  await scheduler.tick();
  expect(scheduler.lastTickAt()).toEqual(new Date('2026-03-02T09:00:30Z'));
  expect(told).toEqual(['records:2', 'idle:0', 'tick']);
});
