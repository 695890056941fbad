import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import { eraseTextOfPairings, pairingsDueForErasure, type Erased } from './retention.repo.ts';

const DAY_MS = 86_400_000;
/** Pairings erased per transaction; a tick goes on while a batch is full, up to MAX_BATCHES. */
const BATCH = 200;
const MAX_BATCHES = 25;

/**
 * Retention: erases what members wrote in pairings that ended more than `ctx.retentionDays` ago
 * (0 or unset: never). Runs every tick, and is cheap when nothing is due: each pairing is erased
 * once (`text_erased_at`), so it is idempotent and a restart simply carries on. Logs counts only.
 * Returns the pairings erased.
 */
export async function eraseExpiredText(ctx: AppContext): Promise<number> {
  const days = ctx.retentionDays ?? 0;
  if (days <= 0) return 0;
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  // The configuration caps the days; a context built otherwise with a cutoff before any date erases nothing.
  if (Number.isNaN(cutoff.getTime())) return 0;
  const endedBy = cutoff.toISOString();
  // Nearly every tick finds nothing: a plain read then, not a serializable transaction beside
  // the check-in jobs of every process.
  const due = await pairingsDueForErasure(ctx.db, ctx.scope, endedBy, 1);
  if (due.length === 0) return 0;
  const total: Erased = { pairings: 0, notes: 0, comments: 0, feedback: 0, goals: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const erased = await transact(ctx.db, async (trx) => {
      const ids = await pairingsDueForErasure(trx, ctx.scope, endedBy, BATCH);
      return { found: ids.length, ...(await eraseTextOfPairings(trx, ids, now.toISOString())) };
    });
    for (const key of Object.keys(total) as (keyof Erased)[]) total[key] += erased[key];
    if (erased.found < BATCH) break;
  }
  if (total.pairings > 0) ctx.log.info('retention.erased', { days, ...total });
  return total.pairings;
}
