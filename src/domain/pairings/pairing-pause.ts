import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { pauseActivePairing } from './pairing.repo.ts';

/** Pauses an active pairing (check-ins stop); false if it was not active. */
export function recordPause(trx: Transaction<DB>, pairingId: number, reason: string): Promise<boolean> {
  return pauseActivePairing(trx, pairingId, reason);
}
