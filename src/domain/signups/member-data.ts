import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Signup } from './signup.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { Actor } from '../actor.ts';
import { recordPairingEnd } from '../pairings/pairing-end-record.ts';
import { findGroup } from '../groups/group.repo.ts';
import { livePairingsOfMember } from '../pairings/pairing.repo.ts';
import { getProgram } from '../programs/program.repo.ts';
import { recordPanelRefresh } from '../programs/signup-panel.ts';
import { closeRequestsOfMember } from '../requests/request-close.ts';
import { deleteMeetingsOfMember } from '../meetings/meeting.repo.ts';
import { deleteRequestsOfMember } from '../requests/request.repo.ts';
import { blankRequestDmsOf } from '../requests/request-effects.ts';
import { deletePulseAnswersOfMember } from '../pulse/pulse.repo.ts';
import { forgetCompletions } from '../completions/completion.repo.ts';
import {
  deleteCheckinAnswersOfMember,
  deleteFeedbackOfMember,
  deleteGoalsOfMemberPairings,
  deleteSignupsOfMember,
  forgetMemberInUnreportedPairings,
  livePairingsOfMemberInProgram,
  programsSignedUpBy,
  signupsOfMember,
  waitingPlace,
} from './signup.repo.ts';

/*
 * What the bot keeps about a member across a server's programs: seeing it (/mentorship profile)
 * and erasing it (/mentorship forget). Joining and leaving a program are in signup.service.ts.
 */

export interface ProfileEntry {
  program: Program;
  signup: Signup;
  partners: string[];
  nextCheckinAt: string | null;
  /** When a pause of the member's check-ins ends, while one lasts. */
  pausedUntil: string | null;
  place: number | null;
}

/** Everything the member can see about themselves, program by program. */
export async function memberProfile(ctx: AppContext, actor: Actor): Promise<ProfileEntry[]> {
  const signups = await signupsOfMember(ctx.db, actor.guildId, actor.userId);
  return Promise.all(
    signups.map(async (signup) => {
      const program = await getProgram(ctx.db, signup.programId);
      const pairings = await livePairingsOfMemberInProgram(ctx.db, program.id, actor.userId);
      // A grouped pairing's next check-in is its group's.
      const groups = await Promise.all(
        pairings.map((p) => (p.groupId === null ? undefined : findGroup(ctx.db, p.groupId))),
      );
      const next =
        pairings
          .map((p, i) => groups[i]?.nextCheckinAt ?? p.nextCheckinAt)
          .filter((at): at is string => at !== null && at !== undefined)
          .sort()[0] ?? null;
      return {
        program,
        signup,
        partners: pairings.map((p) => (p.mentorId === actor.userId ? p.menteeId : p.mentorId)),
        nextCheckinAt: next,
        pausedUntil:
          pairings
            .map((p) => p.checkinsPausedUntil)
            .filter((until): until is string => until !== null && until > ctx.clock.now().toISOString())
            .sort()[0] ?? null,
        place: signup.status === 'waiting' && program.status !== 'ended' ? await waitingPlace(ctx.db, signup) : null,
      };
    }),
  );
}

/**
 * Erases the member from this server's mentorship data: sign-ups, answers, goals and meetings go, and
 * their pairings end (partners are told only that the pairing ended). Pairing rows keep the
 * member's id only where a report refers to the pairing; blocks and reports stay for safety.
 */
export async function forgetMember(ctx: AppContext, actor: Actor): Promise<{ endedPairs: number }> {
  const now = ctx.clock.now();
  const user = actor.userId;
  const ended = await transact(ctx.db, async (trx) => {
    const ended: Pairing[] = [];
    for (const { id } of await livePairingsOfMember(trx, { guildId: actor.guildId }, user)) {
      const pairing = await recordPairingEnd(trx, id, { actorId: user, reason: 'member-left', leaverId: user }, now);
      if (pairing) ended.push(pairing);
    }
    const programs = await programsSignedUpBy(trx, actor.guildId, user);
    for (const program of programs) await recordPanelRefresh(trx, program, now);
    await deleteGoalsOfMemberPairings(trx, actor.guildId, user);
    await deleteFeedbackOfMember(trx, actor.guildId, user);
    await deletePulseAnswersOfMember(trx, actor.guildId, user);
    await deleteCheckinAnswersOfMember(trx, actor.guildId, user);
    await deleteMeetingsOfMember(trx, actor.guildId, user);
    await closeRequestsOfMember(trx, actor.guildId, user, 'forgotten', now);
    await blankRequestDmsOf(trx, actor.guildId, user, now);
    await deleteRequestsOfMember(trx, actor.guildId, user);
    await deleteSignupsOfMember(trx, actor.guildId, user);
    await forgetMemberInUnreportedPairings(trx, actor.guildId, user);
    await forgetCompletions(trx, actor.guildId, user);
    return ended;
  });
  ctx.outbox.kick();
  return { endedPairs: ended.length };
}
