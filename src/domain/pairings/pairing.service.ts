import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB, Pairing, Program } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { firstCheckinAt } from '../checkins/schedule.ts';
import { ChannelUnavailableError, MemberGoneError, UserFacingError } from '../errors.ts';
import { memberGone } from './pairing-close.ts';
import { findProgramByName } from '../programs/program.repo.ts';
import { findSignup, setSignupStatus } from '../signups/signup.repo.ts';
import { countLivePairingsOfMentor, isBlocked, pairingsBetween, pairingsWithUnfinishedThreads } from './pairing.repo.ts';
import { ensurePairThread, programSchedule } from './pair-thread.ts';

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
async function checkPairable(trx: Transaction<DB>, program: Program, { mentorId, menteeId }: PairRequest): Promise<Pairing | null> {
  if (mentorId === menteeId) throw new UserFacingError('error.selfPair');
  if (await isBlocked(trx, program.guild_id, mentorId, menteeId)) throw new UserFacingError('error.blocked');
  const earlier = await pairingsBetween(trx, program.id, mentorId, menteeId);
  const lost = earlier.find((p) => p.status === 'paused' && LOST_THREAD.includes(p.paused_reason ?? '') && p.mentor_id === mentorId);
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
  if (mentee.status === 'paired') throw new UserFacingError('error.menteeAlreadyPaired', { user: menteeId, program: program.name });
  if ((await countLivePairingsOfMentor(trx, program.id, mentorId)) >= program.mentor_capacity) {
    throw new UserFacingError('error.mentorFull', { user: mentorId, program: program.name, capacity: program.mentor_capacity });
  }
  return null;
}

/**
 * Records a pairing (or brings back one whose thread was lost) inside the caller's
 * transaction, after checking every rule again. The thread is made afterwards.
 */
export async function recordPairing(trx: Transaction<DB>, program: Program, request: PairRequest, actor: Actor, now: Date, details: Record<string, unknown> = {}): Promise<Pairing> {
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  const lost = await checkPairable(trx, program, request);
  const next = firstCheckinAt(programSchedule(program), now).toISOString();
  const pairing = lost
    ? await trx
        .updateTable('pairings')
        .set({ status: 'active', paused_reason: null, thread_id: null, welcome_message_id: null, next_checkin_at: next })
        .where('id', '=', lost.id)
        .returningAll()
        .executeTakeFirstOrThrow()
    : await trx
        .insertInto('pairings')
        .values({ program_id: program.id, guild_id: program.guild_id, mentor_id: request.mentorId, mentee_id: request.menteeId, next_checkin_at: next, status: 'active', created_by: actor.userId, created_at: now.toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
  await trx
    .updateTable('signups')
    .set({ status: 'paired', priority: 0, updated_at: now.toISOString() })
    .where('program_id', '=', program.id)
    .where('user_id', 'in', [request.mentorId, request.menteeId])
    .execute();
  if (program.status !== 'running') {
    await trx.updateTable('programs').set({ status: 'running', updated_at: now.toISOString() }).where('id', '=', program.id).execute();
  }
  await recordAudit(trx, { guildId: program.guild_id, actorId: actor.userId, action: lost ? 'pairing.recreate' : 'pairing.create', target: `pairing:${pairing.id}`, details: { ...request, ...details }, at: now });
  return pairing;
}

/**
 * Makes the pairing's thread. If Discord refuses the pair channel, the pairing is undone and
 * the refusal returned; if it does not answer clearly, the next tick finishes the thread.
 */
export async function setUpThread(ctx: AppContext, pairing: Pairing, program: Program): Promise<Pairing> {
  try {
    return await ensurePairThread(ctx, pairing.id);
  } catch (error) {
    if (error instanceof ChannelUnavailableError) {
      await undoPairing(ctx, pairing, program);
      throw new UserFacingError('error.cannotCreateThread', { channel: program.pair_channel_id });
    }
    if (error instanceof MemberGoneError) {
      await memberGone(ctx, error.guildId, error.userId);
      throw new UserFacingError('error.memberLeft', { user: error.userId });
    }
    ctx.log.warn('pairing.thread_deferred', { pairingId: pairing.id, error: String(error) });
    return pairing;
  }
}

/** Pairs a mentor with a mentee now, with the same rules as accepted suggestions. */
export async function pairMembers(ctx: AppContext, actor: Actor, request: PairRequest & { programName: string }): Promise<Pairing> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const { pairing, program } = await ctx.db.transaction().execute(async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, request.programName);
    if (!program) throw new UserFacingError('error.unknownProgram');
    return { program, pairing: await recordPairing(trx, program, request, actor, now) };
  });
  return setUpThread(ctx, pairing, program);
}

async function undoPairing(ctx: AppContext, pairing: Pairing, program: Program): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('pairings').where('id', '=', pairing.id).execute();
    await setSignupStatus(trx, program.id, [pairing.mentee_id], 'waiting', ctx.clock.now());
    if ((await countLivePairingsOfMentor(trx, program.id, pairing.mentor_id)) === 0) await setSignupStatus(trx, program.id, [pairing.mentor_id], 'waiting', ctx.clock.now());
  });
}

/**
 * Finishes the threads of pairings cut short by a crash. A thread Discord no longer allows
 * pauses its pairing instead of being retried forever.
 */
export async function resumeUnfinishedThreads(ctx: AppContext): Promise<number> {
  const pending = await pairingsWithUnfinishedThreads(ctx.db);
  for (const pairing of pending) {
    try {
      await ensurePairThread(ctx, pairing.id);
    } catch (error) {
      if (error instanceof MemberGoneError) await memberGone(ctx, error.guildId, error.userId);
      else if (error instanceof ChannelUnavailableError) await pausePairing(ctx, pairing.id, 'thread-unavailable');
      else throw error;
    }
  }
  return pending.length;
}

export async function pausePairing(ctx: AppContext, pairingId: number, reason: string): Promise<void> {
  await ctx.db.updateTable('pairings').set({ status: 'paused', paused_reason: reason }).where('id', '=', pairingId).where('status', '=', 'active').execute();
  ctx.log.warn('pairing.paused', { pairingId, reason });
}
