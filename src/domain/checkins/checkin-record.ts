import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import { pairingChain, recordEffects, type EffectRecord } from '../outbox/effect.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import { recordCompletions } from '../completions/completion-record.ts';
import { advancePairingSchedule, duePairings, insertPendingCheckins, skipPendingCheckins } from './checkin.repo.ts';
import { latestDueCheckin, programSchedule, type DueCheckin } from './schedule.ts';

const BATCH = 500;

/**
 * Records what is due. Each due pairing gets a `pending` row for its latest due week (unique
 * per pairing and week), the outbox effect that posts it, and moves to its next slot, a
 * batch per transaction. Slots missed during downtime are skipped, never posted; an older
 * prompt still waiting is superseded.
 *
 * Per pairing, statements find rows by a key (the pairing's id; its pending check-ins by
 * `checkins_pairing_status`), never by scanning what earlier batches added, and a batch's
 * check-ins and effects are each one multi-row insert: the cost of a tick is linear in its
 * pairings (bench/checkin-tick.ts measures 5,000 against 50,000).
 */
export async function recordDueCheckins(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let recorded = 0;
  for (;;) {
    const due = await duePairings(ctx.db, now, BATCH, ctx.scope);
    if (due.length === 0) return recorded;
    recorded += await recordBatch(ctx, now, due);
  }
}

type DuePairing = Awaited<ReturnType<typeof duePairings>>[number];

/** One transaction: moves the batch's pairings still at the slot read, and records their check-ins; how many. */
function recordBatch(ctx: AppContext, now: Date, due: readonly DuePairing[]): Promise<number> {
  return transact(ctx.db, async (trx) => {
    const moved: { row: DuePairing; checkin: DueCheckin }[] = [];
    for (const row of due) {
      const schedule = programSchedule(row);
      const nextWeek = row.week === 0 ? 1 : row.week + row.everyWeeks;
      const checkin = latestDueCheckin(schedule, nextWeek, new Date(row.nextCheckinAt as string), now);
      // Conditional on the slot read: of two runs, one moves the pairing and records its check-in.
      const advanced = await advancePairingSchedule(trx, row.pairingId, row.nextCheckinAt, {
        week: checkin?.week ?? row.week,
        nextAt: checkin?.nextAt?.toISOString() ?? null,
      });
      if (!checkin || !advanced) continue;
      if (await skipPendingCheckins(trx, row.pairingId))
        await cancelIdle(trx, pairingChain(row.pairingId), now, ['post']);
      moved.push({ row, checkin });
    }
    const inserted = await insertPendingCheckins(
      trx,
      moved.map(({ row, checkin }) => ({
        pairingId: row.pairingId,
        week: checkin.week,
        kind: checkin.kind,
        dueAt: checkin.dueAt,
      })),
    );
    const effects: EffectRecord[] = [];
    for (const { row } of moved) {
      const checkinId = inserted.get(row.pairingId);
      if (checkinId === undefined) continue;
      effects.push({
        guildId: row.guildId,
        key: `checkin:${checkinId}`,
        chain: pairingChain(row.pairingId),
        subject: `checkin:${checkinId}`,
        effect: {
          kind: 'post',
          target: { pairingThread: row.pairingId },
          message: { view: 'checkin', id: checkinId },
        },
      });
    }
    await recordEffects(trx, now, effects);
    const closing = moved.filter(({ row, checkin }) => checkin.kind === 'closing' && inserted.has(row.pairingId));
    await recordCompletions(
      trx,
      now,
      closing.map(({ row }) => row.pairingId),
    );
    return effects.length;
  });
}
