import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { countLivePairingsOfMentor } from '../pairings/pairing.repo.ts';
import { awaitThread, recordPairing } from '../pairings/pairing.service.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import { findProgram } from '../programs/program.repo.ts';
import { openRequestFor, refuseClosed } from './request.service.ts';
import { closeRequestRow, findRequest, setRequestPairing } from './request.repo.ts';
import { refreshRequestDm } from './request-effects.ts';
import { closeRequest, expireIfOverdue, REQUESTS_OFF, takesNoRequests } from './request-close.ts';
import { findSignup } from '../signups/signup.repo.ts';
import type { Program } from '../programs/program.types.ts';
import type { MentorRequest } from './request.types.ts';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** How long an Accept waits for the pair's thread before saying it will be ready shortly. */
const ACCEPT_WAIT_MS = 10_000;

/**
 * True if the request can never be accepted, which closes it: its program takes no requests
 * any more (mentee told so), or its mentor no longer takes part (declined, neutrally).
 */
async function closeIfNeverAcceptable(
  trx: Transaction<DB>,
  program: Program,
  request: MentorRequest,
  now: Date,
): Promise<boolean> {
  if (takesNoRequests(program)) return closeRequest(trx, program, request, 'declined', REQUESTS_OFF, now);
  const mentor = await findSignup(trx, program.id, request.mentorId);
  if (mentor?.role === 'mentor' && ['waiting', 'paired'].includes(mentor.status)) return false;
  return closeRequest(trx, program, request, 'declined', 'left', now);
}

/**
 * The mentor accepts: the pairing is made through exactly the path /match pair takes
 * (recordPairing, then awaitThread), in the transaction that moves the request from open to
 * accepted by a conditional update. A second click, or a second request accepted at the same
 * instant with one place left, finds the request closed or the mentor full: one pairing.
 */
export async function acceptRequest(
  ctx: AppContext,
  userId: string,
  locale: string,
  requestId: number,
): Promise<Pairing> {
  const { request } = await openRequestFor(ctx, requestId, userId, 'mentor');
  const now = ctx.clock.now();
  const result = await transact(ctx.db, async (trx) => {
    const current = await findRequest(trx, requestId);
    const program = await findProgram(trx, request.programId);
    if (!current || !program) throw new UserFacingError('error.requestClosed');
    if (current.status !== 'open') refuseClosed(current);
    if (await expireIfOverdue(trx, program, current, now)) return null;
    if (await closeIfNeverAcceptable(trx, program, current, now)) return null;
    if ((await countLivePairingsOfMentor(trx, program.id, userId)) >= program.mentorCapacity)
      throw new UserFacingError('error.noRoomLeft');
    if (!(await closeRequestRow(trx, requestId, 'accepted', { at: now.toISOString() })))
      throw new UserFacingError('error.requestClosed');
    const actor: Actor = {
      userId,
      guildId: program.guildId,
      locale,
      guildLocale: program.locale,
      roleIds: [],
      canManageGuild: false,
      canModerateMembers: false,
    };
    const pair = { mentorId: request.mentorId, menteeId: request.menteeId };
    const recorded = await recordPairing(trx, program, pair, actor, now, { via: 'request', requestId });
    await setRequestPairing(trx, requestId, recorded.pairing.id);
    await refreshRequestDm(trx, current, now);
    return { recorded, program };
  });
  if (!result) {
    ctx.outbox.kick();
    throw new UserFacingError('error.requestClosed');
  }
  const { recorded, program } = result;
  const outcome = await awaitThread(ctx, program, recorded, ACCEPT_WAIT_MS);
  if ('refused' in outcome) throw outcome.refused;
  return 'made' in outcome ? outcome.made : outcome.pending;
}
