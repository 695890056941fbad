import type { Generated } from 'kysely';
import type { Role, Timestamp } from './schema.ts';

/* Program outcomes: pulse answers, meetings, completions (issue 13). */

/** A member's answer to a pulse survey (or the closing message's form): seen by admins only. */
export interface PulseAnswersTable {
  id: Generated<number>;
  pairing_id: number;
  user_id: string;
  week: number;
  kind: 'pulse' | 'closing';
  score: number;
  comment: string | null;
  /** 1 when the member allowed admins to see their name beside the comment. */
  name_shown: Generated<number>;
  answered_at: Timestamp;
}

export type MeetingProposalStatus = 'open' | 'picked' | 'withdrawn';

/** Up to three meeting times a pair member proposed with /meet; the partner picks one. */
export interface MeetingProposalsTable {
  id: Generated<number>;
  pairing_id: number;
  guild_id: string;
  proposer_id: string;
  slot_1: Timestamp;
  slot_2: Timestamp | null;
  slot_3: Timestamp | null;
  status: MeetingProposalStatus;
  created_at: Timestamp;
}

/** The time a partner picked: one per proposal; reminded once, an hour before. */
export interface MeetingsTable {
  id: Generated<number>;
  proposal_id: number;
  pairing_id: number;
  guild_id: string;
  picked_by: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reminded_at: Timestamp | null;
  created_at: Timestamp;
}

/** A member's pairing that reached its last week; `role_granted_at` once the completion role was given. */
export interface CompletionsTable {
  id: Generated<number>;
  pairing_id: number;
  program_id: number;
  guild_id: string;
  user_id: string;
  role: Role;
  weeks: number;
  completed_at: Timestamp;
  role_granted_at: Timestamp | null;
}
