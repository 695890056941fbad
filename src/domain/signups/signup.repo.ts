import type { Kysely, Transaction } from 'kysely';
import type { DB, Role, Signup, SignupStatus } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function findSignup(db: Db, programId: number, userId: string): Promise<Signup | undefined> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function countSignups(db: Db, programId: number): Promise<Record<Role, number>> {
  const rows = await db
    .selectFrom('signups')
    .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .where('status', 'in', ['waiting', 'paired'])
    .groupBy('role')
    .execute();
  const counts: Record<Role, number> = { mentor: 0, mentee: 0 };
  for (const row of rows) counts[row.role] = Number(row.n);
  return counts;
}

export async function setSignupStatus(
  db: Db,
  programId: number,
  userIds: string[],
  status: SignupStatus,
  at: Date,
): Promise<void> {
  await db
    .updateTable('signups')
    .set({ status, updated_at: at.toISOString() })
    .where('program_id', '=', programId)
    .where('user_id', 'in', userIds)
    .execute();
}

/** 1-based place of a waiting sign-up among the waiting sign-ups of its role, oldest first. */
export async function waitingPlace(db: Db, signup: Signup): Promise<number> {
  const row = await db
    .selectFrom('signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', signup.program_id)
    .where('role', '=', signup.role)
    .where('status', '=', 'waiting')
    .where('id', '<=', signup.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many wait in a program, mentors and mentees together. */
export async function countWaiting(db: Db, programId: number): Promise<number> {
  const row = await db
    .selectFrom('signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
