import type { Db } from '../../db/schema.ts';

/** Rows per query: a large program is read in pages, never all at once. */
export const EXPORT_PAGE = 500;

/** A page of a program's pairings (group memberships included), in id order after `afterId`. */
export function pairingsPage(db: Db, programId: number, afterId: number) {
  return db
    .selectFrom('pairings')
    .select([
      'id',
      'group_id as groupId',
      'mentor_id as mentorId',
      'mentee_id as menteeId',
      'status',
      'ended_by as endedBy',
      'end_reason as endReason',
      'ended_at as endedAt',
    ])
    .where('program_id', '=', programId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(EXPORT_PAGE)
    .execute();
}

/** Per pairing: posted check-ins (weeks done), answers given, and the latest answer's time. */
export function checkinTotalsOf(db: Db, pairingIds: readonly number[]) {
  return db
    .selectFrom('checkins')
    .leftJoin('checkin_answers', 'checkin_answers.checkin_id', 'checkins.id')
    .select((eb) => [
      'checkins.pairing_id as pairingId',
      eb.fn.count<number>('checkins.id').distinct().as('posted'),
      eb.fn.count<number>('checkin_answers.status').as('answers'),
      eb.fn.max('checkin_answers.answered_at').as('lastAnswerAt'),
    ])
    .where('checkins.pairing_id', 'in', pairingIds)
    .where('checkins.status', '=', 'posted')
    .where('checkins.kind', '=', 'prompt')
    .groupBy('checkins.pairing_id')
    .execute();
}

/** The end ratings given in these pairings (never the written feedback). */
export async function ratingsOf(db: Db, pairingIds: readonly number[]) {
  const given = await db
    .selectFrom('pairing_feedback')
    .select(['pairing_id as pairingId', 'user_id as userId', 'rating'])
    .where('pairing_id', 'in', pairingIds)
    .where('rating', 'is not', null)
    .execute();
  const closing = await db
    .selectFrom('pulse_answers')
    .select(['pairing_id as pairingId', 'user_id as userId', 'score as rating'])
    .where('pairing_id', 'in', pairingIds)
    .where('kind', '=', 'closing')
    .execute();
  // A member's closing form is their end rating; one given on /mentorship end too counts once (as in /program stats).
  const byMember = new Map<string, { pairingId: number; rating: number | null }>();
  for (const row of [...given, ...closing]) byMember.set(`${row.pairingId}:${row.userId}`, row);
  return [...byMember.values()];
}

/** A page of a program's sign-ups, in id order after `afterId` (never their goals). */
export function signupsPage(db: Db, programId: number, afterId: number) {
  return db
    .selectFrom('signups')
    .select(['id', 'user_id as userId', 'role', 'topics', 'status', 'availability', 'created_at as createdAt'])
    .where('program_id', '=', programId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(EXPORT_PAGE)
    .execute();
}

/**
 * The people still signed up to a program, once each: only they are named in exports. Someone who
 * used forget-me but is kept by id in a reported pairing is never looked up.
 */
export async function peopleOfProgram(db: Db, programId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('signups')
    .select('user_id as id')
    .where('program_id', '=', programId)
    .distinct()
    .execute();
  return rows.map((row) => row.id);
}

/** Per week: the check-in prompts posted (one per pair or group membership). */
export function weeklyPrompts(db: Db, programId: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .select((eb) => ['checkins.week', eb.fn.countAll<number>().as('n')])
    .where('pairings.program_id', '=', programId)
    .where('checkins.status', '=', 'posted')
    .where('checkins.kind', '=', 'prompt')
    .groupBy('checkins.week')
    .execute();
}

/** Per week and status: the answers to those prompts. */
export function weeklyAnswers(db: Db, programId: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .innerJoin('checkin_answers', 'checkin_answers.checkin_id', 'checkins.id')
    .select((eb) => ['checkins.week', 'checkin_answers.status', eb.fn.countAll<number>().as('n')])
    .where('pairings.program_id', '=', programId)
    .where('checkins.status', '=', 'posted')
    .where('checkins.kind', '=', 'prompt')
    .groupBy(['checkins.week', 'checkin_answers.status'])
    .execute();
}

/** Report counts by status and outcome (never their text, reasons or notes). */
export function reportCounts(db: Db, programId: number) {
  return db
    .selectFrom('reports')
    .select((eb) => ['status', 'outcome', eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .groupBy(['status', 'outcome'])
    .orderBy('status')
    .orderBy('outcome')
    .execute();
}
