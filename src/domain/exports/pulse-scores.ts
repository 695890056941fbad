import type { Db } from '../../db/schema.ts';
import { pulseScoresOfPairings } from '../pulse/pulse.repo.ts';

/**
 * The pulse-survey scores of these pairings, as the export's `pulse_scores` cell: lowest first,
 * joined by ";" (e.g. "2;4"), so the cell never says which member gave which score.
 */
export async function pulseScoresOf(db: Db, pairingIds: readonly number[]): Promise<Map<number, string>> {
  const cells = new Map<number, string>();
  for (const { pairingId, score } of await pulseScoresOfPairings(db, pairingIds)) {
    const cell = cells.get(pairingId);
    cells.set(pairingId, cell === undefined ? String(score) : `${cell};${score}`);
  }
  return cells;
}
