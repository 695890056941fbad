import { sql } from 'kysely';
import { toPairings } from '../pairings/pairing.repo.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Availability, Db, Role, SignupRow, SignupStatus } from '../../db/schema.ts';
import type { NewSignup, Signup, SignupAnswers } from './signup.types.ts';

export function toSignup(row: SignupRow): Signup {
  return {
    id: row.id,
    programId: row.program_id,
    guildId: row.guild_id,
    userId: row.user_id,
    role: row.role,
    topics: row.topics,
    goals: row.goals,
    timezone: row.timezone,
    availableHours: row.available_hours,
    adultAttestedAt: row.adult_attested_at,
    status: row.status,
    priority: row.priority === 1,
    availability: row.availability,
    awayUntil: row.away_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const toSignups = (rows: SignupRow[]): Signup[] => rows.map(toSignup);

function answerColumns(answers: SignupAnswers) {
  return {
    role: answers.role,
    topics: answers.topics,
    goals: answers.goals,
    timezone: answers.timezone,
    available_hours: answers.availableHours,
    adult_attested_at: answers.adultAttestedAt,
    status: answers.status,
    updated_at: answers.updatedAt,
  };
}

export function findSignup(db: Db, programId: number, userId: string): Promise<Signup | undefined> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
    .then((row) => row && toSignup(row));
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
    .where('program_id', '=', signup.programId)
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

/** Sign-up counts of a program for each role and status, withdrawn and removed included. */
export function countSignupsByRoleAndStatus(db: Db, programId: number) {
  return db
    .selectFrom('signups')
    .select(['role', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .groupBy(['role', 'status'])
    .execute();
}

/** The waiting sign-ups of a program, oldest first. */
export function waitingSignups(db: Db, programId: number): Promise<Signup[]> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('status', '=', 'waiting')
    .orderBy('id')
    .execute()
    .then(toSignups);
}

/** The member's sign-ups in a server, oldest first. */
export function signupsOfMember(db: Db, guildId: string, userId: string): Promise<Signup[]> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute()
    .then(toSignups);
}

/** The programs (id and server) the member signed up to in a server. */
export function programsSignedUpBy(
  db: Db,
  guildId: string,
  userId: string,
): Promise<{ id: number; guildId: string }[]> {
  return db
    .selectFrom('signups')
    .select(['program_id as id', 'guild_id as guildId'])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .execute();
}

export function insertSignup(db: Db, signup: NewSignup): Promise<Signup> {
  return db
    .insertInto('signups')
    .values({
      ...answerColumns(signup),
      program_id: signup.programId,
      guild_id: signup.guildId,
      user_id: signup.userId,
      created_at: signup.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toSignup);
}

/** A withdrawn member signs up again with new answers. */
export function updateSignup(db: Db, id: number, answers: SignupAnswers): Promise<Signup> {
  return db
    .updateTable('signups')
    .set(answerColumns(answers))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toSignup);
}

export async function withdrawSignup(db: Db, id: number, at: Date): Promise<void> {
  await db
    .updateTable('signups')
    .set({ status: 'withdrawn', updated_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** A mentor's availability, and when an `away` ends (null: no date). */
export async function setSignupAvailability(
  db: Db,
  id: number,
  availability: Availability,
  awayUntil: string | null,
): Promise<void> {
  await db.updateTable('signups').set({ availability, away_until: awayUntil }).where('id', '=', id).execute();
}

/** The member's pairings in a program that have not ended. */
export function livePairingsOfMemberInProgram(db: Db, programId: number, userId: string): Promise<Pairing[]> {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('program_id', '=', programId)
    .where('status', '<>', 'ended')
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]))
    .execute()
    .then(toPairings);
}

/** Ids of every pairing of the member in a server, ended or not, as a subquery. */
function pairingIdsOfMember(db: Db, guildId: string, userId: string) {
  return db
    .selectFrom('pairings')
    .select('id')
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]));
}

/** Deletes the goals of every pairing of the member in a server. */
export async function deleteGoalsOfMemberPairings(db: Db, guildId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('goals')
    .where('pairing_id', 'in', pairingIdsOfMember(db, guildId, userId))
    .execute();
}

/** Deletes the feedback the member gave on their pairings in a server. */
export async function deleteFeedbackOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('pairing_feedback')
    .where('pairing_id', 'in', pairingIdsOfMember(db, guildId, userId))
    .where('user_id', '=', userId)
    .execute();
}

/** Deletes the member's check-in answers in their pairings of a server. */
export async function deleteCheckinAnswersOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('checkin_answers')
    .where('user_id', '=', userId)
    .where(
      'checkin_id',
      'in',
      db
        .selectFrom('checkins')
        .select('checkins.id')
        .where('checkins.pairing_id', 'in', pairingIdsOfMember(db, guildId, userId)),
    )
    .execute();
}

/** Deletes the member's sign-ups in a server. */
export async function deleteSignupsOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  await db.deleteFrom('signups').where('guild_id', '=', guildId).where('user_id', '=', userId).execute();
}

/**
 * Replaces the member's id in their pairings of a server (as mentor, mentee, or who ended it) with
 * a placeholder, except in pairings a report refers to.
 */
export async function forgetMemberInUnreportedPairings(db: Db, guildId: string, userId: string): Promise<void> {
  const reported = db
    .selectFrom('reports')
    .select('pairing_id')
    .where('pairing_id', 'is not', null)
    .$narrowType<{ pairing_id: number }>();
  for (const column of ['mentor_id', 'mentee_id', 'ended_by'] as const) {
    await db
      .updateTable('pairings')
      .set({ [column]: sql<string>`${`forgotten-${column}-`} || cast(id as text)` })
      .where('guild_id', '=', guildId)
      .where(column, '=', userId)
      .where('id', 'not in', reported)
      .execute();
  }
}
