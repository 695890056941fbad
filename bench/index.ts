import { checkinFanout } from './checkin-fanout.ts';
import { checkinTickBench } from './checkin-tick.ts';
import { groupTickBench } from './group-tick.ts';
import { matchingBench } from './matching.ts';
import { requestExpiryBench } from './request-expiry.ts';
import { retentionBench } from './retention.ts';
import { scaleBench } from './scale.ts';

/** Prints one JSON object: one key per benchmark, figures named with their unit. */
const results = {
  matching: await matchingBench(),
  // 5,000 and 50,000 due pairings, SQLite and PostgreSQL; BENCH_CHECKIN_50K=0 for 5,000 only.
  checkin_tick: await checkinTickBench(),
  // 1,000 groups of 4 mentees against 4,000 one-to-one pairs, recorded and posted, SQLite and PostgreSQL.
  group_checkin_tick: await groupTickBench(),
  // 2,000 requests past their deadline at once: expired, mentees told, DMs edited.
  request_expiry: await requestExpiryBench(),
  // 10,000 pairings ended 400 days ago beside 10,000 running, RETENTION_DAYS=365: erased, then an idle tick.
  retention: await retentionBench(),
  // 1,000 by default (20 s at the bound); BENCH_FANOUT_PAIRS=10000 for the full 200 s run.
  checkin_fanout: await checkinFanout(Number(process.env.BENCH_FANOUT_PAIRS ?? 1000)),
  // 4 shard processes and 1 (PostgreSQL, SQLite) behind one REST proxy, 1,000 pairs (BENCH_SCALE_PAIRS=10000: ~4 min each); a shard's memory.
  scale: await scaleBench(Number(process.env.BENCH_SCALE_PAIRS ?? 1000)),
};
process.stdout.write(`${JSON.stringify(results)}\n`);
