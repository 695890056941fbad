import { liveLoadOfMentors } from '../matching/matching.repo.ts';
import type { Transaction } from 'kysely';
import type { DB, RequestStatus } from '../../db/schema.ts';
import type { Program } from '../programs/program.types.ts';
import { countLivePairingsOfMentor } from '../pairings/pairing.repo.ts';
import { findProgram } from '../programs/program.repo.ts';
import { refreshRequestDm, tellAboutRequest } from './request-effects.ts';
import { closeRequestRow, openRequestsOf, openRequestsOfMember, openRequestsOfProgram } from './request.repo.ts';
import type { MentorRequest } from './request.types.ts';

type Closing = Exclude<RequestStatus, 'open' | 'accepted'>;

/** Which side hears of a closing, and what: never a reason, never who else. */
const told = {
  declined: { to: 'mentee', key: 'request.declinedMentee' },
  expired: { to: 'mentee', key: 'request.expiredMentee' },
  withdrawn: { to: 'mentor', key: 'request.withdrawnMentor' },
} as const;

/** Why a request closes when its program stops taking requests: ended, or pairs made by admins only. */
export const REQUESTS_OFF = 'requests-off';
const requestsOffTold = { to: 'mentee', key: 'request.requestsOffMentee' } as const;

/** Whether a program takes no requests now, so that none of its open ones can ever be accepted. */
export const takesNoRequests = (program: Program) => program.status === 'ended' || program.matching === 'admin';

/**
 * Closes an open request, tells the other side and updates the mentor's DM. False if it was
 * no longer open (answered or closed at the same moment).
 */
export async function closeRequest(
  trx: Transaction<DB>,
  program: Program,
  request: MentorRequest,
  status: Closing,
  reason: string | null,
  now: Date,
): Promise<boolean> {
  if (!(await closeRequestRow(trx, request.id, status, { at: now.toISOString(), reason }))) return false;
  const { to, key } = reason === REQUESTS_OFF ? requestsOffTold : told[status];
  await tellAboutRequest(trx, program, request, to, key, now);
  await refreshRequestDm(trx, request, now);
  return true;
}

/** Past its deadline: no longer open to an answer, whether or not the expiry job ran yet. */
export const overdue = (request: MentorRequest, now: Date) => Date.parse(request.expiresAt) <= now.getTime();

/**
 * True if the request is past its deadline; if it is still open, it expires now as the job
 * would expire it (the mentee told, the mentor's DM updated).
 */
export async function expireIfOverdue(
  trx: Transaction<DB>,
  program: Program,
  request: MentorRequest,
  now: Date,
): Promise<boolean> {
  if (!overdue(request, now)) return false;
  if (request.status === 'open') await closeRequest(trx, program, request, 'expired', null, now);
  return true;
}

/**
 * After a pairing: the mentee's other open requests are withdrawn (their mentors told), and a
 * mentor left with no room has their open requests declined (those mentees told).
 */
export async function closeRequestsAfterPairing(
  trx: Transaction<DB>,
  program: Program,
  pair: { mentorId: string; menteeId: string },
  now: Date,
): Promise<void> {
  for (const request of await openRequestsOf(trx, program.id, 'mentee', pair.menteeId))
    await closeRequest(trx, program, request, 'withdrawn', 'paired', now);
  if ((await countLivePairingsOfMentor(trx, program.id, pair.mentorId)) < program.mentorCapacity) return;
  for (const request of await openRequestsOf(trx, program.id, 'mentor', pair.mentorId))
    await closeRequest(trx, program, request, 'declined', 'full', now);
}

/** A program that stopped taking requests: its open ones close, each mentee told, each DM updated. */
export async function closeRequestsOfProgram(trx: Transaction<DB>, program: Program, now: Date): Promise<void> {
  for (const request of await openRequestsOfProgram(trx, program.id))
    await closeRequest(trx, program, request, 'declined', REQUESTS_OFF, now);
}

/**
 * After /program edit: matching by admins only closes every open request; a lower capacity
 * declines the open requests of mentors it leaves full, as a pairing that fills them does.
 */
export async function closeRequestsEditedOut(
  trx: Transaction<DB>,
  program: Program,
  capacityBefore: number,
  now: Date,
): Promise<void> {
  if (takesNoRequests(program)) return closeRequestsOfProgram(trx, program, now);
  if (program.mentorCapacity >= capacityBefore) return;
  for (const [mentorId, live] of await liveLoadOfMentors(trx, program.id))
    if (live >= program.mentorCapacity) await declineRequestsToMentor(trx, program, mentorId, 'full', now);
}

/** A mentor no longer taking requests in a program (full, away, left): theirs are declined. */
export async function declineRequestsToMentor(
  trx: Transaction<DB>,
  program: Program,
  mentorId: string,
  reason: string,
  now: Date,
): Promise<void> {
  for (const request of await openRequestsOf(trx, program.id, 'mentor', mentorId))
    await closeRequest(trx, program, request, 'declined', reason, now);
}

/**
 * A member leaving (a program, or the server's mentorship altogether): every open request of
 * theirs closes, the other side told neutrally. `programId` limits it to one program.
 */
export async function closeRequestsOfMember(
  trx: Transaction<DB>,
  guildId: string,
  userId: string,
  reason: string,
  now: Date,
  programId?: number,
): Promise<void> {
  const programs = new Map<number, Program | undefined>();
  for (const request of await openRequestsOfMember(trx, guildId, userId)) {
    if (programId !== undefined && request.programId !== programId) continue;
    if (!programs.has(request.programId)) programs.set(request.programId, await findProgram(trx, request.programId));
    const program = programs.get(request.programId);
    if (!program) continue;
    const status = request.menteeId === userId ? 'withdrawn' : 'declined';
    await closeRequest(trx, program, request, status, reason, now);
  }
}

/** A block between two members: any open request between them closes, neutrally. */
export async function closeRequestsBetween(
  trx: Transaction<DB>,
  guildId: string,
  blockerId: string,
  blockedId: string,
  now: Date,
): Promise<void> {
  for (const request of await openRequestsOfMember(trx, guildId, blockerId)) {
    const other = request.menteeId === blockerId ? request.mentorId : request.menteeId;
    if (other !== blockedId) continue;
    const program = await findProgram(trx, request.programId);
    if (!program) continue;
    await closeRequest(
      trx,
      program,
      request,
      request.menteeId === blockerId ? 'withdrawn' : 'declined',
      'blocked',
      now,
    );
  }
}
