import { transact } from '../../db/transact.ts';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from './pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { firstCheckinAt } from '../checkins/schedule.ts';
import { UserFacingError } from '../errors.ts';
import { recordEffects, type EffectRecord } from '../outbox/effect.ts';
import { joinGroup } from '../groups/group-join.ts';
import { findGroup } from '../groups/group.repo.ts';
import { findProgramByName, updateProgram } from '../programs/program.repo.ts';
import { findSignup } from '../signups/signup.repo.ts';
import {
  countLivePairingsOfMentor,
  findPairing,
  insertPairing,
  isBlocked,
  pairingsBetween,
  reactivatePairing,
} from './pairing.repo.ts';
import { programSchedule } from '../checkins/schedule.ts';
import { markSignupsPaired } from '../signups/signup-status.repo.ts';
import { pairThreadEffects, type PairThreadKeys } from './pair-thread.ts';
import { closeRequestsAfterPairing } from '../requests/request-close.ts';

export interface PairRequest {
  mentorId: string;
  menteeId: string;
}

/** A paused pairing whose thread was lost, which pairing the same two again brings back. */
const LOST_THREAD = ['thread-deleted', 'thread-unavailable'];

/**
 * Checks every pairing rule for the two members inside the caller's transaction. Returns a
 * paused pairing of theirs to bring back, if their thread was lost.
 */
async function checkPairable(
  trx: Transaction<DB>,
  program: Program,
  { mentorId, menteeId }: PairRequest,
): Promise<Pairing | null> {
  if (mentorId === menteeId) throw new UserFacingError('error.selfPair');
  if (await isBlocked(trx, program.guildId, mentorId, menteeId)) throw new UserFacingError('error.blocked');
  const earlier = await pairingsBetween(trx, program.id, mentorId, menteeId);
  const lost = earlier.find(
    (p) => p.status === 'paused' && LOST_THREAD.includes(p.pausedReason ?? '') && p.mentorId === mentorId,
  );
  if (lost) return lost;
  if (earlier.length > 0) throw new UserFacingError('error.pairedBefore', { program: program.name });
  const mentor = await findSignup(trx, program.id, mentorId);
  if (mentor?.role !== 'mentor' || !['waiting', 'paired'].includes(mentor.status)) {
    throw new UserFacingError('error.notSignedUpAs', { user: mentorId, program: program.name, role: 'mentor' });
  }
  const mentee = await findSignup(trx, program.id, menteeId);
  if (mentee?.role !== 'mentee' || !['waiting', 'paired'].includes(mentee.status)) {
    throw new UserFacingError('error.notSignedUpAs', { user: menteeId, program: program.name, role: 'mentee' });
  }
  if (mentee.status === 'paired')
    throw new UserFacingError('error.menteeAlreadyPaired', { user: menteeId, program: program.name });
  if ((await countLivePairingsOfMentor(trx, program.id, mentorId)) >= program.mentorCapacity) {
    throw new UserFacingError('error.mentorFull', {
      user: mentorId,
      program: program.name,
      capacity: program.mentorCapacity,
    });
  }
  return null;
}

export interface RecordedPairing {
  pairing: Pairing;
  /** The effects that make its thread, to follow their progress. */
  keys: PairThreadKeys;
}

/**
 * Records a pairing (or brings back one whose thread was lost) inside the caller's
 * transaction, after checking every rule again, with the effects that make its thread.
 */
export async function recordPairing(
  trx: Transaction<DB>,
  program: Program,
  request: PairRequest,
  actor: Actor,
  now: Date,
  details: Record<string, unknown> = {},
): Promise<RecordedPairing> {
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  const lost = await checkPairable(trx, program, request);
  if (lost && program.format === 'group') throw new UserFacingError('error.pairedBefore', { program: program.name });
  const { pairing, effects, keys } =
    program.format === 'group'
      ? await joinGroup(trx, program, request, actor, now)
      : await recordPair(trx, program, request, lost, actor, now);
  await markSignupsPaired(trx, program.id, [request.mentorId, request.menteeId], now.toISOString());
  // However the pair was made, the mentee's other requests close (and a full mentor's).
  await closeRequestsAfterPairing(trx, program, request, now);
  if (program.status !== 'running')
    await updateProgram(trx, program.id, { status: 'running', updatedAt: now.toISOString() });
  await recordAudit(trx, {
    guildId: program.guildId,
    actorId: actor.userId,
    action: lost ? 'pairing.recreate' : 'pairing.create',
    target: `pairing:${pairing.id}`,
    details: { ...request, ...details, ...(pairing.groupId === null ? {} : { groupId: pairing.groupId }) },
    at: now,
  });
  await recordEffects(trx, now, effects);
  return { pairing, keys };
}

/** A one-to-one pairing (or one whose thread was lost, brought back), with the effects that make its thread. */
async function recordPair(
  trx: Transaction<DB>,
  program: Program,
  request: PairRequest,
  lost: Pairing | null,
  actor: Actor,
  now: Date,
): Promise<{ pairing: Pairing; effects: EffectRecord[]; keys: PairThreadKeys }> {
  const next = firstCheckinAt(programSchedule(program), now).toISOString();
  const pairing = lost
    ? await reactivatePairing(trx, lost.id, next)
    : await insertPairing(trx, {
        programId: program.id,
        guildId: program.guildId,
        mentorId: request.mentorId,
        menteeId: request.menteeId,
        nextCheckinAt: next,
        status: 'active',
        createdBy: actor.userId,
        createdAt: now.toISOString(),
      });
  return { pairing, ...pairThreadEffects(program, pairing, now.getTime()) };
}

/** Where a pairing's thread stands: made with its welcome, refused (and why), or still under way. */
export type ThreadOutcome = { made: Pairing } | { refused: UserFacingError } | { pending: Pairing };

/**
 * Waits, up to `timeoutMs`, for a pairing's thread effects. A thread Discord would not make
 * has undone the pairing; a member who left has ended it; anything slower is finished by the
 * outbox in the background.
 */
export async function awaitThread(
  ctx: AppContext,
  program: Program,
  { pairing, keys }: RecordedPairing,
  timeoutMs: number,
): Promise<ThreadOutcome> {
  const settled = await ctx.outbox.settle([keys.thread, ...keys.members, keys.welcome], timeoutMs);
  const now = await asSeen(ctx, (await findPairing(ctx.db, pairing.id)) ?? pairing);
  const welcome = settled.get(keys.welcome)?.status;
  // A welcome Discord refused still leaves a made thread with both members in it.
  if (welcome === 'done' || welcome === 'failed') return { made: now };
  if (settled.get(keys.thread)?.status === 'failed')
    return { refused: new UserFacingError('error.cannotCreateThread', { channel: program.pairChannelId }) };
  const failed = keys.members.findIndex((key) => settled.get(key)?.status === 'failed');
  if (failed < 0) return { pending: now };
  if (now.status === 'ended')
    return {
      refused: new UserFacingError('error.memberLeft', { user: failed === 0 ? pairing.mentorId : pairing.menteeId }),
    };
  return { refused: new UserFacingError('error.cannotCreateThread', { channel: program.pairChannelId }) };
}

/** A group's membership as its members see it: in the group's thread, greeted by its welcome. */
async function asSeen(ctx: AppContext, pairing: Pairing): Promise<Pairing> {
  if (pairing.groupId === null) return pairing;
  const group = await findGroup(ctx.db, pairing.groupId);
  return { ...pairing, threadId: group?.threadId ?? null, welcomeMessageId: group?.welcomeMessageId ?? null };
}

/** Pairs a mentor with a mentee now, with the same rules as accepted suggestions. */
export async function pairMembers(
  ctx: AppContext,
  actor: Actor,
  request: PairRequest & { programName: string },
): Promise<Pairing> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const { recorded, program } = await transact(ctx.db, async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, request.programName);
    if (!program) throw new UserFacingError('error.unknownProgram');
    return { program, recorded: await recordPairing(trx, program, request, actor, now) };
  });
  const outcome = await awaitThread(ctx, program, recorded, PAIR_WAIT_MS);
  if ('refused' in outcome) throw outcome.refused;
  return 'made' in outcome ? outcome.made : outcome.pending;
}

/** How long /match pair waits for its thread before answering that it will be finished shortly. */
const PAIR_WAIT_MS = 10_000;
