import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Pauses an active pairing (check-ins stop); false if it was not active. */
export async function recordPause(trx: Transaction<DB>, pairingId: number, reason: string): Promise<boolean> {
  const paused = await trx
    .updateTable('pairings')
    .set({ status: 'paused', paused_reason: reason })
    .where('id', '=', pairingId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return paused.numUpdatedRows > 0n;
}
