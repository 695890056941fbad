import type { PairingStatus } from '../../db/schema.ts';

/** A mentor and a mentee paired in a program. Timestamps are ISO-8601 UTC strings. */
export interface Pairing {
  id: number;
  programId: number;
  guildId: string;
  mentorId: string;
  menteeId: string;
  threadId: string | null;
  welcomeMessageId: string | null;
  week: number;
  nextCheckinAt: string | null;
  status: PairingStatus;
  pausedReason: string | null;
  endedBy: string | null;
  endReason: string | null;
  endedAt: string | null;
  createdBy: string;
  createdAt: string;
  /** Set when a silent streak was reported; cleared by the next answer. */
  stallNotifiedWeek: number | null;
  /** When the pair chose to go on informally after the program's last week. */
  continuedAt: string | null;
  /** Until when the pair paused its check-ins; kept after, to tell a pause from silence. */
  checkinsPausedUntil: string | null;
  /** In a group program, the group this membership belongs to (its thread and schedule are the group's). */
  groupId: number | null;
  /** When retention erased what its members wrote (null: not erased); nothing is written to it after. */
  textErasedAt: string | null;
}

export type NewPairing = Pick<
  Pairing,
  'programId' | 'guildId' | 'mentorId' | 'menteeId' | 'nextCheckinAt' | 'status' | 'createdBy' | 'createdAt'
> & { groupId?: number | null };
