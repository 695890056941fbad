import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';
import type { CheckinKind, CheckinRow, Db } from '../../db/schema.ts';
import type { Checkin } from './checkin.types.ts';

function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    pairingId: row.pairing_id,
    week: row.week,
    kind: row.kind,
    dueAt: row.due_at,
    nonce: row.nonce,
    status: row.status,
    messageId: row.message_id,
    postedAt: row.posted_at,
    reminderSentAt: row.reminder_sent_at,
  };
}

const toMaybeCheckin = (row: CheckinRow | undefined) => row && toCheckin(row);

/** Active pairings with a check-in due at `now`, with what the schedule needs from the program. */
export function duePairings(db: Db, now: Date, limit: number, scope: GuildScope | null) {
  return db
    .selectFrom('pairings')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'pairings.id as pairingId',
      'pairings.guild_id as guildId',
      'pairings.week',
      'pairings.next_checkin_at as nextCheckinAt',
      'programs.checkin_day as checkinDay',
      'programs.checkin_hour as checkinHour',
      'programs.timezone',
      'programs.every_weeks as everyWeeks',
      'programs.weeks',
    ])
    .where('pairings.status', '=', 'active')
    .where('pairings.thread_id', 'is not', null)
    .where('pairings.next_checkin_at', '<=', now.toISOString())
    .where(inGuildScope('pairings.guild_id', scope))
    .where('programs.status', '<>', 'ended')
    .orderBy('pairings.next_checkin_at')
    .limit(limit)
    .execute();
}

export function latestPostedCheckin(db: Db, pairingId: number): Promise<Checkin | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('pairing_id', '=', pairingId)
    .where('status', '=', 'posted')
    .orderBy('week', 'desc')
    .executeTakeFirst()
    .then(toMaybeCheckin);
}

export function findCheckin(db: Db, id: number): Promise<Checkin | undefined> {
  return db.selectFrom('checkins').selectAll().where('id', '=', id).executeTakeFirst().then(toMaybeCheckin);
}

/** The pair chose to go on informally after the program's last week. */
export async function markPairingContinued(db: Db, pairingId: number, at: Date): Promise<void> {
  await db.updateTable('pairings').set({ continued_at: at.toISOString() }).where('id', '=', pairingId).execute();
}

/** Records that the pairing's silent streak was reported, as of `week`. */
export async function markStallNotified(db: Db, pairingId: number, week: number): Promise<void> {
  await db.updateTable('pairings').set({ stall_notified_week: week }).where('id', '=', pairingId).execute();
}

/** Forgets the reported silent streak: an answer starts a new one. */
export async function clearStallNotified(db: Db, pairingId: number): Promise<void> {
  await db
    .updateTable('pairings')
    .set({ stall_notified_week: null })
    .where('id', '=', pairingId)
    .where('stall_notified_week', 'is not', null)
    .execute();
}

/**
 * Moves the pairing to its next check-in slot, only if it is still at `fromNextAt` (so two
 * runs never both move it); false when it had already moved. The primary key finds it: a
 * further equality here (on `status`, say) makes PostgreSQL without fresh statistics prefer
 * `pairings_due`, and read every pairing due at that slot.
 */
export async function advancePairingSchedule(
  db: Db,
  pairingId: number,
  fromNextAt: string | null,
  to: { week: number; nextAt: string | null },
): Promise<boolean> {
  const moved = await db
    .updateTable('pairings')
    .set({ week: to.week, next_checkin_at: to.nextAt })
    .where('id', '=', pairingId)
    .where('next_checkin_at', '=', fromNextAt)
    .executeTakeFirst();
  return moved.numUpdatedRows !== 0n;
}

/** Marks the pairing's pending check-ins skipped (by `checkins_pairing_status`); true when there was one. */
export async function skipPendingCheckins(db: Db, pairingId: number): Promise<boolean> {
  const superseded = await db
    .updateTable('checkins')
    .set({ status: 'skipped' })
    .where('pairing_id', '=', pairingId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return superseded.numUpdatedRows > 0n;
}

/**
 * Adds pending check-ins, one statement for the lot (at most one per pairing); those added, by
 * pairing. A pairing whose week already has one keeps it and is left out.
 */
export async function insertPendingCheckins(
  db: Db,
  checkins: readonly { pairingId: number; week: number; kind: CheckinKind; dueAt: Date }[],
): Promise<Map<number, number>> {
  if (checkins.length === 0) return new Map();
  const inserted = await db
    .insertInto('checkins')
    .values(
      checkins.map((checkin) => ({
        pairing_id: checkin.pairingId,
        week: checkin.week,
        kind: checkin.kind,
        due_at: checkin.dueAt.toISOString(),
        nonce: `ci-${checkin.pairingId}-${checkin.week}`,
        status: 'pending' as const,
      })),
    )
    .onConflict((oc) => oc.columns(['pairing_id', 'week']).doNothing())
    .returning(['id', 'pairing_id'])
    .execute();
  return new Map(inserted.map((row) => [row.pairing_id, row.id]));
}

/** Discord confirmed the check-in's post: `messageId` is the message. */
export async function markCheckinPosted(db: Db, id: number, messageId: string | null, at: Date): Promise<void> {
  await db
    .updateTable('checkins')
    .set({ status: 'posted', message_id: messageId, posted_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function markCheckinFailed(db: Db, id: number): Promise<void> {
  await db.updateTable('checkins').set({ status: 'failed' }).where('id', '=', id).execute();
}

/** A check-in's week, with its pairing and what the report channel needs from the program. */
export function checkinWithProgram(db: Db, id: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'checkins.week',
      'pairings.id as pairingId',
      'programs.locale',
      'programs.name',
      'programs.report_channel_id as reportChannelId',
    ])
    .where('checkins.id', '=', id)
    .executeTakeFirst();
}

export async function markRemindersSent(db: Db, checkinIds: number[], at: Date): Promise<void> {
  await db.updateTable('checkins').set({ reminder_sent_at: at.toISOString() }).where('id', 'in', checkinIds).execute();
}

/** The pairing's latest posted prompt before `week`. */
export function previousPostedPrompt(db: Db, pairingId: number, week: number) {
  return db
    .selectFrom('checkins')
    .select(['checkins.id', 'checkins.week', 'checkins.posted_at as postedAt'])
    .where('pairing_id', '=', pairingId)
    .where('status', '=', 'posted')
    .where('kind', '=', 'prompt')
    .where('week', '<', week)
    .orderBy('week', 'desc')
    .executeTakeFirst();
}

/**
 * Prompts of active pairings posted at or before `postedBefore` that are the pairing's latest
 * (posted or pending) and that nobody answered, with what a reminder or a stall notice needs.
 */
export function unansweredLatestPrompts(db: Db, postedBefore: Date, scope: GuildScope | null) {
  return (
    db
      .selectFrom('checkins')
      .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
      .innerJoin('programs', 'programs.id', 'pairings.program_id')
      .select([
        'checkins.id',
        'checkins.week',
        'checkins.reminder_sent_at as reminderSentAt',
        'pairings.id as pairingId',
        'pairings.guild_id as guildId',
        'pairings.thread_id as threadId',
        'pairings.mentor_id as mentorId',
        'pairings.mentee_id as menteeId',
        'pairings.stall_notified_week as stallNotifiedWeek',
        'pairings.checkins_paused_until as checkinsPausedUntil',
        'programs.locale',
        'programs.name as programName',
        'programs.report_channel_id as reportChannelId',
      ])
      .where('checkins.kind', '=', 'prompt')
      .where('checkins.status', '=', 'posted')
      .where('checkins.posted_at', '<=', postedBefore.toISOString())
      .where('pairings.status', '=', 'active')
      .where(inGuildScope('pairings.guild_id', scope))
      // A prompt posted before a pause ended gets no follow-up: a pause is not silence.
      .where((eb) =>
        eb.or([
          eb('pairings.checkins_paused_until', 'is', null),
          eb('checkins.posted_at', '>=', eb.ref('pairings.checkins_paused_until')),
        ]),
      )
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
      .execute()
  );
}
