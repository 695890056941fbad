import type { Db, GoalRow } from '../../db/schema.ts';
import type { Goal } from './goal.types.ts';

function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    pairingId: row.pairing_id,
    text: row.text,
    doneAt: row.done_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** The pairing's goals in the order they were added, so the pair's numbers are positions. */
export function goalsOfPairing(db: Db, pairingId: number): Promise<Goal[]> {
  return db
    .selectFrom('goals')
    .selectAll()
    .where('pairing_id', '=', pairingId)
    .orderBy('id')
    .execute()
    .then((rows) => rows.map(toGoal));
}

export function insertGoal(
  db: Db,
  goal: { pairingId: number; text: string; createdBy: string; at: Date },
): Promise<Goal> {
  return db
    .insertInto('goals')
    .values({
      pairing_id: goal.pairingId,
      text: goal.text,
      created_by: goal.createdBy,
      created_at: goal.at.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toGoal);
}

export async function markGoalDone(db: Db, id: number, doneAt: string): Promise<void> {
  await db.updateTable('goals').set({ done_at: doneAt }).where('id', '=', id).execute();
}
