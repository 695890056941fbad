import { ManualClock } from '../src/clock.ts';
import { expireDueRequests } from '../src/domain/requests/request-expiry.ts';
import { benchDb, benchProgram } from './fixtures.ts';
import { instantContext } from './instant-discord.ts';

/**
 * `requests` open requests past their deadline at once (SQLite): how long the expiry job takes
 * to close them all, each with its notice to the mentee and the refresh of the mentor's DM, and
 * how many scheduler ticks (one a minute) that spreads over.
 */
export async function requestExpiryBench(requests = 2_000) {
  const { db, drop } = await benchDb();
  try {
    const created = '2026-03-02T09:00:00.000Z';
    const deadline = '2026-03-05T09:00:00.000Z';
    const program = await db
      .insertInto('programs')
      .values({ ...benchProgram(created), matching: 'request' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let start = 0; start < requests; start += 500) {
      const rows = Array.from({ length: Math.min(500, requests - start) }, (_, k) => ({
        program_id: program.id,
        guild_id: 'g',
        mentee_id: `mentee${start + k}`,
        mentor_id: `mentor${(start + k) % 300}`,
        status: 'open' as const,
        created_at: created,
        expires_at: deadline,
        dm_message_id: `dm${start + k}`,
      }));
      await db.insertInto('mentor_requests').values(rows).execute();
    }
    const ctx = instantContext(db, new ManualClock(new Date(Date.parse(deadline) + 60_000)));
    let expired = 0;
    let ticks = 0;
    const t0 = performance.now();
    for (let n = -1; n !== 0; ticks++) expired += n = await expireDueRequests(ctx);
    // The job kicks the outbox, which sends the notices and DM edits meanwhile.
    await ctx.outbox.drain();
    const t1 = performance.now();
    const sent = await db
      .selectFrom('outbox')
      .select(db.fn.countAll<number>().as('n'))
      .where('status', '=', 'done')
      .executeTakeFirstOrThrow();
    return {
      requests,
      expired,
      scheduler_ticks: ticks - 1,
      effects_done: Number(sent.n),
      expire_and_send_ms: Math.round(t1 - t0),
      per_request_ms: Number(((t1 - t0) / requests).toFixed(3)),
    };
  } finally {
    await drop();
  }
}
