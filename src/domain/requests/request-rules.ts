import type { Transaction } from 'kysely';
import type { DB, Db } from '../../db/schema.ts';
import type { Program } from '../programs/program.types.ts';
import type { Signup } from '../signups/signup.types.ts';
import { UserFacingError } from '../errors.ts';
import { countLivePairingsOfMentor, isBlocked, pairingsBetween } from '../pairings/pairing.repo.ts';
import { findSignup } from '../signups/signup.repo.ts';

/** Whether a mentor takes requests and suggestions now: open, or away with a return date passed. */
export function mentorAvailable(signup: Pick<Signup, 'availability' | 'awayUntil'>, now: Date): boolean {
  if (signup.availability === 'open') return true;
  return signup.availability === 'away' && signup.awayUntil !== null && Date.parse(signup.awayUntil) <= now.getTime();
}

/** Refuses the directory and requests in a program whose pairs only admins make. */
export function requireRequestMode(program: Program): void {
  if (program.matching === 'admin')
    throw new UserFacingError('error.requestsOff', { program: program.name, mode: program.matching });
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
}

/** The caller as a waiting mentee of the program, or a clear refusal. */
export async function waitingMentee(trx: Db, program: Program, userId: string): Promise<Signup> {
  const mentee = await findSignup(trx, program.id, userId);
  if (mentee?.role !== 'mentee' || mentee.status !== 'waiting')
    throw new UserFacingError('error.notWaitingMentee', { program: program.name });
  return mentee;
}

/** Whether a mentor has a place left and is available now. */
export async function mentorHasRoom(trx: Db, program: Program, mentor: Signup, now: Date): Promise<boolean> {
  if (mentor.role !== 'mentor' || !['waiting', 'paired'].includes(mentor.status)) return false;
  if (!mentorAvailable(mentor, now)) return false;
  return (await countLivePairingsOfMentor(trx, program.id, mentor.userId)) < program.mentorCapacity;
}

/**
 * Every rule a request must meet, checked up-front the way pairing checks them: not oneself,
 * no block either way (said neutrally: a request never reaches someone who blocked the
 * mentee), not paired before, mentee waiting, mentor with room and available.
 */
export async function checkRequestable(
  trx: Transaction<DB>,
  program: Program,
  menteeId: string,
  mentorId: string,
  now: Date,
): Promise<void> {
  requireRequestMode(program);
  if (menteeId === mentorId) throw new UserFacingError('error.selfRequest');
  await waitingMentee(trx, program, menteeId);
  const mentor = await findSignup(trx, program.id, mentorId);
  // Paired before is said first: said only to those not blocked, it would tell who blocked.
  if ((await pairingsBetween(trx, program.id, mentorId, menteeId)).length > 0)
    throw new UserFacingError('error.pairedBefore', { program: program.name });
  if (await isBlocked(trx, program.guildId, mentorId, menteeId))
    throw new UserFacingError('error.mentorUnavailable', { user: mentorId });
  if (!mentor || !(await mentorHasRoom(trx, program, mentor, now)))
    throw new UserFacingError('error.mentorUnavailable', { user: mentorId });
}
