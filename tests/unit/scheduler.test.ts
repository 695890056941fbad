import { describe, expect, test, vi } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import { silentLogger } from '../../src/log.ts';
import { schedulerCheck } from '../../src/ops/health.ts';
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
  expect(scheduler.activity().lastTickAt).toBeNull();
  clock.advance(30_000);
  await scheduler.tick();
  expect(scheduler.activity().lastTickAt).toEqual(new Date('2026-03-02T09:00:30Z'));
  expect(told).toEqual(['records:2', 'idle:0', 'tick']);
});

test('a tick under way records when it began and each job finished, by the clock; effects settled during its outbox job count too', async () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const ctx = { log: silentLogger, clock } as unknown as AppContext;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const scheduler = createScheduler(ctx, [
    { name: 'quick', run: async () => (clock.advance(10_000), 0) },
    { name: 'outbox', run: async () => (await gate, 0) },
  ]);
  expect(scheduler.activity()).toEqual({ lastTickAt: null, tickStartedAt: null, progressAt: null });
  const tick = scheduler.tick();
  await vi.waitFor(() => expect(scheduler.activity().progressAt).not.toEqual(scheduler.activity().tickStartedAt));
  expect(scheduler.activity()).toEqual({
    lastTickAt: null,
    tickStartedAt: new Date('2026-03-02T09:00:00Z'),
    progressAt: new Date('2026-03-02T09:00:10Z'),
  });
  clock.advance(50_000);
  scheduler.progress(); // an outbox effect settled
  expect(scheduler.activity().progressAt).toEqual(new Date('2026-03-02T09:01:00Z'));
  release();
  await tick;
  expect(scheduler.activity()).toEqual({
    lastTickAt: new Date('2026-03-02T09:01:00Z'),
    tickStartedAt: null,
    progressAt: null,
  });
  scheduler.progress(); // between ticks: nothing to record
  expect(scheduler.activity().progressAt).toBeNull();
});

test('effects a command carries out while another job hangs are not progress of the tick', async () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const ctx = { log: silentLogger, clock } as unknown as AppContext;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const scheduler = createScheduler(ctx, [
    { name: 'checkins-record', run: async () => (await gate, 0) },
    { name: 'outbox', run: async () => 0 },
  ]);
  const tick = scheduler.tick();
  clock.advance(3 * 60_000);
  scheduler.progress(); // a command's kick settled an effect meanwhile
  expect(scheduler.activity()).toMatchObject({
    tickStartedAt: new Date('2026-03-02T09:00:00Z'),
    progressAt: new Date('2026-03-02T09:00:00Z'),
  });
  release();
  await tick;
});

describe('the scheduler part of /healthz', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  const at = (minutes: number, seconds = 0) => new Date(start.getTime() + minutes * 60_000 + seconds * 1000);
  const idle = (lastTickAt: Date | null) => ({ lastTickAt, tickStartedAt: null, progressAt: null });

  test.each([
    ['a tick finished 2 min ago', idle(at(0)), at(2), { ok: true, text: 'ok' }],
    ['the last tick 5 min ago, none under way', idle(at(0)), at(5), { ok: false, text: 'last tick 5 min ago' }],
    ['no tick yet, 3 min after start', idle(null), at(3), { ok: false, text: 'no tick in the 3 min since start' }],
    [
      'a tick under way 4 min that moved on 10 s ago',
      { lastTickAt: at(-1), tickStartedAt: at(0), progressAt: at(3, 50) },
      at(4),
      { ok: true, text: 'tick under way for 4 min, last progress 10 s ago' },
    ],
    [
      'a tick under way 6 min, quiet for 3',
      { lastTickAt: at(-1), tickStartedAt: at(0), progressAt: at(3) },
      at(6),
      { ok: false, text: 'tick under way for 6 min, no progress for 3 min' },
    ],
    [
      'a tick under way but the last finished 1 min ago',
      { lastTickAt: at(0), tickStartedAt: at(0, 30), progressAt: at(0, 30) },
      at(1),
      { ok: true, text: 'ok' },
    ],
  ])('%s', (_, activity, now, expected) => {
    expect(schedulerCheck(activity, now, start)).toEqual(expected);
  });
});
