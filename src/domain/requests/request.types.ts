import type { RequestStatus } from '../../db/schema.ts';

/** A mentee's request to a mentor of a program. Timestamps are ISO-8601 UTC strings. */
export interface MentorRequest {
  id: number;
  programId: number;
  guildId: string;
  menteeId: string;
  mentorId: string;
  status: RequestStatus;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  /** Why it closed other than by the mentor's answer, e.g. `paired`, `left`, `full`. */
  closeReason: string | null;
  pairingId: number | null;
  dmMessageId: string | null;
  dmFailedAt: string | null;
  menteeToldAt: string | null;
}

/** How many requests a mentee may have open at once. */
export const MAX_OPEN_REQUESTS = 3;
