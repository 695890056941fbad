import { ManualClock } from '../src/clock.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { eraseExpiredText } from '../src/domain/retention/retention.ts';
import type { Kysely } from 'kysely';
import { benchProgram } from './fixtures.ts';
import { instantContext } from './instant-discord.ts';
import { benchPostgresServer, scratchDatabase } from './scratch-database.ts';

type Kind = 'sqlite' | 'postgres';

const ENDED = '2025-01-05T12:00:00.000Z';
/** Each ended pairing held this many weeks of check-ins, both members answering with a note. */
const WEEKS = 4;

async function seed(db: Kysely<DB>, ended: number, active: number): Promise<void> {
  const program = await db
    .insertInto('programs')
    .values(benchProgram('2024-11-04T09:00:00.000Z'))
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < ended + active; start += 250) {
    const rows = Array.from({ length: Math.min(250, ended + active - start) }, (_, k) => {
      const n = start + k;
      const isEnded = n < ended;
      return {
        program_id: program.id,
        guild_id: 'g',
        mentor_id: `mentor${n}`,
        mentee_id: `mentee${n}`,
        status: isEnded ? ('ended' as const) : ('active' as const),
        ended_at: isEnded ? ENDED : null,
        created_by: 'a',
        created_at: '2024-11-04T09:00:00.000Z',
      };
    });
    const pairings = await db.insertInto('pairings').values(rows).returning('id').execute();
    const checkins = await db
      .insertInto('checkins')
      .values(
        pairings.flatMap((p) =>
          Array.from({ length: WEEKS }, (_, w) => ({
            pairing_id: p.id,
            week: w + 1,
            due_at: ENDED,
            nonce: `n${p.id}-${w}`,
            status: 'posted' as const,
          })),
        ),
      )
      .returning(['id', 'pairing_id'])
      .execute();
    await db
      .insertInto('checkin_answers')
      .values(
        checkins.flatMap((c) =>
          ['mentor', 'mentee'].map((who) => ({
            checkin_id: c.id,
            user_id: `${who}-${c.pairing_id}`,
            status: 'on-track' as const,
            note: 'We met on Tuesday and set three goals.',
            answered_at: ENDED,
          })),
        ),
      )
      .execute();
    await db
      .insertInto('goals')
      .values(
        pairings.map((p) => ({ pairing_id: p.id, text: 'Give my first talk', created_by: 'a', created_at: ENDED })),
      )
      .execute();
  }
}

/**
 * `ended` pairings ended 400 days ago (4 weeks of check-ins with notes, a goal each) beside
 * `active` running ones, RETENTION_DAYS=365: how long the job takes to erase them all, over how
 * many scheduler ticks, and what an idle tick costs once nothing is due.
 */
async function retentionRun(kind: Kind, ended: number, active: number, serverUrl?: string) {
  const scratch = await scratchDatabase(kind, serverUrl);
  const db = connect(scratch.url);
  try {
    await migrateToLatest(db);
    await seed(db, ended, active);
    const ctx = { ...instantContext(db, new ManualClock(new Date('2026-02-09T12:00:00.000Z'))), retentionDays: 365 };
    let erased = 0;
    let ticks = 0;
    const t0 = performance.now();
    for (let n = -1; n !== 0; ticks++) erased += n = await eraseExpiredText(ctx);
    const t1 = performance.now();
    const idleRuns = 20;
    for (let i = 0; i < idleRuns; i++) await eraseExpiredText(ctx);
    const t2 = performance.now();
    return {
      ended_pairings: ended,
      active_pairings: active,
      erased,
      scheduler_ticks: ticks - 1,
      erase_ms: Math.round(t1 - t0),
      per_pairing_ms: Number(((t1 - t0) / ended).toFixed(3)),
      idle_tick_ms: Number(((t2 - t1) / idleRuns).toFixed(3)),
    };
  } finally {
    await db.destroy().catch(() => undefined);
    await scratch.drop();
  }
}

export async function retentionBench(ended = 10_000, active = 10_000) {
  const serverUrl = benchPostgresServer();
  return {
    sqlite: await retentionRun('sqlite', ended, active),
    postgres: serverUrl ? await retentionRun('postgres', ended, active, serverUrl) : 'skipped: no TEST_DATABASE_URL',
  };
}
