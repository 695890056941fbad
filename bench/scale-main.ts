import { scaleBench, scaleFanout, shardMemory } from './scale.ts';

/**
 * The `scale` benchmark alone (`npx tsx bench/scale-main.ts`), or one part of it:
 * `fanout <postgres|sqlite> <1|4> [pairs]`, `memory <guilds> <threads per guild>`.
 * BENCH_SCALE_PAIRS sets the fan-out's size (1,000 by default).
 */
const [part, ...args] = process.argv.slice(2);
const pairs = Number(process.env.BENCH_SCALE_PAIRS ?? 1000);
const result =
  part === 'fanout'
    ? await scaleFanout({
        kind: args[0] === 'sqlite' ? 'sqlite' : 'postgres',
        processes: args[1] === '1' ? 1 : 4,
        pairs: Number(args[2] ?? pairs),
      })
    : part === 'memory'
      ? await shardMemory(Number(args[0] ?? 1000), Number(args[1] ?? 20))
      : await scaleBench(pairs);
process.stdout.write(`${JSON.stringify(result)}\n`);
