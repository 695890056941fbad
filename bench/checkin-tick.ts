import { ManualClock } from '../src/clock.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { recordDueCheckins } from '../src/domain/checkins/checkin-record.ts';
import { benchProgram } from './fixtures.ts';
import { instantContext } from './instant-discord.ts';
import { benchPostgresServer, scratchDatabase } from './scratch-database.ts';

type Kind = 'sqlite' | 'postgres';

/**
 * One scheduler tick with `pairs` due pairings on a database of its own (a SQLite file, or a
 * scratch database on `serverUrl`): record, then (if `post`) post through the outbox against
 * a Discord that answers at once.
 */
export async function checkinTick(pairs: number, options: { kind?: Kind; serverUrl?: string; post?: boolean } = {}) {
  const scratch = await scratchDatabase(options.kind ?? 'sqlite', options.serverUrl);
  const db = connect(scratch.url);
  try {
    await migrateToLatest(db);
    const due = '2026-03-09T17:00:00.000Z';
    const program = await db.insertInto('programs').values(benchProgram(due)).returning('id').executeTakeFirstOrThrow();
    for (let start = 0; start < pairs; start += 500) {
      const rows = Array.from({ length: Math.min(500, pairs - start) }, (_, k) => ({
        program_id: program.id,
        guild_id: 'g',
        mentor_id: `mentor${start + k}`,
        mentee_id: `mentee${start + k}`,
        thread_id: `thread${start + k}`,
        welcome_message_id: 'w',
        next_checkin_at: due,
        status: 'active' as const,
        created_by: 'a',
        created_at: due,
      }));
      await db.insertInto('pairings').values(rows).execute();
    }
    const ctx = instantContext(db, new ManualClock(new Date(due)));
    let recorded = 0;
    const t0 = performance.now();
    for (let n = -1; n !== 0;) recorded += n = await recordDueCheckins(ctx);
    const t1 = performance.now();
    const posted = options.post === false ? undefined : await ctx.outbox.drain();
    const t2 = performance.now();
    return {
      pairs,
      recorded,
      record_ms: Math.round(t1 - t0),
      record_per_pair_ms: Number(((t1 - t0) / pairs).toFixed(3)),
      ...(posted === undefined ? {} : { posted, post_ms: Math.round(t2 - t1) }),
    };
  } finally {
    await db.destroy();
    await scratch.drop();
  }
}

/** Record (and, at 5,000, post) cost at 5,000 and 50,000 due pairings on one kind of database. */
async function tickSeries(kind: Kind, serverUrl: string | undefined, large: boolean) {
  // Compiled code and warm connections for both sizes alike: the first batches would otherwise weigh on 5,000 only.
  await checkinTick(1_000, { kind, serverUrl, post: false });
  const small = await checkinTick(5_000, { kind, serverUrl });
  const big = large ? await checkinTick(50_000, { kind, serverUrl, post: false }) : undefined;
  return {
    recorded_5k: small.recorded,
    record_ms_5k: small.record_ms,
    record_per_pair_ms_5k: small.record_per_pair_ms,
    posted_5k: small.posted,
    post_ms_5k: small.post_ms,
    ...(big && {
      recorded_50k: big.recorded,
      record_ms_50k: big.record_ms,
      record_per_pair_ms_50k: big.record_per_pair_ms,
      growth_50k_vs_5k: Number((big.record_per_pair_ms / small.record_per_pair_ms).toFixed(2)),
    }),
  };
}

/**
 * One scheduler tick at 5,000 and at 50,000 due pairings, on SQLite and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server, on a scratch database
 * there: recording cost per due pair should not grow with the tick (growth_50k_vs_5k near 1).
 * BENCH_CHECKIN_50K=0 leaves out the 50,000 runs (tens of seconds each).
 */
export async function checkinTickBench() {
  const large = process.env.BENCH_CHECKIN_50K !== '0';
  const server = benchPostgresServer();
  return {
    sqlite: await tickSeries('sqlite', undefined, large),
    postgres: server
      ? await tickSeries('postgres', server, large)
      : 'skipped: BENCH_DATABASE_URL or TEST_DATABASE_URL names no PostgreSQL server',
  };
}
