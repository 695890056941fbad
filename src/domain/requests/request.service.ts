import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { recordEffects } from '../outbox/effect.ts';
import { findProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { closeRequest, expireIfOverdue } from './request-close.ts';
import { requestDmEffect } from './request-effects.ts';
import { checkRequestable } from './request-rules.ts';
import { findRequest, insertRequest, openRequestsOf } from './request.repo.ts';
import { MAX_OPEN_REQUESTS, type MentorRequest } from './request.types.ts';

const DAY_MS = 86_400_000;

/** A program of the actor's server, or a stale button. */
export async function programOfServer(ctx: AppContext, guildId: string, programId: number): Promise<Program> {
  const program = await findProgram(ctx.db, programId);
  if (!program || program.guildId !== guildId) throw new UserFacingError('error.staleButton');
  return program;
}

/**
 * A mentee asks a mentor of the program. Every rule is checked inside the transaction, the
 * limit of open requests too, so two clicks at once cannot make one too many; the mentor is
 * told by DM (or sees it in /mentorship requests if DMs are closed).
 */
export async function sendRequest(
  ctx: AppContext,
  actor: Actor,
  programId: number,
  mentorId: string,
): Promise<{ request: MentorRequest; program: Program }> {
  const now = ctx.clock.now();
  const program = await programOfServer(ctx, actor.guildId, programId);
  const result = await transact(ctx.db, async (trx) => {
    const current = (await findProgram(trx, programId)) ?? program;
    await checkRequestable(trx, current, actor.userId, mentorId, now);
    const open: MentorRequest[] = [];
    for (const request of await openRequestsOf(trx, programId, 'mentee', actor.userId))
      if (!(await expireIfOverdue(trx, current, request, now))) open.push(request);
    if (open.some((r) => r.mentorId === mentorId))
      throw new UserFacingError('error.alreadyRequested', { user: mentorId });
    if (open.length >= MAX_OPEN_REQUESTS)
      throw new UserFacingError('error.tooManyRequests', { max: MAX_OPEN_REQUESTS });
    const request = await insertRequest(trx, {
      programId,
      guildId: current.guildId,
      menteeId: actor.userId,
      mentorId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + current.requestDays * DAY_MS).toISOString(),
    });
    await recordEffects(trx, now, [requestDmEffect(request)]);
    await recordAudit(trx, {
      guildId: current.guildId,
      actorId: actor.userId,
      action: 'request.create',
      target: `request:${request.id}`,
      details: { mentorId },
      at: now,
    });
    return { request, program: current };
  });
  ctx.outbox.kick();
  return result;
}

/** The request a button names, if the clicker is the side it belongs to and it is still open. */
export async function openRequestFor(
  ctx: AppContext,
  requestId: number,
  userId: string,
  side: 'mentor' | 'mentee',
): Promise<{ request: MentorRequest; program: Program }> {
  const request = await findRequest(ctx.db, requestId);
  if (!request) throw new UserFacingError('error.requestClosed');
  if ((side === 'mentor' ? request.mentorId : request.menteeId) !== userId)
    throw new UserFacingError('error.notYourButton');
  const program = await findProgram(ctx.db, request.programId);
  if (!program) throw new UserFacingError('error.requestClosed');
  return { request, program };
}

/** Refuses a request that is no longer open; one declined because the mentor is full says so. */
export function refuseClosed(request: MentorRequest): never {
  if (request.status === 'declined' && request.closeReason === 'full') throw new UserFacingError('error.noRoomLeft');
  if (request.status === 'declined' && request.closeReason === 'marked-full')
    throw new UserFacingError('error.markedFull');
  throw new UserFacingError('error.requestClosed');
}

/** The mentor declines: the mentee is told "not available this time", nothing more. */
export async function declineRequest(ctx: AppContext, userId: string, requestId: number): Promise<MentorRequest> {
  const { request, program } = await openRequestFor(ctx, requestId, userId, 'mentor');
  const now = ctx.clock.now();
  const expired = await transact(ctx.db, async (trx) => {
    if (await expireIfOverdue(trx, program, request, now)) return true;
    if (!(await closeRequest(trx, program, request, 'declined', null, now)))
      refuseClosed((await findRequest(trx, requestId)) ?? request);
    return false;
  });
  ctx.outbox.kick();
  if (expired) throw new UserFacingError('error.requestClosed');
  return request;
}

/** The mentee withdraws their request; the mentor is told and their DM updated. */
export async function withdrawRequest(ctx: AppContext, userId: string, requestId: number): Promise<MentorRequest> {
  const { request, program } = await openRequestFor(ctx, requestId, userId, 'mentee');
  const now = ctx.clock.now();
  const expired = await transact(ctx.db, async (trx) => {
    if (await expireIfOverdue(trx, program, request, now)) return true;
    if (!(await closeRequest(trx, program, request, 'withdrawn', 'mentee', now)))
      throw new UserFacingError('error.requestClosed');
    return false;
  });
  ctx.outbox.kick();
  if (expired) throw new UserFacingError('error.requestClosed');
  return request;
}
