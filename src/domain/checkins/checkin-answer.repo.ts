import type { AnswerStatus, Db } from '../../db/schema.ts';

/**
 * A member's answer to a check-in (status and private note).
 */

/** Records (or changes) a member's answer to a check-in. */
export async function upsertAnswer(
  db: Db,
  answer: { checkinId: number; userId: string; status: AnswerStatus; note: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('checkin_answers')
    .values({
      checkin_id: answer.checkinId,
      user_id: answer.userId,
      status: answer.status,
      note: answer.note,
      answered_at: answer.at.toISOString(),
    })
    .onConflict((oc) =>
      oc
        .columns(['checkin_id', 'user_id'])
        .doUpdateSet({ status: answer.status, note: answer.note, answered_at: answer.at.toISOString() }),
    )
    .execute();
}

/** The note of a member's answer to a check-in, if they answered (null when they left none). */
export async function answerNote(db: Db, checkinId: number, userId: string): Promise<string | null | undefined> {
  const existing = await db
    .selectFrom('checkin_answers')
    .select('note')
    .where('checkin_id', '=', checkinId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return existing?.note;
}

/** Sets the note of a member's answer; false when they have not answered yet. */
export async function setAnswerNote(db: Db, checkinId: number, userId: string, note: string | null): Promise<boolean> {
  const updated = await db
    .updateTable('checkin_answers')
    .set({ note })
    .where('checkin_id', '=', checkinId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return updated.numUpdatedRows !== 0n;
}

/** Whether anyone answered the check-in. */
export async function hasAnswer(db: Db, checkinId: number): Promise<boolean> {
  const answered = await db
    .selectFrom('checkin_answers')
    .select('user_id')
    .where('checkin_id', '=', checkinId)
    .executeTakeFirst();
  return answered !== undefined;
}
