import type { MeetingProposalStatus } from '../../db/schema.ts';

/** Up to three times a pair member proposed; the partner picks one. Times are ISO-8601 UTC. */
export interface MeetingProposal {
  id: number;
  pairingId: number;
  guildId: string;
  proposerId: string;
  slots: string[];
  status: MeetingProposalStatus;
  createdAt: string;
}

/** The time the partner picked. */
export interface Meeting {
  id: number;
  proposalId: number;
  pairingId: number;
  guildId: string;
  pickedBy: string;
  startsAt: string;
  endsAt: string;
  remindedAt: string | null;
  createdAt: string;
}
