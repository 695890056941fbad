import type { Db } from '../../db/schema.ts';
import type { Program } from '../programs/program.types.ts';
import type { PulseAnswer, PulseAsked } from './pulse.types.ts';
import { pulseAnswersOfProgram, pulsesAskedOfProgram } from './pulse.repo.ts';

/** Scores of 1 and 2 put a pair in "needs attention". */
export const LOW_PULSE_SCORE = 2;

export interface PulseStats {
  /** How many answers gave each score, 1 to 5. */
  distribution: [number, number, number, number, number];
  answered: number;
  asked: number;
  /** The mean score of each pulse week, then of the closing forms ('end'). */
  trend: { week: number | 'end'; mean: number }[];
  /** Comments, sorted by their text so that neither order nor anything else tells who wrote one. */
  comments: { comment: string; userId: string | null }[];
  /** The pairings whose latest answer of a member was a low score. */
  lowScorePairings: Set<number>;
  /** The groups whose mentor's latest answer was a low score (named by group, never by one membership). */
  lowScoreGroups: Set<number>;
  /** The closing forms' scores: the program's end rating, with the ratings of /mentorship end. */
  closingScores: { pairingId: number; userId: string; score: number }[];
}

/** Asked: both members of a pair; a group's mentees each, and its mentor once per group and week. */
function countAsked(asked: readonly PulseAsked[]): number {
  const groupWeeks = new Set<string>();
  let count = 0;
  for (const row of asked) {
    if (row.groupId === null) count += 2;
    else {
      count += 1;
      groupWeeks.add(`${row.groupId}:${row.kind}:${row.week}`);
    }
  }
  return count + groupWeeks.size;
}

function trendOf(answers: readonly PulseAnswer[]): PulseStats['trend'] {
  const sums = new Map<number | 'end', { sum: number; n: number }>();
  for (const a of answers) {
    const key = a.kind === 'closing' ? 'end' : a.week;
    const entry = sums.get(key) ?? { sum: 0, n: 0 };
    entry.sum += a.score;
    entry.n += 1;
    sums.set(key, entry);
  }
  return [...sums.entries()]
    .map(([week, { sum, n }]) => ({ week, mean: sum / n }))
    .sort((a, b) => (a.week === 'end' ? 1 : b.week === 'end' ? -1 : a.week - b.week));
}

function lowScores(answers: readonly PulseAnswer[], byGroup: boolean): Set<number> {
  const latest = new Map<string, PulseAnswer>();
  for (const a of answers) {
    if (a.byGroupMentor !== byGroup) continue;
    const key = byGroup ? `${a.groupId}` : `${a.pairingId}:${a.userId}`;
    const seen = latest.get(key);
    if (!seen || seen.week < a.week) latest.set(key, a);
  }
  const low = [...latest.values()].filter((a) => a.score <= LOW_PULSE_SCORE);
  return new Set(low.map((a) => (byGroup ? (a.groupId ?? a.pairingId) : a.pairingId)));
}

export async function pulseStats(db: Db, program: Program): Promise<PulseStats> {
  const answers = await pulseAnswersOfProgram(db, program.id);
  const asked = await pulsesAskedOfProgram(db, program.id, program);
  const count = (score: number) => answers.filter((a) => a.score === score).length;
  const distribution: PulseStats['distribution'] = [count(1), count(2), count(3), count(4), count(5)];
  return {
    distribution,
    answered: answers.length,
    asked: Math.max(countAsked(asked), answers.length),
    trend: trendOf(answers),
    comments: answers
      .filter((a): a is PulseAnswer & { comment: string } => a.comment !== null)
      .map((a) => ({ comment: a.comment, userId: a.nameShown ? a.userId : null }))
      .sort((a, b) => (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0)),
    lowScorePairings: lowScores(answers, false),
    lowScoreGroups: lowScores(answers, true),
    closingScores: answers
      .filter((a) => a.kind === 'closing')
      .map((a) => ({ pairingId: a.pairingId, userId: a.userId, score: a.score })),
  };
}
