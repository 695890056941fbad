import type { Db } from '../../db/schema.ts';

/** How pairing and its end move sign-ups: paired, back to waiting, first in line, withdrawn. */

/** The members' sign-ups in a program are marked paired, priority spent. */
export async function markSignupsPaired(db: Db, programId: number, userIds: string[], at: string): Promise<void> {
  await db
    .updateTable('signups')
    .set({ status: 'paired', priority: 0, updated_at: at })
    .where('program_id', '=', programId)
    .where('user_id', 'in', userIds)
    .execute();
}

/** The members' sign-ups in a program that are paired go back to waiting. */
export async function returnSignupsToWaiting(db: Db, programId: number, userIds: string[], at: string): Promise<void> {
  await db
    .updateTable('signups')
    .set({ status: 'waiting', updated_at: at })
    .where('program_id', '=', programId)
    .where('user_id', 'in', userIds)
    .where('status', '=', 'paired')
    .execute();
}

/** A member's sign-up in a program, if waiting, goes first in the next suggestion. */
export async function prioritiseWaitingSignup(db: Db, programId: number, userId: string): Promise<void> {
  await db
    .updateTable('signups')
    .set({ priority: 1 })
    .where('program_id', '=', programId)
    .where('user_id', '=', userId)
    .where('status', '=', 'waiting')
    .execute();
}

/** A member's waiting or paired sign-ups in a server are withdrawn. */
export async function withdrawSignupsOfMember(db: Db, guildId: string, userId: string, at: string): Promise<void> {
  await db
    .updateTable('signups')
    .set({ status: 'withdrawn', updated_at: at })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('status', 'in', ['waiting', 'paired'])
    .execute();
}
