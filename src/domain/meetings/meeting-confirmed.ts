import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { pairingChain, type EffectRecord } from '../outbox/effect.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { findProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { findMeeting, findMeetingProposal } from './meeting.repo.ts';
import type { Meeting, MeetingProposal } from './meeting.types.ts';

/** The confirmation of a picked time, with its calendar file, as it is sent from the meeting row. */
export interface MeetingConfirmedData {
  view: 'meeting-confirmed';
  channelId: string;
  messageId: null;
  meeting: Meeting;
  proposal: MeetingProposal;
  program: Program;
}

/** The confirmation's post in the pair thread, recorded with the meeting: it goes out once, even after a restart. */
export function meetingConfirmedEffect(meeting: Meeting): EffectRecord {
  return {
    guildId: meeting.guildId,
    key: `meeting-confirmed:${meeting.id}`,
    chain: pairingChain(meeting.pairingId),
    effect: {
      kind: 'post',
      target: { pairingThread: meeting.pairingId },
      message: { view: 'meeting-confirmed', id: meeting.id },
    },
  };
}

/** A meeting erased (forget-me) before its confirmation went out is not confirmed. */
export async function loadMeetingConfirmed(db: Kysely<DB>, id: number): Promise<MeetingConfirmedData | null> {
  const meeting = await findMeeting(db, id);
  const proposal = meeting && (await findMeetingProposal(db, meeting.proposalId));
  const pairing = meeting && (await findPairing(db, meeting.pairingId));
  const program = pairing && (await findProgram(db, pairing.programId));
  if (!meeting || !proposal || !pairing?.threadId || !program) return null;
  return { view: 'meeting-confirmed', channelId: pairing.threadId, messageId: null, meeting, proposal, program };
}
