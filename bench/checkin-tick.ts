import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../src/clock.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { recordDueCheckins } from '../src/domain/checkins/checkin-record.ts';
import { benchProgram } from './fixtures.ts';
import { instantContext } from './instant-discord.ts';

/** One scheduler tick with `pairs` due pairings on a SQLite file: record, then post through the outbox. */
export async function checkinTick(pairs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const db = connect(`sqlite:${join(dir, 'bench.sqlite')}`);
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
  const posted = await ctx.outbox.drain();
  const t2 = performance.now();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  return {
    pairs,
    recorded,
    posted,
    record_ms: Math.round(t1 - t0),
    post_ms: Math.round(t2 - t1),
    per_pair_ms: Number(((t2 - t0) / pairs).toFixed(3)),
  };
}
