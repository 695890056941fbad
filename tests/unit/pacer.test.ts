import { expect, test } from 'vitest';
import { Pacer, type PacerTime } from '../../src/discord/pacer.ts';

/** Virtual time in which a timer fires at the first step of `stepMs` at or after it is due, as busy event loops make timers late. */
function lateTimers(stepMs: number): PacerTime {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now = Math.ceil((now + ms) / stepMs) * stepMs;
    },
  };
}

function busiestSecond(times: number[]): number {
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

for (const stepMs of [1, 4, 10]) {
  test(`48/s with a burst of 1 keeps its pace with timers up to ${stepMs} ms late, and never 50 in a second`, async () => {
    const time = lateTimers(stepMs);
    const pacer = new Pacer(48, 1, time);
    const times: number[] = [];
    for (let i = 0; i < 960; i++) {
      await pacer.take();
      times.push(time.now());
    }
    const perSecond = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    expect(perSecond).toBeGreaterThan(47.9);
    expect(perSecond).toBeLessThanOrEqual(48.01);
    expect(busiestSecond(times)).toBeLessThanOrEqual(49);
  });
}
