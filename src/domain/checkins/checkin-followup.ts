import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import { notice, pairingChain, recordEffects } from '../outbox/effect.ts';
import { hasAnswer } from './checkin-answer.repo.ts';
import { markRemindersSent, markStallNotified, previousPostedPrompt, unansweredLatestPrompts } from './checkin.repo.ts';

const REMIND_AFTER_MS = 3 * 86_400_000;

type Unanswered = Awaited<ReturnType<typeof unansweredLatestPrompts>>[number];

/** Follow-ups of prompts nobody answered within three days: the reminder, and the stall notice. */
export async function followUpUnanswered(ctx: AppContext): Promise<number> {
  const rows = await unansweredLatestPrompts(ctx.db, new Date(ctx.clock.now().getTime() - REMIND_AFTER_MS), ctx.scope);
  return (await sendReminders(ctx, rows)) + (await flagStalledPairs(ctx, rows));
}

/**
 * One gentle reminder in the thread when neither member answered the week's prompt within
 * three days: marked and recorded in one transaction, so it is posted once.
 */
async function sendReminders(ctx: AppContext, rows: Unanswered[]): Promise<number> {
  const due = rows.filter((row) => !row.reminderSentAt && row.threadId);
  if (due.length === 0) return 0;
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    await markRemindersSent(
      trx,
      due.map((row) => row.id),
      now,
    );
    await recordEffects(
      trx,
      now,
      due.map((row) => ({
        guildId: row.guildId,
        key: `reminder:${row.id}`,
        chain: pairingChain(row.pairingId),
        effect: {
          kind: 'post' as const,
          target: { pairingThread: row.pairingId },
          message: notice({
            locale: row.locale,
            key: 'checkin.reminder',
            params: { mentor: row.mentorId, mentee: row.menteeId },
            mentionUsers: [row.mentorId, row.menteeId],
          }),
        },
      })),
    );
  });
  return due.length;
}

/**
 * A pair that answered neither of its last two prompts is flagged in the report channel,
 * once per silent streak (an answer, or a pause between them, starts a new one): the pairing
 * and the weeks, never anything said in the thread.
 */
async function flagStalledPairs(ctx: AppContext, rows: Unanswered[]): Promise<number> {
  let flagged = 0;
  for (const row of rows) {
    if (row.stallNotifiedWeek !== null) continue;
    const previous = await previousPostedPrompt(ctx.db, row.pairingId, row.week);
    if (!previous) continue;
    // The two prompts are not a silent streak when a pause came between them.
    if (row.checkinsPausedUntil && (previous.postedAt ?? '') < row.checkinsPausedUntil) continue;
    if (await hasAnswer(ctx.db, previous.id)) continue;
    const params = { pairing: row.pairingId, program: row.programName, weeks: `${previous.week}, ${row.week}` };
    const message = notice({ locale: row.locale, key: 'checkin.stalled', params });
    const key = `stall:${row.pairingId}:${row.week}`;
    await transact(ctx.db, async (trx) => {
      await markStallNotified(trx, row.pairingId, row.week);
      await recordEffects(trx, ctx.clock.now(), [
        {
          guildId: row.guildId,
          key,
          chain: key,
          effect: { kind: 'post', target: { channel: row.reportChannelId }, message },
        },
      ]);
    });
    flagged += 1;
  }
  return flagged;
}
