import { ManualClock } from '../src/clock.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { recordDueGroupCheckins } from '../src/domain/groups/group-checkin-record.ts';
import { checkinTick } from './checkin-tick.ts';
import { benchProgram } from './fixtures.ts';
import { instantContext } from './instant-discord.ts';
import { benchPostgresServer, scratchDatabase } from './scratch-database.ts';

type Kind = 'sqlite' | 'postgres';

/**
 * One scheduler tick of a group program: `groups` mentors with `size` mentees each, all due,
 * recorded (one row per member, one post per group), then posted through the outbox against
 * a Discord that answers at once.
 */
async function groupTick(groups: number, size: number, kind: Kind, serverUrl?: string) {
  const scratch = await scratchDatabase(kind, serverUrl);
  const db = connect(scratch.url);
  try {
    await migrateToLatest(db);
    const due = '2026-03-09T17:00:00.000Z';
    const program = await db
      .insertInto('programs')
      .values({ ...benchProgram(due), format: 'group', mentor_capacity: size })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let start = 0; start < groups; start += 200) {
      const rows = Array.from({ length: Math.min(200, groups - start) }, (_, k) => ({
        program_id: program.id,
        guild_id: 'g',
        mentor_id: `mentor${start + k}`,
        thread_id: `thread${start + k}`,
        welcome_message_id: 'w',
        next_checkin_at: due,
        status: 'active' as const,
        created_at: due,
      }));
      const made = await db.insertInto('pair_groups').values(rows).returning(['id', 'mentor_id']).execute();
      const members = made.flatMap((group) =>
        Array.from({ length: size }, (_, m) => ({
          program_id: program.id,
          guild_id: 'g',
          mentor_id: group.mentor_id,
          mentee_id: `${group.mentor_id}-mentee${m}`,
          group_id: group.id,
          status: 'active' as const,
          created_by: 'a',
          created_at: due,
        })),
      );
      await db.insertInto('pairings').values(members).execute();
    }
    const ctx = instantContext(db, new ManualClock(new Date(due)));
    const t0 = performance.now();
    const recorded = await recordDueGroupCheckins(ctx);
    const t1 = performance.now();
    const posted = await ctx.outbox.drain();
    const t2 = performance.now();
    return {
      record_ms: Math.round(t1 - t0),
      record_per_member_ms: Number(((t1 - t0) / (groups * size)).toFixed(3)),
      recorded_posts: recorded,
      posted,
      post_ms: Math.round(t2 - t1),
    };
  } finally {
    await db.destroy();
    await scratch.drop();
  }
}

/** 1,000 groups of 4 mentees against the baseline of 4,000 one-to-one pairs, in the same run. */
async function groupSeries(kind: Kind, serverUrl?: string) {
  await groupTick(100, 4, kind, serverUrl);
  const groups = await groupTick(1_000, 4, kind, serverUrl);
  const pairs = await checkinTick(4_000, { kind, serverUrl });
  return {
    groups_1000x4: groups,
    pairs_4000: {
      record_ms: pairs.record_ms,
      record_per_member_ms: pairs.record_per_pair_ms,
      posted: pairs.posted,
      post_ms: pairs.post_ms,
    },
  };
}

/**
 * A group program's weekly tick costs one post per group (a quarter of the posts of as many
 * one-to-one pairs at 4 mentees a group); recording stays per member.
 */
export async function groupTickBench() {
  const server = benchPostgresServer();
  return {
    sqlite: await groupSeries('sqlite'),
    postgres: server
      ? await groupSeries('postgres', server)
      : 'skipped: BENCH_DATABASE_URL or TEST_DATABASE_URL names no PostgreSQL server',
  };
}
