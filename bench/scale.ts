import { round } from './scale-fixtures.ts';
import { scaleFanout } from './scale-fanout.ts';
import { SETTLE_MS, shardMemory } from './scale-shard-memory.ts';

export { scaleFanout } from './scale-fanout.ts';
export { shardMemory } from './scale-shard-memory.ts';

const failed = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });

/**
 * The `scale` key of `npm run bench`: the check-in fan-out by 4 shard processes on PostgreSQL,
 * and by 1 process on PostgreSQL and on SQLite, all through one REST proxy; then the memory of a
 * shard holding 1,000 guilds of 20 active threads, beside an empty one.
 */
export async function scaleBench(pairs: number) {
  const run = <T>(work: () => Promise<T>) => work().catch(failed);
  const fanout_4_processes_postgres = await run(() => scaleFanout({ kind: 'postgres', processes: 4, pairs }));
  const fanout_1_process_postgres = await run(() => scaleFanout({ kind: 'postgres', processes: 1, pairs }));
  const fanout_1_process_sqlite = await run(() => scaleFanout({ kind: 'sqlite', processes: 1, pairs }));
  const shard = await run(() => shardMemory(1000, 20));
  const empty = await run(() => shardMemory(0, 0));
  return {
    fanout_4_processes_postgres,
    fanout_1_process_postgres,
    fanout_1_process_sqlite,
    shard_memory: {
      database: 'postgres',
      settle_s: SETTLE_MS / 1000,
      shard_1000_guilds_20_threads: shard,
      empty_bot: empty,
      ...('rss_mb' in shard && 'rss_mb' in empty ? { rss_added_mb: round(shard.rss_mb - empty.rss_mb, 1) } : {}),
    },
  };
}
