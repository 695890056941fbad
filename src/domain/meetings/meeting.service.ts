import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import type { Db } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findGroupByThread } from '../groups/group.repo.ts';
import { pairingOfMember, requireOneOfPair } from '../pairings/pair-member.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import { getProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { findSignup } from '../signups/signup.repo.ts';
import { formatHourRange, hoursOf } from './available-hours.ts';
import { recordEffects } from '../outbox/effect.ts';
import { meetingConfirmedEffect } from './meeting-confirmed.ts';
import { violatedConstraint } from '../../db/constraint.ts';
import {
  closeMeetingProposal,
  findMeetingProposal,
  findOpenMeetingProposal,
  findUpcomingMeeting,
  insertMeeting,
  insertMeetingProposal,
} from './meeting.repo.ts';
import { MEETING_MS, proposeSlots, type MemberHours } from './meeting-slots.ts';
import type { Meeting, MeetingProposal } from './meeting.types.ts';

export interface MemberSchedule extends MemberHours {
  userId: string;
  /** Whether the member set no time zone, so UTC is assumed. */
  zoneAssumed: boolean;
}

export interface ProposalMade {
  proposal: MeetingProposal;
  program: Program;
  partnerId: string;
  members: MemberSchedule[];
}

async function scheduleOf(db: Db, programId: number, userId: string): Promise<MemberSchedule> {
  const signup = await findSignup(db, programId, userId);
  return {
    userId,
    timeZone: signup?.timezone ?? 'UTC',
    zoneAssumed: !signup?.timezone,
    hours: hoursOf(signup?.availableHours ?? null),
  };
}

/**
 * A pair member asks for three times in the next 7 days that suit both members' hours on
 * their own clocks. Group threads are refused: a group agrees on a time in its thread. With no
 * common time, a clear refusal names each member's hours, and nothing is stored. A pair has
 * at most one open proposal (a partial unique index; a simultaneous second /meet is refused
 * like a later one) and no new proposal while a meeting of theirs is still to come.
 */
export async function proposeMeeting(ctx: AppContext, actor: Actor, threadId: string): Promise<ProposalMade> {
  try {
    return await proposeInTransaction(ctx, actor, threadId);
  } catch (error) {
    if (violatedConstraint(error) === 'unique') throw new UserFacingError('error.meetProposalOpen');
    throw error;
  }
}

function proposeInTransaction(ctx: AppContext, actor: Actor, threadId: string): Promise<ProposalMade> {
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    if (await findGroupByThread(trx, threadId)) throw new UserFacingError('error.meetInGroup');
    const pairing = await pairingOfMember(trx, actor, threadId);
    if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
    if (await findOpenMeetingProposal(trx, pairing.id)) throw new UserFacingError('error.meetProposalOpen');
    const upcoming = await findUpcomingMeeting(trx, pairing.id, now);
    if (upcoming)
      throw new UserFacingError('error.meetAlreadyBooked', { time: Math.floor(Date.parse(upcoming.startsAt) / 1000) });
    const program = await getProgram(trx, pairing.programId);
    const partnerId = pairing.mentorId === actor.userId ? pairing.menteeId : pairing.mentorId;
    const members = [await scheduleOf(trx, program.id, actor.userId), await scheduleOf(trx, program.id, partnerId)];
    const slots = proposeSlots(members, now);
    if (slots.length === 0) {
      const [mine, theirs] = members as [MemberSchedule, MemberSchedule];
      throw new UserFacingError('error.meetNoOverlap', {
        myHours: formatHourRange(mine.hours),
        myZone: mine.timeZone,
        user: partnerId,
        theirHours: formatHourRange(theirs.hours),
        theirZone: theirs.timeZone,
      });
    }
    const proposal = await insertMeetingProposal(trx, {
      pairingId: pairing.id,
      guildId: pairing.guildId,
      proposerId: actor.userId,
      slots: slots.map((slot) => slot.toISOString()),
      createdAt: now.toISOString(),
    });
    return { proposal, program, partnerId, members };
  });
}

interface ProposalOfPair {
  proposal: MeetingProposal;
  pairing: Pairing;
}

async function proposalOfPair(db: Db, actor: Actor, proposalId: number): Promise<ProposalOfPair> {
  const proposal = await findMeetingProposal(db, proposalId);
  if (!proposal || proposal.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  const pairing = await findPairing(db, proposal.pairingId);
  if (!pairing) throw new UserFacingError('error.staleButton');
  requireOneOfPair(actor, pairing);
  return { proposal, pairing };
}

function refuseClosed(proposal: MeetingProposal): void {
  if (proposal.status === 'picked') throw new UserFacingError('error.meetPicked');
  if (proposal.status === 'withdrawn') throw new UserFacingError('error.meetWithdrawn');
}

export interface MeetingPicked {
  meeting: Meeting;
  proposal: MeetingProposal;
  program: Program;
}

/**
 * The proposer's partner picks one of the times: one meeting per proposal, whoever clicks
 * first (a conditional update and a unique index). A time already past is refused. The
 * confirmation with the calendar file is an outbox post recorded with the meeting.
 */
export async function pickMeeting(
  ctx: AppContext,
  actor: Actor,
  proposalId: number,
  index: number,
): Promise<MeetingPicked> {
  const now = ctx.clock.now();
  const picked = await transact(ctx.db, async (trx) => {
    const { proposal, pairing } = await proposalOfPair(trx, actor, proposalId);
    if (actor.userId === proposal.proposerId) throw new UserFacingError('error.meetOwnProposal');
    refuseClosed(proposal);
    if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
    const slot = proposal.slots[index];
    if (!slot) throw new UserFacingError('error.staleButton');
    if (Date.parse(slot) <= now.getTime()) throw new UserFacingError('error.meetPast');
    if (!(await closeMeetingProposal(trx, proposal.id, 'picked'))) throw new UserFacingError('error.meetPicked');
    const meeting = await insertMeeting(trx, {
      proposalId: proposal.id,
      pairingId: pairing.id,
      guildId: pairing.guildId,
      pickedBy: actor.userId,
      startsAt: slot,
      endsAt: new Date(Date.parse(slot) + MEETING_MS).toISOString(),
      createdAt: now.toISOString(),
    });
    await recordEffects(trx, now, [meetingConfirmedEffect(meeting)]);
    return { meeting, proposal, program: await getProgram(trx, pairing.programId) };
  });
  ctx.outbox.kick();
  return picked;
}

/** The proposer takes the times back while none is picked. */
export async function withdrawMeetingProposal(
  ctx: AppContext,
  actor: Actor,
  proposalId: number,
): Promise<{ proposal: MeetingProposal; program: Program }> {
  return transact(ctx.db, async (trx) => {
    const { proposal, pairing } = await proposalOfPair(trx, actor, proposalId);
    if (actor.userId !== proposal.proposerId)
      throw new UserFacingError('error.meetNotProposer', { user: proposal.proposerId });
    refuseClosed(proposal);
    if (!(await closeMeetingProposal(trx, proposal.id, 'withdrawn'))) throw new UserFacingError('error.meetPicked');
    return { proposal, program: await getProgram(trx, pairing.programId) };
  });
}
