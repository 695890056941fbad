import type { AppContext } from '../../context.ts';
import { pairingChain, recordEffects } from '../outbox/effect.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import { duePairings } from './checkin.repo.ts';
import { latestDueCheckin } from './schedule.ts';

const BATCH = 500;

/**
 * Records what is due. Each due pairing gets a `pending` row for its latest due week (unique
 * per pairing and week), the outbox effect that posts it, and moves to its next slot, a
 * batch per transaction. Slots missed during downtime are skipped, never posted; an older
 * prompt still waiting is superseded.
 */
export async function recordDueCheckins(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let recorded = 0;
  for (;;) {
    const due = await duePairings(ctx.db, now, BATCH);
    if (due.length === 0) return recorded;
    await ctx.db.transaction().execute(async (trx) => {
      for (const row of due) {
        const schedule = {
          day: row.checkin_day,
          hour: row.checkin_hour,
          timeZone: row.timezone,
          everyWeeks: row.every_weeks,
          weeks: row.weeks,
        };
        const nextWeek = row.week === 0 ? 1 : row.week + row.every_weeks;
        const checkin = latestDueCheckin(schedule, nextWeek, new Date(row.next_checkin_at as string), now);
        const moved = await trx
          .updateTable('pairings')
          .set({ week: checkin?.week ?? row.week, next_checkin_at: checkin?.nextAt?.toISOString() ?? null })
          .where('id', '=', row.pairingId)
          .where('next_checkin_at', '=', row.next_checkin_at)
          .executeTakeFirst();
        if (!checkin || moved.numUpdatedRows === 0n) continue;
        const superseded = await trx
          .updateTable('checkins')
          .set({ status: 'skipped' })
          .where('pairing_id', '=', row.pairingId)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (superseded.numUpdatedRows > 0n) await cancelIdle(trx, pairingChain(row.pairingId), now, ['post']);
        const inserted = await trx
          .insertInto('checkins')
          .values({
            pairing_id: row.pairingId,
            week: checkin.week,
            kind: checkin.kind,
            due_at: checkin.dueAt.toISOString(),
            nonce: `ci-${row.pairingId}-${checkin.week}`,
            status: 'pending',
          })
          .onConflict((oc) => oc.columns(['pairing_id', 'week']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) continue;
        await recordEffects(trx, now, [
          {
            guildId: row.guild_id,
            key: `checkin:${inserted.id}`,
            chain: pairingChain(row.pairingId),
            subject: `checkin:${inserted.id}`,
            effect: {
              kind: 'post',
              target: { pairingThread: row.pairingId },
              message: { view: 'checkin', id: inserted.id },
            },
          },
        ]);
        recorded += 1;
      }
    });
  }
}
