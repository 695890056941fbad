import type { Db } from '../../db/schema.ts';
import type { PulseAnswer, PulseAsked } from './pulse.types.ts';

/** Records a member's answer; answering again for the same pairing and week replaces it. */
export async function upsertPulseAnswer(
  db: Db,
  answer: Omit<PulseAnswer, 'groupId' | 'byGroupMentor'> & { at: Date },
): Promise<void> {
  const values = {
    kind: answer.kind,
    score: answer.score,
    comment: answer.comment,
    name_shown: answer.nameShown ? 1 : 0,
    answered_at: answer.at.toISOString(),
  };
  await db
    .insertInto('pulse_answers')
    .values({ pairing_id: answer.pairingId, user_id: answer.userId, week: answer.week, ...values })
    .onConflict((oc) => oc.columns(['pairing_id', 'user_id', 'week']).doUpdateSet(values))
    .execute();
}

/** Every answer given in a program's pairings. */
export async function pulseAnswersOfProgram(db: Db, programId: number): Promise<PulseAnswer[]> {
  const rows = await db
    .selectFrom('pulse_answers')
    .innerJoin('pairings', 'pairings.id', 'pulse_answers.pairing_id')
    .select([
      'pulse_answers.pairing_id as pairingId',
      'pairings.group_id as groupId',
      'pulse_answers.user_id as userId',
      'pulse_answers.week',
      'pulse_answers.kind',
      'pulse_answers.score',
      'pulse_answers.comment',
      'pulse_answers.name_shown as nameShown',
      'pairings.mentor_id as mentorId',
    ])
    .where('pairings.program_id', '=', programId)
    .execute();
  return rows.map(({ mentorId, ...row }) => ({
    ...row,
    nameShown: Number(row.nameShown) === 1,
    byGroupMentor: row.groupId !== null && row.userId === mentorId,
  }));
}

/** The posted messages of a program that asked its members a pulse: its pulse week's prompts and the closings. */
export async function pulsesAskedOfProgram(
  db: Db,
  programId: number,
  { pulseWeek, everyWeeks }: { pulseWeek: number; everyWeeks: number },
): Promise<PulseAsked[]> {
  const rows = await db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .select(['checkins.pairing_id as pairingId', 'pairings.group_id as groupId', 'checkins.week', 'checkins.kind'])
    .where('pairings.program_id', '=', programId)
    .where('checkins.status', '=', 'posted')
    .where((eb) =>
      eb.or([
        eb('checkins.kind', '=', 'closing'),
        eb.and([
          eb('checkins.kind', '=', 'prompt'),
          eb('checkins.week', '<=', pulseWeek),
          eb('checkins.week', '>', pulseWeek - everyWeeks),
        ]),
      ]),
    )
    .execute();
  return rows.map((row) => ({ ...row, kind: row.kind === 'closing' ? 'closing' : 'pulse' }));
}

/**
 * Removes a group mentor's answers of this week and kind kept on the group's other memberships: a
 * mentor answers once per group and week, whichever membership the answer lands on.
 */
export async function deleteMentorAnswersOfGroupWeek(
  db: Db,
  answer: { groupId: number; userId: string; week: number; kind: PulseAnswer['kind']; keepPairingId: number },
): Promise<void> {
  await db
    .deleteFrom('pulse_answers')
    .where('user_id', '=', answer.userId)
    .where('week', '=', answer.week)
    .where('kind', '=', answer.kind)
    .where('pairing_id', '!=', answer.keepPairingId)
    .where('pairing_id', 'in', db.selectFrom('pairings').select('id').where('group_id', '=', answer.groupId))
    .execute();
}

/** Erases a member's answers (and so their comments) in their pairings of a server. */
export async function deletePulseAnswersOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('pulse_answers')
    .where('user_id', '=', userId)
    .where('pairing_id', 'in', db.selectFrom('pairings').select('id').where('guild_id', '=', guildId))
    .execute();
}

/**
 * The pulse-week scores (not the closing's) given in these pairings, without who gave them. A group
 * mentor's answer is the group's, not one membership's: it is left out.
 */
export async function pulseScoresOfPairings(
  db: Db,
  pairingIds: readonly number[],
): Promise<{ pairingId: number; score: number }[]> {
  if (pairingIds.length === 0) return [];
  return db
    .selectFrom('pulse_answers')
    .innerJoin('pairings', 'pairings.id', 'pulse_answers.pairing_id')
    .select(['pulse_answers.pairing_id as pairingId', 'pulse_answers.score'])
    .where('pulse_answers.pairing_id', 'in', pairingIds)
    .where('pulse_answers.kind', '=', 'pulse')
    .where((eb) =>
      eb.or([eb('pairings.group_id', 'is', null), eb('pulse_answers.user_id', '!=', eb.ref('pairings.mentor_id'))]),
    )
    .orderBy('pulse_answers.pairing_id')
    .orderBy('pulse_answers.score')
    .execute();
}
