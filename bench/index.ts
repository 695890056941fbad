import { checkinFanout } from './checkin-fanout.ts';
import { checkinTick } from './checkin-tick.ts';
import { matchingBench } from './matching.ts';

/** Prints one JSON object: one key per benchmark, figures named with their unit. */
const results = {
  matching: await matchingBench(),
  checkin_tick: await checkinTick(Number(process.env.BENCH_PAIRS ?? 5000)),
  // 1,000 by default (20 s at the bound); BENCH_FANOUT_PAIRS=10000 for the full 200 s run.
  checkin_fanout: await checkinFanout(Number(process.env.BENCH_FANOUT_PAIRS ?? 1000)),
};
process.stdout.write(`${JSON.stringify(results)}\n`);
