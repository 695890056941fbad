import type { AppContext } from '../../context.ts';
import { t } from '../../i18n/index.ts';
import { concurrently } from '../concurrently.ts';
import { ChannelUnavailableError } from '../errors.ts';
import { goalsOf } from '../goals/goal.service.ts';
import { pausePairing } from '../pairings/pairing.service.ts';
import { checkinPrompt, closingMessage } from './checkin-message.ts';
import { pendingCheckins } from './checkin.repo.ts';

/** Posts in flight at once: enough to keep Discord's global limit busy despite slow answers. */
const IN_FLIGHT = 32;

type Pending = Awaited<ReturnType<typeof pendingCheckins>>[number];

/**
 * Step 2: post every pending check-in, then mark it posted. The post carries the row's nonce
 * with enforce_nonce, so a retry after a crash between posting and marking returns the same
 * message. Posts run side by side (the port paces them to Discord's global limit); a thread
 * Discord refuses pauses its pairing and tells the report channel instead of being retried.
 */
export async function postPendingCheckins(ctx: AppContext): Promise<number> {
  let posted = 0;
  const rows = (await pendingCheckins(ctx.db)).filter((row) => row.thread_id !== null);
  await concurrently(rows, IN_FLIGHT, async (row) => {
    try {
      await postOne(ctx, row);
      posted += 1;
    } catch (error) {
      if (error instanceof ChannelUnavailableError) await threadRefused(ctx, row);
      else ctx.log.error('checkin.post_failed', { checkinId: row.id, error: String(error) });
    }
  });
  return posted;
}

async function postOne(ctx: AppContext, row: Pending): Promise<void> {
  const input = {
    checkinId: row.id,
    week: row.week,
    nonce: row.nonce,
    template: row.template,
    weeks: row.weeks,
    locale: row.locale,
    programName: row.programName,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    goals: row.kind === 'prompt' ? await goalsOf(ctx, row.pairingId) : [],
  };
  const message = await ctx.discord.postMessage(row.thread_id as string, row.kind === 'closing' ? closingMessage(input) : checkinPrompt(input));
  await ctx.db.updateTable('checkins').set({ status: 'posted', message_id: message.id, posted_at: ctx.clock.now().toISOString() }).where('id', '=', row.id).execute();
}

async function threadRefused(ctx: AppContext, row: Pending): Promise<void> {
  await ctx.db.updateTable('checkins').set({ status: 'failed' }).where('id', '=', row.id).execute();
  await pausePairing(ctx, row.pairingId, 'thread-unavailable');
  await ctx.discord
    .postMessage(row.report_channel_id, { content: t(row.locale, 'checkin.threadUnavailable', { week: row.week, pairing: row.pairingId, program: row.programName }), nonce: `ci-fail-${row.id}` })
    .catch((notice: unknown) => ctx.log.error('checkin.notice_failed', { checkinId: row.id, error: String(notice) }));
}
