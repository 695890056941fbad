import type { OutboxTable } from './schema-outbox.ts';
import type { CompletionsTable, MeetingProposalsTable, MeetingsTable, PulseAnswersTable } from './schema-outcomes.ts';
import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

export type TemplateId = 'career' | 'skills' | 'support' | 'custom';
export type ProgramStatus = 'draft' | 'open' | 'running' | 'ended';
export type Role = 'mentor' | 'mentee';
export type SignupStatus = 'waiting' | 'paired' | 'withdrawn' | 'removed';
export type PairingStatus = 'active' | 'paused' | 'ended';
export type ProgramFormat = 'one-to-one' | 'group';
export type PairGroupStatus = 'active' | 'ended';
export type CheckinStatus = 'pending' | 'posted' | 'skipped' | 'failed';
/** A weekly prompt, or the closing message after the last week. */
export type CheckinKind = 'prompt' | 'closing';
export type AnswerStatus = 'on-track' | 'need-help' | 'stuck';
export type ReportStatus = 'open' | 'claimed' | 'resolved' | 'dismissed';
export type MatchingMode = 'admin' | 'request' | 'both';
export type Availability = 'open' | 'full' | 'away';
export type RequestStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
export type ReportOutcome = 'no-action' | 'warned' | 'pair-ended' | 'member-removed';

/** Timestamps are ISO-8601 UTC strings: portable and ordered as text. */
export type Timestamp = string;

export interface ProgramsTable {
  id: Generated<number>;
  guild_id: string;
  name: string;
  name_key: string;
  template: TemplateId;
  pair_channel_id: string;
  report_channel_id: string;
  moderator_role_id: string | null;
  checkin_day: number;
  checkin_hour: number;
  timezone: string;
  weeks: number;
  mentor_capacity: number;
  every_weeks: number;
  status: ProgramStatus;
  signups_open: number;
  /** The server's language when the program was made: used for messages nobody triggered. */
  locale: string;
  panel_message_id: string | null;
  /** One mentor and one mentee per thread, or a mentor's mentees sharing one (see pair_groups). */
  format: Generated<ProgramFormat>;
  /** Who makes pairs: admins, mentees' requests, or both. */
  matching: Generated<MatchingMode>;
  /** Days a mentor has to answer a request. */
  request_days: Generated<number>;
  /** The week members are asked how their pairing goes; 0: never. */
  pulse_week: Generated<number>;
  /** The role a member gets for finishing the program (null: none). */
  completion_role_id: Generated<string | null>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditEntriesTable {
  id: Generated<number>;
  guild_id: string;
  actor_id: string;
  action: string;
  target: string;
  details: string;
  created_at: Timestamp;
}

export interface SignupsTable {
  id: Generated<number>;
  program_id: number;
  guild_id: string;
  user_id: string;
  role: Role;
  topics: string;
  goals: string;
  timezone: string | null;
  adult_attested_at: Timestamp;
  status: SignupStatus;
  /** 1 for a member whose partner left: preferred in the next suggestion. */
  priority: Generated<number>;
  /** A mentor's availability for requests and suggestions. */
  availability: Generated<Availability>;
  /** When an away mentor is back (counted as open from then on). */
  away_until: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Local hours the member can meet, `18-22` (see available-hours.ts); null: the default waking hours. */
  available_hours: string | null;
}

export interface BlocksTable {
  guild_id: string;
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export interface PairingsTable {
  id: Generated<number>;
  program_id: number;
  guild_id: string;
  mentor_id: string;
  mentee_id: string;
  thread_id: string | null;
  welcome_message_id: string | null;
  week: Generated<number>;
  next_checkin_at: Timestamp | null;
  status: PairingStatus;
  paused_reason: string | null;
  ended_by: string | null;
  end_reason: string | null;
  ended_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
  /** Set when a silent streak was reported; cleared by the next answer. */
  stall_notified_week: number | null;
  /** When the pair chose to go on informally after the program's last week. */
  continued_at: Timestamp | null;
  /** Until when the pair paused its check-ins; kept after, to tell a pause from silence. */
  checkins_paused_until: Timestamp | null;
  /** In a group program, the group this pairing (a membership) belongs to; its thread is the group's. */
  group_id: number | null;
  /** When retention erased the members' written text of this ended pairing (see RETENTION_DAYS). */
  text_erased_at: Timestamp | null;
}

/** A mentor's group in a group program: one thread and one check-in schedule for all its members. */
export interface PairGroupsTable {
  id: Generated<number>;
  program_id: number;
  guild_id: string;
  mentor_id: string;
  thread_id: string | null;
  welcome_message_id: string | null;
  week: Generated<number>;
  next_checkin_at: Timestamp | null;
  status: PairGroupStatus;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface CheckinsTable {
  id: Generated<number>;
  pairing_id: number;
  week: number;
  kind: Generated<CheckinKind>;
  due_at: Timestamp;
  nonce: string;
  status: CheckinStatus;
  message_id: string | null;
  posted_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
}

export interface CheckinAnswersTable {
  checkin_id: number;
  user_id: string;
  status: AnswerStatus;
  note: string | null;
  answered_at: Timestamp;
}

export interface GoalsTable {
  id: Generated<number>;
  pairing_id: number;
  text: string;
  done_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ReportsTable {
  id: Generated<number>;
  guild_id: string;
  program_id: number | null;
  pairing_id: number | null;
  reporter_id: string;
  reported_id: string | null;
  message_link: string | null;
  reason: string;
  status: ReportStatus;
  assignee_id: string | null;
  outcome: ReportOutcome | null;
  moderator_note: string | null;
  queue_channel_id: string;
  queue_message_id: string | null;
  created_at: Timestamp;
  claimed_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** 1 when the reporter paused their pairing with the report. */
  paused_pairing: Generated<number>;
  /** When posting to the queue channel last failed; cleared once it is posted. */
  queue_failed_at: Timestamp | null;
  /** When a report nobody claimed for 24 hours was announced again. */
  reannounced_at: Timestamp | null;
  /** When the reporter was told the outcome (by DM, or by /mentorship profile). */
  reporter_told_at: Timestamp | null;
}

export interface PairingFeedbackTable {
  pairing_id: number;
  user_id: string;
  rating: number | null;
  feedback: string | null;
  created_at: Timestamp;
}

export interface MatchSuggestionsTable {
  id: Generated<number>;
  program_id: number;
  guild_id: string;
  created_by: string;
  created_at: Timestamp;
  /** JSON: the proposals as shown, with their details. */
  proposals: string;
  /** JSON: the mentees left out, with the reason. */
  unmatched: string;
}

/** A mentee's request to a mentor of a program, open until answered, withdrawn or expired. */
export interface MentorRequestsTable {
  id: Generated<number>;
  program_id: number;
  guild_id: string;
  mentee_id: string;
  mentor_id: string;
  status: RequestStatus;
  created_at: Timestamp;
  expires_at: Timestamp;
  answered_at: Timestamp | null;
  /** Why it closed other than by the mentor's answer (paired, left, blocked, full…). */
  close_reason: string | null;
  pairing_id: number | null;
  /** The mentor's DM about it, once sent: edited when the request closes. */
  dm_message_id: string | null;
  /** When the DM to the mentor could not be delivered (DMs closed). */
  dm_failed_at: Timestamp | null;
  /** When the mentee was told how it closed. */
  mentee_told_at: Timestamp | null;
}

/** Interactions acted on, so that one delivered to two processes is acted on once. */
export interface InteractionReceiptsTable {
  id: string;
  received_at: Timestamp;
}

export type { EffectKind, EffectStatus, OutboxTable } from './schema-outbox.ts';
export type {
  CompletionsTable,
  MeetingProposalStatus,
  MeetingProposalsTable,
  MeetingsTable,
  PulseAnswersTable,
} from './schema-outcomes.ts';

export interface DB {
  outbox: OutboxTable;
  programs: ProgramsTable;
  audit_entries: AuditEntriesTable;
  signups: SignupsTable;
  blocks: BlocksTable;
  pairings: PairingsTable;
  pair_groups: PairGroupsTable;
  checkins: CheckinsTable;
  checkin_answers: CheckinAnswersTable;
  goals: GoalsTable;
  reports: ReportsTable;
  pairing_feedback: PairingFeedbackTable;
  pulse_answers: PulseAnswersTable;
  match_suggestions: MatchSuggestionsTable;
  interaction_receipts: InteractionReceiptsTable;
  mentor_requests: MentorRequestsTable;
  meeting_proposals: MeetingProposalsTable;
  meetings: MeetingsTable;
  completions: CompletionsTable;
}

export type ProgramRow = Selectable<ProgramsTable>;
export type NewProgramRow = Insertable<ProgramsTable>;
export type SignupRow = Selectable<SignupsTable>;
export type PairingRow = Selectable<PairingsTable>;
export type PairGroupRow = Selectable<PairGroupsTable>;
export type CheckinRow = Selectable<CheckinsTable>;
export type GoalRow = Selectable<GoalsTable>;
export type ReportRow = Selectable<ReportsTable>;
export type MentorRequestRow = Selectable<MentorRequestsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type MeetingProposalRow = Selectable<MeetingProposalsTable>;
export type MeetingRow = Selectable<MeetingsTable>;

/** What a repository function runs on: the database, or a transaction of the caller's. */
export type Db = Kysely<DB> | Transaction<DB>;
