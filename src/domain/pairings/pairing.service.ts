import type { AppContext } from '../../context.ts';
import type { Pairing, Program } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { firstCheckinAt } from '../checkins/schedule.ts';
import { ChannelUnavailableError, UserFacingError } from '../errors.ts';
import { findProgramByName } from '../programs/program.repo.ts';
import { findSignup, setSignupStatus } from '../signups/signup.repo.ts';
import { countLivePairingsOfMentor, isBlocked, pairingsBetween, pairingsWithUnfinishedThreads } from './pairing.repo.ts';
import { ensurePairThread, programSchedule } from './pair-thread.ts';

export interface PairRequest {
  programName: string;
  mentorId: string;
  menteeId: string;
}

/** Checks every pairing rule for the two members, inside the caller's transaction. */
async function assertPairable(trx: Parameters<typeof findSignup>[0], program: Program, mentorId: string, menteeId: string): Promise<void> {
  if (mentorId === menteeId) throw new UserFacingError('error.selfPair');
  const mentor = await findSignup(trx, program.id, mentorId);
  if (mentor?.role !== 'mentor' || !['waiting', 'paired'].includes(mentor.status)) {
    throw new UserFacingError('error.notSignedUpAs', { user: mentorId, program: program.name, role: 'mentor' });
  }
  const mentee = await findSignup(trx, program.id, menteeId);
  if (mentee?.role !== 'mentee' || !['waiting', 'paired'].includes(mentee.status)) {
    throw new UserFacingError('error.notSignedUpAs', { user: menteeId, program: program.name, role: 'mentee' });
  }
  if (mentee.status === 'paired') throw new UserFacingError('error.menteeAlreadyPaired', { user: menteeId, program: program.name });
  if (await isBlocked(trx, program.guild_id, mentorId, menteeId)) throw new UserFacingError('error.blocked');
  if ((await pairingsBetween(trx, program.id, mentorId, menteeId)).length > 0) throw new UserFacingError('error.pairedBefore', { program: program.name });
  if ((await countLivePairingsOfMentor(trx, program.id, mentorId)) >= program.mentor_capacity) {
    throw new UserFacingError('error.mentorFull', { user: mentorId, program: program.name, capacity: program.mentor_capacity });
  }
}

/**
 * Pairs a mentor with a mentee and sets up their private thread. The pairing is recorded
 * first; if Discord will not make the thread, the pairing is undone and the admin told.
 */
export async function pairMembers(ctx: AppContext, actor: Actor, request: PairRequest): Promise<Pairing> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const { pairing, program } = await ctx.db.transaction().execute(async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, request.programName);
    if (!program) throw new UserFacingError('error.unknownProgram');
    if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
    await assertPairable(trx, program, request.mentorId, request.menteeId);
    const pairing = await trx
      .insertInto('pairings')
      .values({
        program_id: program.id,
        guild_id: program.guild_id,
        mentor_id: request.mentorId,
        mentee_id: request.menteeId,
        next_checkin_at: firstCheckinAt(programSchedule(program), now).toISOString(),
        status: 'active',
        created_by: actor.userId,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await setSignupStatus(trx, program.id, [request.mentorId, request.menteeId], 'paired', now);
    if (program.status !== 'running') {
      await trx.updateTable('programs').set({ status: 'running', updated_at: now.toISOString() }).where('id', '=', program.id).execute();
    }
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'pairing.create', target: `pairing:${pairing.id}`, details: { ...request }, at: now });
    return { pairing, program };
  });

  try {
    return await ensurePairThread(ctx, pairing.id);
  } catch (error) {
    if (error instanceof ChannelUnavailableError) {
      await undoPairing(ctx, pairing, program);
      throw new UserFacingError('error.cannotCreateThread', { channel: program.pair_channel_id });
    }
    // Discord did not answer clearly: the pairing stands, and the next tick finishes its thread.
    ctx.log.warn('pairing.thread_deferred', { pairingId: pairing.id, error: String(error) });
    return pairing;
  }
}

async function undoPairing(ctx: AppContext, pairing: Pairing, program: Program): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('pairings').where('id', '=', pairing.id).execute();
    await setSignupStatus(trx, program.id, [pairing.mentee_id], 'waiting', ctx.clock.now());
    const mentorStillPaired = await countLivePairingsOfMentor(trx, program.id, pairing.mentor_id);
    if (mentorStillPaired === 0) await setSignupStatus(trx, program.id, [pairing.mentor_id], 'waiting', ctx.clock.now());
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
      if (!(error instanceof ChannelUnavailableError)) throw error;
      await pausePairing(ctx, pairing.id, 'thread-unavailable');
    }
  }
  return pending.length;
}

export async function pausePairing(ctx: AppContext, pairingId: number, reason: string): Promise<void> {
  await ctx.db.updateTable('pairings').set({ status: 'paused', paused_reason: reason }).where('id', '=', pairingId).where('status', '=', 'active').execute();
  ctx.log.warn('pairing.paused', { pairingId, reason });
}
