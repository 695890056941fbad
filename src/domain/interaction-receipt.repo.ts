import type { Db } from '../db/schema.ts';

/** Interaction tokens last 15 minutes: a receipt older than this can no longer be met again. */
export const RECEIPT_TTL_MS = 60 * 60_000;

/**
 * Claims an interaction for this process: true for the first process to record it, false for
 * any other that received it too (an old and a new process overlapping during a restart).
 */
export async function claimInteraction(db: Db, interactionId: string, at: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('interaction_receipts')
    .values({ id: interactionId, received_at: at.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Forgets receipts past their use; returns how many. */
export async function purgeInteractionReceipts(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('interaction_receipts')
    .where('received_at', '<', new Date(now.getTime() - RECEIPT_TTL_MS).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
