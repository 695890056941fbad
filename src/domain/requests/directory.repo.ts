import type { Db } from '../../db/schema.ts';
import { toSignups } from '../signups/signup.repo.ts';
import type { Signup } from '../signups/signup.types.ts';

/** A program's mentors still taking part, in sign-up order. */
export function mentorsOfProgram(db: Db, programId: number): Promise<Signup[]> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('role', '=', 'mentor')
    .where('status', 'in', ['waiting', 'paired'])
    .orderBy('id')
    .execute()
    .then(toSignups);
}

/** Members a member may never meet through the bot: blocked by them, or who blocked them. */
export async function blockedEitherWay(db: Db, guildId: string, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('blocks')
    .select(['blocker_id', 'blocked_id'])
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
    .execute();
  return new Set(rows.map((row) => (row.blocker_id === userId ? row.blocked_id : row.blocker_id)));
}

/** The members a member was ever paired with in a program. */
export async function pairedBeforeIn(db: Db, programId: number, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('pairings')
    .select(['mentor_id', 'mentee_id'])
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]))
    .execute();
  return new Set(rows.map((row) => (row.mentor_id === userId ? row.mentee_id : row.mentor_id)));
}
