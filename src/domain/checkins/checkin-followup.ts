import type { AppContext } from '../../context.ts';
import { t } from '../../i18n/index.ts';
import { literal, pairingChain, recordEffects } from '../outbox/effect.ts';

const REMIND_AFTER_MS = 3 * 86_400_000;

/** Posted prompts that are the pairing's latest, at least three days old, with nobody's answer. */
function unansweredPrompts(ctx: AppContext, postedBefore: string) {
  return ctx.db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'checkins.id',
      'checkins.week',
      'checkins.reminder_sent_at',
      'pairings.id as pairingId',
      'pairings.guild_id',
      'pairings.thread_id',
      'pairings.mentor_id',
      'pairings.mentee_id',
      'pairings.stall_notified_week',
      'programs.locale',
      'programs.name as programName',
      'programs.report_channel_id',
    ])
    .where('checkins.kind', '=', 'prompt')
    .where('checkins.status', '=', 'posted')
    .where('checkins.posted_at', '<=', postedBefore)
    .where('pairings.status', '=', 'active')
    .where('checkins.week', '=', (eb) =>
      eb
        .selectFrom('checkins as latest')
        .select((l) => l.fn.max('latest.week').as('week'))
        .whereRef('latest.pairing_id', '=', 'checkins.pairing_id')
        .where('latest.status', 'in', ['posted', 'pending']),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('checkin_answers')
            .select('checkin_answers.user_id')
            .whereRef('checkin_answers.checkin_id', '=', 'checkins.id'),
        ),
      ),
    )
    .execute();
}

type Unanswered = Awaited<ReturnType<typeof unansweredPrompts>>[number];

/** Follow-ups of prompts nobody answered within three days: the reminder, and the stall notice. */
export async function followUpUnanswered(ctx: AppContext): Promise<number> {
  const rows = await unansweredPrompts(ctx, new Date(ctx.clock.now().getTime() - REMIND_AFTER_MS).toISOString());
  return (await sendReminders(ctx, rows)) + (await flagStalledPairs(ctx, rows));
}

/**
 * One gentle reminder in the thread when neither member answered the week's prompt within
 * three days: marked and recorded in one transaction, so it is posted once.
 */
async function sendReminders(ctx: AppContext, rows: Unanswered[]): Promise<number> {
  const due = rows.filter((row) => !row.reminder_sent_at && row.thread_id);
  if (due.length === 0) return 0;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('checkins')
      .set({ reminder_sent_at: now.toISOString() })
      .where(
        'id',
        'in',
        due.map((row) => row.id),
      )
      .execute();
    await recordEffects(
      trx,
      now,
      due.map((row) => ({
        guildId: row.guild_id,
        key: `reminder:${row.id}`,
        chain: pairingChain(row.pairingId),
        effect: {
          kind: 'post' as const,
          target: { pairingThread: row.pairingId },
          message: literal({
            content: t(row.locale, 'checkin.reminder', { mentor: row.mentor_id, mentee: row.mentee_id }),
            mentionUsers: [row.mentor_id, row.mentee_id],
          }),
        },
      })),
    );
  });
  return due.length;
}

/**
 * A pair that answered neither of its last two prompts is flagged in the report channel,
 * once per silent streak (an answer starts a new one): the pairing and the weeks, never
 * anything said in the thread.
 */
async function flagStalledPairs(ctx: AppContext, rows: Unanswered[]): Promise<number> {
  let flagged = 0;
  for (const row of rows) {
    if (row.stall_notified_week !== null) continue;
    const previous = await ctx.db
      .selectFrom('checkins')
      .select(['checkins.id', 'checkins.week'])
      .where('pairing_id', '=', row.pairingId)
      .where('status', '=', 'posted')
      .where('kind', '=', 'prompt')
      .where('week', '<', row.week)
      .orderBy('week', 'desc')
      .executeTakeFirst();
    if (!previous) continue;
    const answered = await ctx.db
      .selectFrom('checkin_answers')
      .select('user_id')
      .where('checkin_id', '=', previous.id)
      .executeTakeFirst();
    if (answered) continue;
    const content = t(row.locale, 'checkin.stalled', {
      pairing: row.pairingId,
      program: row.programName,
      weeks: `${previous.week}, ${row.week}`,
    });
    const key = `stall:${row.pairingId}:${row.week}`;
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('pairings')
        .set({ stall_notified_week: row.week })
        .where('id', '=', row.pairingId)
        .execute();
      await recordEffects(trx, ctx.clock.now(), [
        {
          guildId: row.guild_id,
          key,
          chain: key,
          effect: { kind: 'post', target: { channel: row.report_channel_id }, message: literal({ content }) },
        },
      ]);
    });
    flagged += 1;
  }
  return flagged;
}
