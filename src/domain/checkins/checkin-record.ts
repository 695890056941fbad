import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import { pairingChain, recordEffects } from '../outbox/effect.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import { advancePairingSchedule, duePairings, insertPendingCheckin, skipPendingCheckins } from './checkin.repo.ts';
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
    await transact(ctx.db, async (trx) => {
      for (const row of due) {
        const schedule = {
          day: row.checkinDay,
          hour: row.checkinHour,
          timeZone: row.timezone,
          everyWeeks: row.everyWeeks,
          weeks: row.weeks,
        };
        const nextWeek = row.week === 0 ? 1 : row.week + row.everyWeeks;
        const checkin = latestDueCheckin(schedule, nextWeek, new Date(row.nextCheckinAt as string), now);
        const moved = await advancePairingSchedule(trx, row.pairingId, row.nextCheckinAt, {
          week: checkin?.week ?? row.week,
          nextAt: checkin?.nextAt?.toISOString() ?? null,
        });
        if (!checkin || !moved) continue;
        if (await skipPendingCheckins(trx, row.pairingId))
          await cancelIdle(trx, pairingChain(row.pairingId), now, ['post']);
        const insertedId = await insertPendingCheckin(trx, {
          pairingId: row.pairingId,
          week: checkin.week,
          kind: checkin.kind,
          dueAt: checkin.dueAt,
        });
        if (insertedId === undefined) continue;
        await recordEffects(trx, now, [
          {
            guildId: row.guildId,
            key: `checkin:${insertedId}`,
            chain: pairingChain(row.pairingId),
            subject: `checkin:${insertedId}`,
            effect: {
              kind: 'post',
              target: { pairingThread: row.pairingId },
              message: { view: 'checkin', id: insertedId },
            },
          },
        ]);
        recorded += 1;
      }
    });
  }
}
