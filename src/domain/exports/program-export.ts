import type { AppContext } from '../../context.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { requireProgram } from '../programs/program.service.ts';
import type { Program } from '../programs/program.types.ts';
import { CsvWriter, type CsvFile } from './csv.ts';
import {
  checkinTotalsOf,
  peopleOfProgram,
  pairingsPage,
  ratingsOf,
  reportCounts,
  signupsPage,
  weeklyAnswers,
  weeklyPrompts,
} from './export.repo.ts';
import { pulseScoresOf } from './pulse-scores.ts';

export const exportKinds = ['pairs', 'signups', 'checkins', 'reports'] as const;
export type ExportKind = (typeof exportKinds)[number];
export type ExportChoice = ExportKind | 'all';

type Names = ReadonlyMap<string, string>;

/** A program's data as CSV files for its admins: no check-in notes, feedback text, or report text. */
export async function exportProgram(
  ctx: AppContext,
  actor: Actor,
  name: string,
  what: ExportChoice,
  maxFileBytes: number,
): Promise<{ program: Program; files: CsvFile[] }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  const kinds = what === 'all' ? exportKinds : [what];
  const needsNames = kinds.includes('pairs') || kinds.includes('signups');
  const people = needsNames ? await peopleOfProgram(ctx.db, program.id) : [];
  const names = people.length ? await displayNames(ctx, actor.guildId, people) : new Map<string, string>();
  const files: CsvFile[] = [];
  for (const kind of kinds) files.push(...(await writers[kind](ctx, program, names, maxFileBytes)));
  return { program, files };
}

const nameOf = (names: Names, id: string) => names.get(id) ?? id;

/** Members read one by one when the list is refused: that needs no privileged intent, but is paced. */
const ONE_BY_ONE_MAX = 100;

/**
 * Names at export time, from the server's member list. Listing members takes the privileged
 * Server Members intent; without it the first hundred members are read one by one, and the ids
 * stand in for the rest.
 */
async function displayNames(ctx: AppContext, guildId: string, userIds: string[]): Promise<Names> {
  try {
    return await ctx.discord.memberDisplayNames(guildId, userIds);
  } catch (error) {
    ctx.log.warn('export.namesUnavailable', { err: error, guildId });
  }
  const names = new Map<string, string>();
  try {
    for (const id of userIds.slice(0, ONE_BY_ONE_MAX)) {
      const name = await ctx.discord.memberDisplayName(guildId, id);
      if (name !== null) names.set(id, name);
    }
  } catch (error) {
    ctx.log.warn('export.namesUnavailable', { err: error, guildId });
  }
  return names;
}

const writers: Record<
  ExportKind,
  (ctx: AppContext, program: Program, names: Names, max: number) => Promise<CsvFile[]>
> = { pairs: pairsCsv, signups: signupsCsv, checkins: checkinsCsv, reports: reportsCsv };

async function pairsCsv(ctx: AppContext, program: Program, names: Names, max: number): Promise<CsvFile[]> {
  const csv = new CsvWriter('pairs', pairHeader, max);
  for (let after = 0; ;) {
    const page = await pairingsPage(ctx.db, program.id, after);
    if (!page.length) break;
    after = page.at(-1)!.id;
    const ids = page.map((p) => p.id);
    const [totals, ratings, pulses] = await Promise.all([
      checkinTotalsOf(ctx.db, ids),
      ratingsOf(ctx.db, ids),
      pulseScoresOf(ctx.db, ids),
    ]);
    const totalOf = new Map(totals.map((row) => [row.pairingId, row]));
    for (const p of page) {
      const total = totalOf.get(p.id);
      const posted = Number(total?.posted ?? 0);
      const answers = Number(total?.answers ?? 0);
      const given = ratings.filter((r) => r.pairingId === p.id).map((r) => Number(r.rating));
      csv.add([
        p.id,
        p.groupId,
        p.mentorId,
        nameOf(names, p.mentorId),
        p.menteeId,
        nameOf(names, p.menteeId),
        p.status,
        posted,
        posted ? (answers / (posted * 2)).toFixed(2) : null,
        total?.lastAnswerAt ?? null,
        pulses.get(p.id) ?? null,
        given.length ? Number((given.reduce((a, b) => a + b, 0) / given.length).toFixed(1)) : null,
        p.endedBy,
        p.endReason,
        p.endedAt,
      ]);
    }
  }
  return csv.files();
}

const pairHeader = [
  'pairing_id',
  'group',
  'mentor_id',
  'mentor_name',
  'mentee_id',
  'mentee_name',
  'status',
  'weeks_done',
  'checkin_answer_rate',
  'last_answer_at',
  'pulse_scores',
  // The pair's mean: members were told admins see ratings only as averages.
  'end_rating',
  'ended_by',
  'end_reason',
  'ended_at',
];

async function signupsCsv(ctx: AppContext, program: Program, names: Names, max: number): Promise<CsvFile[]> {
  const csv = new CsvWriter(
    'signups',
    ['signup_id', 'user_id', 'name', 'role', 'topics', 'status', 'waiting_since', 'availability'],
    max,
  );
  for (let after = 0; ;) {
    const page = await signupsPage(ctx.db, program.id, after);
    if (!page.length) break;
    after = page.at(-1)!.id;
    for (const s of page)
      csv.add([
        s.id,
        s.userId,
        nameOf(names, s.userId),
        s.role,
        (JSON.parse(s.topics) as string[]).join('; '),
        s.status,
        s.status === 'waiting' ? s.createdAt : null,
        s.role === 'mentor' ? s.availability : null,
      ]);
  }
  return csv.files();
}

async function checkinsCsv(ctx: AppContext, program: Program, _names: Names, max: number): Promise<CsvFile[]> {
  const [prompts, answers] = await Promise.all([weeklyPrompts(ctx.db, program.id), weeklyAnswers(ctx.db, program.id)]);
  const csv = new CsvWriter('checkins', ['week', 'asked', 'answered', 'on_track', 'need_help', 'stuck'], max);
  const count = (week: number, status?: string) =>
    answers
      .filter((a) => Number(a.week) === week && (status === undefined || a.status === status))
      .reduce((sum, a) => sum + Number(a.n), 0);
  for (const { week, n } of [...prompts].sort((a, b) => Number(a.week) - Number(b.week))) {
    const w = Number(week);
    csv.add([w, Number(n) * 2, count(w), count(w, 'on-track'), count(w, 'need-help'), count(w, 'stuck')]);
  }
  return csv.files();
}

async function reportsCsv(ctx: AppContext, program: Program, _names: Names, max: number): Promise<CsvFile[]> {
  const csv = new CsvWriter('reports', ['status', 'outcome', 'count'], max);
  for (const row of await reportCounts(ctx.db, program.id)) csv.add([row.status, row.outcome, Number(row.n)]);
  return csv.files();
}
