import type { Db } from '../../db/schema.ts';

/**
 * The pulse-survey scores of these pairings, as the export's `pulse_scores` cell (e.g. "4;2").
 * Pulse surveys land on another branch (migration 0016): until they are merged there are none,
 * and this is the one place that will read them.
 */
export async function pulseScoresOf(_db: Db, _pairingIds: readonly number[]): Promise<Map<number, string>> {
  return new Map();
}
