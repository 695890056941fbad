import type { ReportOutcome, ReportStatus } from '../../db/schema.ts';

/** A member's report to the moderators. Timestamps are ISO-8601 UTC strings. */
export interface Report {
  id: number;
  guildId: string;
  programId: number | null;
  pairingId: number | null;
  reporterId: string;
  reportedId: string | null;
  messageLink: string | null;
  reason: string;
  status: ReportStatus;
  assigneeId: string | null;
  outcome: ReportOutcome | null;
  moderatorNote: string | null;
  queueChannelId: string;
  queueMessageId: string | null;
  createdAt: string;
  claimedAt: string | null;
  closedAt: string | null;
  /** The reporter paused their pairing with the report. */
  pausedPairing: boolean;
  /** When posting to the queue channel last failed; cleared once it is posted. */
  queueFailedAt: string | null;
  /** When a report nobody claimed for 24 hours was announced again. */
  reannouncedAt: string | null;
  /** When the reporter was told the outcome (by DM, or by /mentorship profile). */
  reporterToldAt: string | null;
}

export type NewReport = Pick<
  Report,
  | 'guildId'
  | 'programId'
  | 'pairingId'
  | 'reporterId'
  | 'reportedId'
  | 'messageLink'
  | 'reason'
  | 'status'
  | 'pausedPairing'
  | 'queueChannelId'
  | 'createdAt'
>;

/** What the report's queue card changes: its message, a failed post, an announcement again. */
export type ReportQueueUpdate = Partial<Pick<Report, 'queueMessageId' | 'queueFailedAt' | 'reannouncedAt'>>;

/** A report's closing by a moderator. */
export type ReportClosing = Pick<Report, 'status' | 'outcome' | 'moderatorNote' | 'assigneeId' | 'closedAt'>;
