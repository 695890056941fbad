import type { Kysely, Transaction } from 'kysely';
import type { AnswerStatus, Checkin, DB } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Active pairings with a check-in due at `now`, with what the schedule needs from the program. */
export function duePairings(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('pairings')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'pairings.id as pairingId',
      'pairings.guild_id',
      'pairings.week',
      'pairings.next_checkin_at',
      'programs.checkin_day',
      'programs.checkin_hour',
      'programs.timezone',
      'programs.every_weeks',
      'programs.weeks',
    ])
    .where('pairings.status', '=', 'active')
    .where('pairings.thread_id', 'is not', null)
    .where('pairings.next_checkin_at', '<=', now.toISOString())
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
    .executeTakeFirst();
}

export function findCheckin(db: Db, id: number): Promise<Checkin | undefined> {
  return db.selectFrom('checkins').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function upsertAnswer(
  db: Db,
  answer: { checkinId: number; userId: string; status: AnswerStatus; note: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('checkin_answers')
    .values({
      checkin_id: answer.checkinId,
      user_id: answer.userId,
      status: answer.status,
      note: answer.note,
      answered_at: answer.at.toISOString(),
    })
    .onConflict((oc) =>
      oc
        .columns(['checkin_id', 'user_id'])
        .doUpdateSet({ status: answer.status, note: answer.note, answered_at: answer.at.toISOString() }),
    )
    .execute();
}
