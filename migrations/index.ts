import type { Migration } from 'kysely';
import * as programs from './0001_programs.ts';
import * as signups from './0002_signups.ts';
import * as pairings from './0003_pairings.ts';
import * as reports from './0004_reports.ts';
import * as feedback from './0005_feedback.ts';
import * as matching from './0006_matching.ts';
import * as checkinLifecycle from './0007_checkin_lifecycle.ts';
import * as reportLifecycle from './0008_report_lifecycle.ts';
import * as outbox from './0009_outbox.ts';
import * as byteOrderText from './0010_byte_order_text.ts';
import * as interactionReceipts from './0011_interaction_receipts.ts';
import * as checkinsPendingByPairing from './0012_checkins_pending_by_pairing.ts';
import * as mentorRequests from './0013_mentor_requests.ts';
import * as pairGroups from './0014_pair_groups.ts';
import * as checkinPause from './0015_checkin_pause.ts';
import * as pulse from './0016_pulse.ts';
import * as completions from './0017_completions.ts';
import * as meetings from './0018_meetings.ts';
import * as retention from './0019_retention.ts';

/** Every migration, in order: the one list that start-up and tests both use. */
export const migrations: Record<string, Migration> = {
  '0001_programs': programs,
  '0002_signups': signups,
  '0003_pairings': pairings,
  '0004_reports': reports,
  '0005_feedback': feedback,
  '0006_matching': matching,
  '0007_checkin_lifecycle': checkinLifecycle,
  '0008_report_lifecycle': reportLifecycle,
  '0009_outbox': outbox,
  '0010_byte_order_text': byteOrderText,
  '0011_interaction_receipts': interactionReceipts,
  '0012_checkins_pending_by_pairing': checkinsPendingByPairing,
  '0013_mentor_requests': mentorRequests,
  '0014_pair_groups': pairGroups,
  '0015_checkin_pause': checkinPause,
  '0016_pulse': pulse,
  '0017_completions': completions,
  '0018_meetings': meetings,
  '0019_retention': retention,
};
