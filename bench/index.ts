import { checkinTick } from './checkin-tick.ts';
import { matchingBench } from './matching.ts';

/** Prints one JSON object: one key per benchmark, figures named with their unit. */
const results = {
  matching: await matchingBench(),
  checkin_tick: await checkinTick(Number(process.env.BENCH_PAIRS ?? 5000)),
};
process.stdout.write(`${JSON.stringify(results)}\n`);
