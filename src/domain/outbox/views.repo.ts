import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toReport } from '../reports/report.repo.ts';
import type { Report } from '../reports/report.types.ts';

/** A check-in with what its message shows: its pairing's thread and members, its program's plan. */
export function checkinToRender(db: Kysely<DB>, checkinId: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'checkins.id',
      'checkins.week',
      'checkins.kind',
      'checkins.nonce',
      'checkins.message_id as messageId',
      'pairings.id as pairingId',
      'pairings.thread_id as threadId',
      'pairings.mentor_id as mentorId',
      'pairings.mentee_id as menteeId',
    ])
    .select([
      'programs.template',
      'programs.weeks',
      'programs.pulse_week as pulseWeek',
      'programs.every_weeks as everyWeeks',
      'programs.locale',
      'programs.name as programName',
    ])
    .where('checkins.id', '=', checkinId)
    .executeTakeFirst();
}

export function reportToRender(db: Kysely<DB>, reportId: number): Promise<Report | undefined> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', reportId)
    .executeTakeFirst()
    .then((row) => row && toReport(row));
}
