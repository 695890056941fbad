import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Signup, SignupAnswers } from './signup.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { partnerNotice } from '../pairings/partner-notice.ts';
import { recordPairingEnd } from '../pairings/pairing-end-record.ts';
import { livePairingsOfMember } from '../pairings/pairing.repo.ts';
import { findProgramByName, findProgram } from '../programs/program.repo.ts';
import { recordPanelRefresh } from '../programs/signup-panel.ts';
import { parseInput } from '../validate.ts';
import { joinSchema, type JoinInput } from './signup.input.ts';
import { findSignup, insertSignup, updateSignup, waitingPlace, withdrawSignup } from './signup.repo.ts';
import { closeRequestsOfMember } from '../requests/request-close.ts';

export interface JoinResult {
  program: Program;
  signup: Signup;
  place: number;
}

/**
 * Signs the actor up to a program as mentor or mentee. One sign-up per member and program;
 * a member who withdrew may sign up again.
 */
export async function joinProgram(
  ctx: AppContext,
  actor: Actor,
  program: { name: string } | { id: number },
  raw: JoinInput,
): Promise<JoinResult> {
  const input = parseInput(joinSchema, raw);
  const now = ctx.clock.now().toISOString();
  const result = await transact(ctx.db, async (trx) => {
    const found =
      'id' in program ? await findProgram(trx, program.id) : await findProgramByName(trx, actor.guildId, program.name);
    if (!found || found.guildId !== actor.guildId) throw new UserFacingError('error.unknownProgram');
    if (found.status === 'ended') throw new UserFacingError('error.programEnded', { program: found.name });
    if (!found.signupsOpen) throw new UserFacingError('error.signupsClosed', { program: found.name });

    const existing = await findSignup(trx, found.id, actor.userId);
    if (existing?.status === 'removed') throw new UserFacingError('error.removedFromProgram', { program: found.name });
    if (existing && existing.status !== 'withdrawn') {
      throw new UserFacingError('error.alreadySignedUp', { program: found.name, role: existing.role });
    }
    const values: SignupAnswers = {
      role: input.role,
      topics: JSON.stringify(input.topics),
      goals: input.goals,
      timezone: input.timezone,
      availableHours: input.availableHours,
      adultAttestedAt: now,
      status: 'waiting',
      updatedAt: now,
    };
    const signup = existing
      ? await updateSignup(trx, existing.id, values)
      : await insertSignup(trx, {
          ...values,
          programId: found.id,
          guildId: actor.guildId,
          userId: actor.userId,
          createdAt: now,
        });
    await recordPanelRefresh(trx, found, ctx.clock.now());
    return { program: found, signup, place: await waitingPlace(trx, signup) };
  });
  ctx.outbox.kick();
  return result;
}

export function signupTopics(signup: Signup): string[] {
  return JSON.parse(signup.topics) as string[];
}

/** The program a Join button names, if it is this server's and takes sign-ups now. */
export async function programTakingSignups(ctx: AppContext, actor: Actor, programId: number): Promise<Program> {
  const program = await findProgram(ctx.db, programId);
  if (!program || program.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  if (!program.signupsOpen || program.status === 'ended')
    throw new UserFacingError('error.signupsClosed', { program: program.name });
  return program;
}

/** Leaves a program: the sign-up is withdrawn and any pairing ends, its partner told neutrally. */
export async function leaveProgram(
  ctx: AppContext,
  actor: Actor,
  name: string,
): Promise<{ program: Program; endedPairs: number }> {
  const now = ctx.clock.now();
  const { program, ended } = await transact(ctx.db, async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, name);
    if (!program) throw new UserFacingError('error.unknownProgram');
    const signup = await findSignup(trx, program.id, actor.userId);
    if (!signup || (signup.status !== 'waiting' && signup.status !== 'paired'))
      throw new UserFacingError('error.notSignedUp', { program: program.name });
    await withdrawSignup(trx, signup.id, now);
    await closeRequestsOfMember(trx, actor.guildId, actor.userId, 'left', now, program.id);
    const ended: Pairing[] = [];
    const notice = (p: Program, pairing: Pairing) => partnerNotice(p, pairing, actor.userId, 'partner.left');
    for (const { id } of await livePairingsOfMember(
      trx,
      { guildId: actor.guildId, programId: program.id },
      actor.userId,
    )) {
      const pairing = await recordPairingEnd(
        trx,
        id,
        { actorId: actor.userId, reason: 'member-left', leaverId: actor.userId, notice },
        now,
      );
      if (pairing) ended.push(pairing);
    }
    await recordPanelRefresh(trx, program, now);
    return { program, ended };
  });
  ctx.outbox.kick();
  return { program, endedPairs: ended.length };
}
