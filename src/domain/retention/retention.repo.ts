import type { Db } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';

/** What one erasure blanked: the pairings, and the pieces of text in them. */
export interface Erased {
  pairings: number;
  notes: number;
  comments: number;
  feedback: number;
  goals: number;
}

/**
 * Ended pairings (one-to-one, or a group membership) of the scope's guilds that ended at or before
 * `endedBy` and whose text is not erased yet, oldest first (read through the partial index `pairings_text_kept`).
 */
export async function pairingsDueForErasure(
  db: Db,
  scope: GuildScope | null,
  endedBy: string,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('pairings')
    .select('id')
    .where('status', '=', 'ended')
    .where('text_erased_at', 'is', null)
    .where('ended_at', '<=', endedBy)
    .where(inGuildScope('guild_id', scope))
    .orderBy('ended_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

const count = (result: { numUpdatedRows: bigint }[]) => Number(result[0]?.numUpdatedRows ?? 0n);

/**
 * Blanks what members wrote in these pairings: check-in notes, pulse and closing comments,
 * end feedback, goals' text. Rows stay, with every status, score, rating and time, so that
 * stats and exports count the same; the pairings are marked erased.
 */
export async function eraseTextOfPairings(db: Db, pairingIds: readonly number[], at: string): Promise<Erased> {
  if (pairingIds.length === 0) return { pairings: 0, notes: 0, comments: 0, feedback: 0, goals: 0 };
  // Marked first, so the pairings' rows are locked before their text is read: an answer written
  // meanwhile (textWrittenTo takes the same lock first) is either erased here or marks them due again.
  const pairings = await db
    .updateTable('pairings')
    .set({ text_erased_at: at })
    .where('id', 'in', pairingIds)
    .where('text_erased_at', 'is', null)
    .execute();
  const checkins = db.selectFrom('checkins').select('id').where('pairing_id', 'in', pairingIds);
  const notes = await db
    .updateTable('checkin_answers')
    .set({ note: null })
    .where('checkin_id', 'in', checkins)
    .where('note', 'is not', null)
    .execute();
  const comments = await db
    .updateTable('pulse_answers')
    .set({ comment: null })
    .where('pairing_id', 'in', pairingIds)
    .where('comment', 'is not', null)
    .execute();
  const feedback = await db
    .updateTable('pairing_feedback')
    .set({ feedback: null })
    .where('pairing_id', 'in', pairingIds)
    .where('feedback', 'is not', null)
    .execute();
  // A goal's text is required: it becomes empty, its row (and whether it was done) stays.
  const goals = await db
    .updateTable('goals')
    .set({ text: '' })
    .where('pairing_id', 'in', pairingIds)
    .where('text', '!=', '')
    .execute();
  return {
    pairings: count(pairings),
    notes: count(notes),
    comments: count(comments),
    feedback: count(feedback),
    goals: count(goals),
  };
}

/**
 * Text is being written to this pairing (in the caller's transaction, before the write): if
 * retention erased it already, it is due again, and the next run erases this text too.
 * Unconditional, so that it takes the pairing's row lock before eraseTextOfPairings reads the text.
 */
export async function textWrittenTo(db: Db, pairingId: number): Promise<void> {
  await db.updateTable('pairings').set({ text_erased_at: null }).where('id', '=', pairingId).execute();
}
