import type { AppContext } from '../context.ts';
import { followUpUnanswered } from '../domain/checkins/checkin-followup.ts';
import { recordDueCheckins } from '../domain/checkins/checkin-record.ts';
import { recordDueGroupCheckins, remindQuietGroups } from '../domain/groups/group-checkin-record.ts';
import { remindMeetings } from '../domain/meetings/meeting-reminder.ts';
import { purgeInteractionReceipts } from '../domain/interaction-receipt.repo.ts';
import { purgeSettled } from '../domain/outbox/outbox.repo.ts';
import { reannounceUnclaimed } from '../domain/reports/report-queue.ts';
import { expireDueRequests } from '../domain/requests/request-expiry.ts';
import { eraseExpiredText } from '../domain/retention/retention.ts';

/** Settled effects are kept this long: the record of what was sent, for looking into a problem. */
const KEEP_SETTLED_MS = 30 * 86_400_000;

export type Job = { name: string; run: (ctx: AppContext) => Promise<number> };

/** Work of no guild in particular (clearing old rows) is done by the process holding shard 0. */
function onFirstShard(run: Job['run']): Job['run'] {
  return async (ctx) => (ctx.scope === null || ctx.scope.shardIds.includes(0) ? run(ctx) : 0);
}

/**
 * What each tick does, in order. Every job reads its work from the database and records the
 * Discord effects it implies; the outbox, last, carries out whatever is due, including what
 * a process that died left half-done.
 */
export const jobs: readonly Job[] = [
  { name: 'checkins-record', run: recordDueCheckins },
  { name: 'checkin-follow-ups', run: followUpUnanswered },
  { name: 'group-checkins-record', run: recordDueGroupCheckins },
  { name: 'group-checkin-reminders', run: remindQuietGroups },
  { name: 'reports-reannounce', run: reannounceUnclaimed },
  { name: 'requests-expire', run: expireDueRequests },
  { name: 'meeting-reminders', run: remindMeetings },
  { name: 'outbox', run: (ctx) => ctx.outbox.drain() },
  {
    name: 'outbox-purge',
    run: onFirstShard((ctx) => purgeSettled(ctx.db, new Date(ctx.clock.now().getTime() - KEEP_SETTLED_MS))),
  },
  // Each ended pairing once, when its retention ends: a look at an index on ticks with nothing due.
  { name: 'retention', run: eraseExpiredText },
  { name: 'interaction-receipts-purge', run: onFirstShard((ctx) => purgeInteractionReceipts(ctx.db, ctx.clock.now())) },
];
