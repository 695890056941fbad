import type { AppContext } from '../context.ts';
import { followUpUnanswered } from '../domain/checkins/checkin-followup.ts';
import { postPendingCheckins } from '../domain/checkins/checkin-post.ts';
import { recordDueCheckins } from '../domain/checkins/checkin-record.ts';
import { resumeUnfinishedThreads } from '../domain/pairings/pairing.service.ts';
import { postUnpostedReports, reannounceUnclaimed } from '../domain/reports/report-queue.ts';

export type Job = { name: string; run: (ctx: AppContext) => Promise<number> };

/**
 * What each tick does, in order. Every job reads its work from the database, so a tick after
 * a restart finishes whatever the last process left half-done.
 */
export const jobs: readonly Job[] = [
  { name: 'pair-threads', run: resumeUnfinishedThreads },
  { name: 'reports-to-queue', run: postUnpostedReports },
  { name: 'checkins-record', run: recordDueCheckins },
  { name: 'checkins-post', run: postPendingCheckins },
  { name: 'checkin-follow-ups', run: followUpUnanswered },
  { name: 'reports-reannounce', run: reannounceUnclaimed },
];
