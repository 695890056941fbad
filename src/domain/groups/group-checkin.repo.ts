import type { Db } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';

/**
 * A group's weekly check-in is one row per live membership (`checkins.pairing_id` stays the
 * membership), posted as one message in the group's thread: the group's rows of a week.
 */

/** The group's check-in rows of a week, oldest first: the first one names the week's message. */
export function groupWeekCheckins(db: Db, groupId: number, week: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .select([
      'checkins.id',
      'checkins.kind',
      'checkins.status',
      'checkins.message_id as messageId',
      'checkins.nonce',
      'pairings.id as pairingId',
      'pairings.mentee_id as menteeId',
      'pairings.status as pairingStatus',
    ])
    .where('pairings.group_id', '=', groupId)
    .where('checkins.week', '=', week)
    .orderBy('checkins.id')
    .execute();
}

/** The group's latest posted week and its kind (the week a `/checkin` without a button answers). */
export function latestPostedGroupWeek(db: Db, groupId: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .select(['checkins.week', 'checkins.kind'])
    .where('pairings.group_id', '=', groupId)
    .where('checkins.status', '=', 'posted')
    .orderBy('checkins.week', 'desc')
    .executeTakeFirst();
}

/** The answers given to the given check-in rows, by member. */
export function answersOf(db: Db, checkinIds: number[]) {
  if (checkinIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('checkin_answers')
    .select(['checkin_id as checkinId', 'user_id as userId', 'status', 'note'])
    .where('checkin_id', 'in', checkinIds)
    .execute();
}

/**
 * Discord confirmed the group's post of a week: every pending row of that week is posted with it,
 * and every row of the week (one skipped meanwhile too) names the message, so the week's count
 * is found whatever became of any one membership.
 */
export async function markGroupWeekPosted(
  db: Db,
  groupId: number,
  week: number,
  messageId: string | null,
  at: Date,
): Promise<void> {
  const ofWeek = db
    .updateTable('checkins')
    .where('week', '=', week)
    .where('pairing_id', 'in', (eb) => eb.selectFrom('pairings').select('id').where('group_id', '=', groupId));
  await ofWeek
    .set({ status: 'posted', message_id: messageId, posted_at: at.toISOString() })
    .where('status', '=', 'pending')
    .execute();
  await ofWeek.set({ message_id: messageId }).where('message_id', 'is', null).execute();
}

export async function markGroupWeekFailed(db: Db, groupId: number, week: number): Promise<void> {
  await db
    .updateTable('checkins')
    .set({ status: 'failed' })
    .where('week', '=', week)
    .where('status', '=', 'pending')
    .where('pairing_id', 'in', (eb) => eb.selectFrom('pairings').select('id').where('group_id', '=', groupId))
    .execute();
}

/** Live groups with a thread whose next check-in is due, with what the schedule needs. */
export function dueGroups(db: Db, now: Date, limit: number, scope: GuildScope | null) {
  return db
    .selectFrom('pair_groups')
    .innerJoin('programs', 'programs.id', 'pair_groups.program_id')
    .select([
      'pair_groups.id as groupId',
      'pair_groups.guild_id as guildId',
      'pair_groups.week',
      'pair_groups.next_checkin_at as nextCheckinAt',
      'programs.checkin_day as checkinDay',
      'programs.checkin_hour as checkinHour',
      'programs.timezone',
      'programs.every_weeks as everyWeeks',
      'programs.weeks',
    ])
    .where('pair_groups.status', '=', 'active')
    .where('pair_groups.thread_id', 'is not', null)
    .where('pair_groups.next_checkin_at', '<=', now.toISOString())
    .where(inGuildScope('pair_groups.guild_id', scope))
    .where('programs.status', '<>', 'ended')
    .orderBy('pair_groups.next_checkin_at')
    .limit(limit)
    .execute();
}

/** Moves the group (and its memberships' week) to its next slot, only if still at `fromNextAt`. */
export async function advanceGroupSchedule(
  db: Db,
  groupId: number,
  fromNextAt: string | null,
  to: { week: number; nextAt: string | null },
): Promise<boolean> {
  const moved = await db
    .updateTable('pair_groups')
    .set({ week: to.week, next_checkin_at: to.nextAt })
    .where('id', '=', groupId)
    .where('next_checkin_at', '=', fromNextAt)
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) return false;
  await db
    .updateTable('pairings')
    .set({ week: to.week })
    .where('group_id', '=', groupId)
    .where('status', '<>', 'ended')
    .execute();
  return true;
}

/**
 * Groups whose latest prompt was posted at or before `postedBefore`, with no reminder sent yet:
 * one row per check-in row, to be grouped by group.
 */
export function groupPromptsToRemind(db: Db, postedBefore: Date, scope: GuildScope | null) {
  return (
    db
      .selectFrom('checkins')
      .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
      .innerJoin('pair_groups', 'pair_groups.id', 'pairings.group_id')
      .innerJoin('programs', 'programs.id', 'pair_groups.program_id')
      .select([
        'checkins.id',
        'checkins.week',
        'checkins.pairing_id as pairingId',
        'pair_groups.id as groupId',
        'pair_groups.guild_id as guildId',
        'programs.locale',
      ])
      .where('checkins.kind', '=', 'prompt')
      .where('checkins.status', '=', 'posted')
      .where('checkins.reminder_sent_at', 'is', null)
      .where('checkins.posted_at', '<=', postedBefore.toISOString())
      .whereRef('checkins.week', '=', 'pair_groups.week')
      // A prompt posted before a pause ended gets no reminder: a pause is not silence.
      .where((eb) =>
        eb.or([
          eb('pairings.checkins_paused_until', 'is', null),
          eb('checkins.posted_at', '>=', eb.ref('pairings.checkins_paused_until')),
        ]),
      )
      .where('pair_groups.status', '=', 'active')
      .where(inGuildScope('pair_groups.guild_id', scope))
      .execute()
  );
}
