import type { PairGroupStatus } from '../../db/schema.ts';

/**
 * A mentor's group in a group program: the mentor's memberships (one pairing row per mentee)
 * share its private thread and its check-in schedule. Timestamps are ISO-8601 UTC strings.
 */
export interface PairGroup {
  id: number;
  programId: number;
  guildId: string;
  mentorId: string;
  threadId: string | null;
  welcomeMessageId: string | null;
  week: number;
  nextCheckinAt: string | null;
  status: PairGroupStatus;
  createdAt: string;
  endedAt: string | null;
}
