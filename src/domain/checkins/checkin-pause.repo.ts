import type { Db } from '../../db/schema.ts';

/**
 * Pauses an active pairing's check-ins until `until`, moving its next slot to `nextAt`, only if
 * the scheduler has not moved it since it was read; false otherwise.
 */
export async function pausePairingCheckins(
  db: Db,
  pairingId: number,
  fromNextAt: string,
  to: { until: string; nextAt: string },
): Promise<boolean> {
  const paused = await db
    .updateTable('pairings')
    .set({ checkins_paused_until: to.until, next_checkin_at: to.nextAt })
    .where('id', '=', pairingId)
    .where('status', '=', 'active')
    .where('next_checkin_at', '=', fromNextAt)
    .executeTakeFirst();
  return paused.numUpdatedRows !== 0n;
}
