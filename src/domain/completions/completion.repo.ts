import type { Selectable } from 'kysely';
import type { CompletionsTable, Db } from '../../db/schema.ts';
import type { CompletedProgram, Completion } from './completion.types.ts';

function toCompletion(row: Selectable<CompletionsTable>): Completion {
  return {
    id: row.id,
    pairingId: row.pairing_id,
    programId: row.program_id,
    guildId: row.guild_id,
    userId: row.user_id,
    role: row.role,
    weeks: row.weeks,
    completedAt: row.completed_at,
    roleGrantedAt: row.role_granted_at,
  };
}

/** The pairings' members and what their programs give for finishing. */
export function pairingsToComplete(db: Db, pairingIds: readonly number[]) {
  if (pairingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('pairings')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'pairings.id as pairingId',
      'pairings.guild_id as guildId',
      'pairings.program_id as programId',
      'pairings.mentor_id as mentorId',
      'pairings.mentee_id as menteeId',
      'programs.weeks',
      'programs.completion_role_id as completionRoleId',
    ])
    .where('pairings.id', 'in', pairingIds)
    .execute();
}

/** Records completions; one per pairing and member (unique index): returns only the new ones. */
export async function insertCompletions(
  db: Db,
  rows: readonly Omit<Completion, 'id' | 'roleGrantedAt'>[],
): Promise<Completion[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('completions')
    .values(
      rows.map((r) => ({
        pairing_id: r.pairingId,
        program_id: r.programId,
        guild_id: r.guildId,
        user_id: r.userId,
        role: r.role,
        weeks: r.weeks,
        completed_at: r.completedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['pairing_id', 'user_id']).doNothing())
    .returningAll()
    .execute();
  return inserted.map(toCompletion);
}

/** The completions of pairings (a pair, or a group's memberships): mentors first. */
export async function completionsOfPairings(db: Db, pairingIds: readonly number[]): Promise<Completion[]> {
  if (pairingIds.length === 0) return [];
  const rows = await db
    .selectFrom('completions')
    .selectAll()
    .where('pairing_id', 'in', pairingIds)
    .orderBy('role', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCompletion);
}

export const completionsOfPairing = (db: Db, pairingId: number) => completionsOfPairings(db, [pairingId]);

export async function findCompletion(db: Db, id: number): Promise<Completion | undefined> {
  const row = await db.selectFrom('completions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCompletion(row);
}

export async function markRoleGranted(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('completions')
    .set({ role_granted_at: now.toISOString() })
    .where('id', '=', id)
    .where('role_granted_at', 'is', null)
    .execute();
}

/** A member's completed programs in a server, newest first. */
export async function completedPrograms(db: Db, guildId: string, userId: string): Promise<CompletedProgram[]> {
  const rows = await db
    .selectFrom('completions')
    .innerJoin('programs', 'programs.id', 'completions.program_id')
    .select([
      'programs.name as programName',
      'completions.role',
      'completions.weeks',
      'completions.completed_at as completedAt',
    ])
    .where('completions.guild_id', '=', guildId)
    .where('completions.user_id', '=', userId)
    .orderBy('completions.completed_at', 'desc')
    .orderBy('completions.id', 'desc')
    .execute();
  return rows;
}

/** Forget-me: a member's completions in a server. */
export async function forgetCompletions(db: Db, guildId: string, userId: string): Promise<void> {
  await db.deleteFrom('completions').where('guild_id', '=', guildId).where('user_id', '=', userId).execute();
}
