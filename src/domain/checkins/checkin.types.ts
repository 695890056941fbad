import type { CheckinKind, CheckinStatus } from '../../db/schema.ts';

/** A pairing's weekly check-in (or its closing message). Timestamps are ISO-8601 UTC strings. */
export interface Checkin {
  id: number;
  pairingId: number;
  week: number;
  kind: CheckinKind;
  dueAt: string;
  nonce: string;
  status: CheckinStatus;
  messageId: string | null;
  postedAt: string | null;
  reminderSentAt: string | null;
}
