import type { AppContext } from '../../context.ts';
import type { AnswerStatus } from '../../db/schema.ts';
import type { Program } from './program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { countOpenReportsOfProgram } from '../reports/report.repo.ts';
import { countSignupsByRoleAndStatus } from '../signups/signup.repo.ts';
import { pairingsOfProgram, postedCheckinAnswers, programRatings } from './program.repo.ts';
import { pulseStats, type PulseStats } from '../pulse/pulse-stats.ts';
import { requireProgram } from './program.service.ts';

export interface WeekRate {
  week: number;
  answers: number;
  expected: number;
}

export type AttentionReason =
  | { kind: 'silent' }
  | { kind: 'help' | 'stuck'; week: number }
  | { kind: 'paused'; reason: string }
  | { kind: 'pulse' };

export interface Attention {
  pairingId: number;
  mentorId: string;
  menteeId: string;
  reason: AttentionReason;
}

/** A group whose mentor's latest pulse answer was low: the group's, never one membership's. */
export interface GroupAttention {
  groupId: number;
  mentorId: string;
}

export interface ProgramStats {
  program: Program;
  signups: { mentor: number; mentee: number };
  waiting: { mentor: number; mentee: number };
  pairs: { active: number; paused: number; ended: number };
  weeks: WeekRate[];
  attention: Attention[];
  groupAttention: GroupAttention[];
  openReports: number;
  rating: { average: number; count: number } | null;
  pulse: PulseStats;
}

/** The health of a program, from the database alone: counts, answer rates, pairs to look at. */
export async function programStats(ctx: AppContext, actor: Actor, name: string): Promise<ProgramStats> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  const db = ctx.db;

  const signupRows = await countSignupsByRoleAndStatus(db, program.id);
  const count = (filter: (row: (typeof signupRows)[number]) => boolean, role: 'mentor' | 'mentee') =>
    signupRows.filter((row) => row.role === role && filter(row)).reduce((sum, row) => sum + Number(row.n), 0);
  const live = (row: { status: string }) => row.status === 'waiting' || row.status === 'paired';
  const waiting = (row: { status: string }) => row.status === 'waiting';

  const pairingRows = await pairingsOfProgram(db, program.id);
  const pairs = { active: 0, paused: 0, ended: 0 };
  for (const p of pairingRows) pairs[p.status] += 1;

  const checkins = await postedCheckinAnswers(db, program.id);

  const byWeek = new Map<number, WeekRate>();
  const byCheckin = new Map<number, { week: number; pairingId: number; answers: (AnswerStatus | null)[] }>();
  for (const row of checkins) {
    const entry = byCheckin.get(row.id) ?? { week: row.week, pairingId: row.pairingId, answers: [] };
    entry.answers.push(row.answer);
    byCheckin.set(row.id, entry);
  }
  for (const checkin of byCheckin.values()) {
    const rate = byWeek.get(checkin.week) ?? { week: checkin.week, answers: 0, expected: 0 };
    rate.expected += 2;
    rate.answers += checkin.answers.filter((a) => a !== null).length;
    byWeek.set(checkin.week, rate);
  }

  const pulse = await pulseStats(db, program);
  const attention: Attention[] = [];
  for (const pairing of pairingRows) {
    const base = { pairingId: pairing.id, mentorId: pairing.mentorId, menteeId: pairing.menteeId };
    if (pairing.status === 'paused') {
      attention.push({ ...base, reason: { kind: 'paused', reason: pairing.pausedReason ?? '' } });
      continue;
    }
    if (pairing.status !== 'active') continue;
    const recent = [...byCheckin.values()].filter((c) => c.pairingId === pairing.id).sort((a, b) => b.week - a.week);
    const [latest, previous] = recent;
    const answered = (c: typeof latest) => c !== undefined && c.answers.some((a) => a !== null);
    if (latest && previous && !answered(latest) && !answered(previous))
      attention.push({ ...base, reason: { kind: 'silent' } });
    else if (latest?.answers.includes('stuck'))
      attention.push({ ...base, reason: { kind: 'stuck', week: latest.week } });
    else if (latest?.answers.includes('need-help'))
      attention.push({ ...base, reason: { kind: 'help', week: latest.week } });
    if (pulse.lowScorePairings.has(pairing.id)) attention.push({ ...base, reason: { kind: 'pulse' } });
  }

  const groupAttention = new Map<number, GroupAttention>();
  for (const p of pairingRows)
    if (p.groupId !== null && pulse.lowScoreGroups.has(p.groupId) && (p.status === 'active' || p.status === 'paused'))
      groupAttention.set(p.groupId, { groupId: p.groupId, mentorId: p.mentorId });

  const openReports = await countOpenReportsOfProgram(db, program.id);
  // A member's closing form is their end rating; one given on /mentorship end too counts once.
  const ratings = new Map<string, number>();
  for (const r of await programRatings(db, program.id)) ratings.set(`${r.pairingId}:${r.userId}`, r.rating);
  for (const r of pulse.closingScores) ratings.set(`${r.pairingId}:${r.userId}`, r.score);
  const scores = [...ratings.values()];

  return {
    program,
    signups: { mentor: count(live, 'mentor'), mentee: count(live, 'mentee') },
    waiting: { mentor: count(waiting, 'mentor'), mentee: count(waiting, 'mentee') },
    pairs,
    weeks: [...byWeek.values()].sort((a, b) => a.week - b.week),
    attention,
    groupAttention: [...groupAttention.values()],
    openReports,
    rating:
      scores.length > 0 ? { average: scores.reduce((a, b) => a + b, 0) / scores.length, count: scores.length } : null,
    pulse,
  };
}
