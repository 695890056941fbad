import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { AnswerStatus, Checkin } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import type { Actor } from '../actor.ts';
import { ChannelUnavailableError, UserFacingError } from '../errors.ts';
import { findPairing, findPairingByThread } from '../pairings/pairing.repo.ts';
import { pausePairing } from '../pairings/pairing.service.ts';
import { parseInput } from '../validate.ts';
import { checkinPrompt } from './checkin-message.ts';
import { duePairings, findCheckin, latestPostedCheckin, pendingCheckins, upsertAnswer } from './checkin.repo.ts';
import { latestDueCheckin } from './schedule.ts';

const BATCH = 500;

/**
 * Step 1 of a check-in: record what is due. For each due pairing, in one transaction, the
 * latest due week gets a `pending` row (unique per pairing and week) and the pairing moves to
 * its next slot. Slots missed during downtime are skipped, never posted.
 */
export async function recordDueCheckins(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let recorded = 0;
  for (const row of await duePairings(ctx.db, now, BATCH)) {
    const schedule = { day: row.checkin_day, hour: row.checkin_hour, timeZone: row.timezone, everyWeeks: row.every_weeks, weeks: row.weeks };
    const nextWeek = row.week === 0 ? 1 : row.week + row.every_weeks;
    const due = latestDueCheckin(schedule, nextWeek, new Date(row.next_checkin_at as string), now);
    await ctx.db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('pairings')
        .set({ week: due?.week ?? row.week, next_checkin_at: due?.nextAt?.toISOString() ?? null })
        .where('id', '=', row.pairingId)
        .where('next_checkin_at', '=', row.next_checkin_at)
        .executeTakeFirst();
      if (!due || moved.numUpdatedRows === 0n) return;
      await trx.updateTable('checkins').set({ status: 'skipped' }).where('pairing_id', '=', row.pairingId).where('status', '=', 'pending').execute();
      await trx
        .insertInto('checkins')
        .values({ pairing_id: row.pairingId, week: due.week, due_at: due.dueAt.toISOString(), nonce: `ci-${row.pairingId}-${due.week}`, status: 'pending' })
        .onConflict((oc) => oc.columns(['pairing_id', 'week']).doNothing())
        .execute();
      recorded += 1;
    });
  }
  return recorded;
}

/**
 * Step 2: post every pending check-in, then mark it posted. The post carries the row's nonce
 * with enforce_nonce, so a retry after a crash between posting and marking returns the same
 * message. A thread Discord refuses pauses its pairing and tells the report channel.
 */
export async function postPendingCheckins(ctx: AppContext): Promise<number> {
  let posted = 0;
  for (const row of await pendingCheckins(ctx.db)) {
    if (!row.thread_id) continue;
    try {
      const message = await ctx.discord.postMessage(
        row.thread_id,
        checkinPrompt({ checkinId: row.id, week: row.week, nonce: row.nonce, template: row.template, weeks: row.weeks, locale: row.locale, mentorId: row.mentor_id, menteeId: row.mentee_id }),
      );
      await ctx.db.updateTable('checkins').set({ status: 'posted', message_id: message.id, posted_at: ctx.clock.now().toISOString() }).where('id', '=', row.id).execute();
      posted += 1;
    } catch (error) {
      if (!(error instanceof ChannelUnavailableError)) {
        ctx.log.error('checkin.post_failed', { checkinId: row.id, error: String(error) });
        continue;
      }
      await ctx.db.updateTable('checkins').set({ status: 'failed' }).where('id', '=', row.id).execute();
      await pausePairing(ctx, row.pairingId, 'thread-unavailable');
      await ctx.discord
        .postMessage(row.report_channel_id, {
          content: t(row.locale, 'checkin.threadUnavailable', { week: row.week, pairing: row.pairingId, program: row.programName }),
          nonce: `ci-fail-${row.id}`,
        })
        .catch((notice: unknown) => ctx.log.error('checkin.notice_failed', { checkinId: row.id, error: String(notice) }));
    }
  }
  return posted;
}

const answerSchema = z.object({
  status: z.enum(['on-track', 'need-help', 'stuck']),
  note: z.string().trim().max(500, 'error.noteLength').nullable().default(null),
});

export interface AnswerTarget {
  /** The check-in a button belongs to; when absent, the latest posted one of the thread. */
  checkinId?: number;
  threadId: string;
}

/** Records (or changes) the actor's answer to a check-in. Only the pair's two members may answer. */
export async function answerCheckin(ctx: AppContext, actor: Actor, target: AnswerTarget, raw: { status: string; note?: string | null }): Promise<{ checkin: Checkin; status: AnswerStatus }> {
  const input = parseInput(answerSchema, raw);
  const checkin = target.checkinId !== undefined ? await checkinFromButton(ctx, target.checkinId, target.threadId) : await latestInThread(ctx, target.threadId);
  const pairing = await findPairing(ctx.db, checkin.pairing_id);
  if (!pairing || pairing.guild_id !== actor.guildId) throw new UserFacingError('error.staleButton');
  if (actor.userId !== pairing.mentor_id && actor.userId !== pairing.mentee_id) throw new UserFacingError('error.notYourPair');
  if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
  await upsertAnswer(ctx.db, { checkinId: checkin.id, userId: actor.userId, status: input.status, note: input.note, at: ctx.clock.now() });
  return { checkin, status: input.status };
}

async function checkinFromButton(ctx: AppContext, checkinId: number, threadId: string): Promise<Checkin> {
  const checkin = await findCheckin(ctx.db, checkinId);
  const pairing = checkin && (await findPairing(ctx.db, checkin.pairing_id));
  if (!checkin || pairing?.thread_id !== threadId) throw new UserFacingError('error.staleButton');
  return checkin;
}

async function latestInThread(ctx: AppContext, threadId: string): Promise<Checkin> {
  const pairing = await findPairingByThread(ctx.db, threadId);
  if (!pairing) throw new UserFacingError('error.notInPairThread');
  const checkin = await latestPostedCheckin(ctx.db, pairing.id);
  if (!checkin) throw new UserFacingError('error.noCheckinYet');
  return checkin;
}
