import type { AppContext } from '../../context.ts';
import type { Signup } from '../signups/signup.types.ts';
import type { Program } from '../programs/program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { requireProgram } from '../programs/program.service.ts';
import { signupTopics } from '../signups/signup.service.ts';
import { mentorAvailable } from '../requests/request-rules.ts';
import { solveAssignment } from './auction.ts';
import {
  blocksOfGuild,
  currentSignupsOfProgram,
  findStoredSuggestion,
  insertSuggestion,
  liveLoadOfMentors,
  pairsOfGuild,
  programOfSuggestion,
} from './matching.repo.ts';
import { matchDetails, scoreMatrix, type MatchDetails, type MatchProfile, type MatchRules } from './score.ts';

export interface Proposal extends MatchDetails {
  menteeId: string;
  mentorId: string;
}

export type UnmatchedReason = 'no-capacity' | 'no-compatible' | 'capacity-taken';

export interface Suggestion {
  id: number;
  program: Program;
  proposals: Proposal[];
  unmatched: { menteeId: string; reason: UnmatchedReason }[];
}

const key = (a: string, b: string) => `${a}|${b}`;

function profile(signup: Signup): MatchProfile {
  return {
    userId: signup.userId,
    topics: signupTopics(signup),
    text: signup.goals,
    timezone: signup.timezone,
    priority: signup.priority,
  };
}

/** The rules of a server and program: blocks either way and pairs already made here are out. */
async function rulesFor(ctx: AppContext, program: Program): Promise<MatchRules> {
  const blocks = await blocksOfGuild(ctx.db, program.guildId);
  const pairings = await pairsOfGuild(ctx.db, program.guildId);
  const forbidden = new Set<string>();
  const met = new Set<string>();
  for (const b of blocks) {
    forbidden.add(key(b.blockerId, b.blockedId));
    forbidden.add(key(b.blockedId, b.blockerId));
  }
  for (const p of pairings) {
    const target = p.programId === program.id ? forbidden : met;
    target.add(key(p.menteeId, p.mentorId));
    target.add(key(p.mentorId, p.menteeId));
  }
  return { forbidden: (a, b) => forbidden.has(key(a, b)), metBefore: (a, b) => met.has(key(a, b)) };
}

/** The cohort: waiting mentees, and available mentors with room left, with how much room. */
export async function cohortOf(ctx: AppContext, program: Program) {
  const signups = await currentSignupsOfProgram(ctx.db, program.id);
  const used = await liveLoadOfMentors(ctx.db, program.id);
  const mentees = signups.filter((s) => s.role === 'mentee' && s.status === 'waiting');
  const now = ctx.clock.now();
  const mentors = signups
    .filter((s) => s.role === 'mentor' && mentorAvailable(s, now))
    .map((s) => ({ signup: s, room: program.mentorCapacity - (used.get(s.userId) ?? 0) }))
    .filter((m) => m.room > 0);
  return { mentees, mentors };
}

/**
 * Proposes pairs for the whole waiting cohort, maximising the total match quality under
 * mentor capacity (an exact optimum, see auction.ts), and says why each mentee left out is.
 * The suggestion is stored so that its buttons can accept it later, re-checked.
 */
export async function suggestMatches(ctx: AppContext, actor: Actor, programName: string): Promise<Suggestion> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, programName);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  if (program.matching === 'request') throw new UserFacingError('error.suggestOff', { program: program.name });
  const now = ctx.clock.now();
  const { mentees, mentors } = await cohortOf(ctx, program);
  const rules = await rulesFor(ctx, program);
  const menteeProfiles = mentees.map(profile);
  const mentorProfiles = mentors.map((m) => profile(m.signup));
  const score = scoreMatrix(menteeProfiles, mentorProfiles, rules, now);
  const assignment = solveAssignment({
    mentees: mentees.length,
    mentors: mentors.length,
    capacity: mentors.map((m) => m.room),
    score,
  });

  const proposals: Proposal[] = [];
  const unmatched: Suggestion['unmatched'] = [];
  assignment.forEach((j, i) => {
    const mentee = menteeProfiles[i] as MatchProfile;
    if (j >= 0) {
      const mentor = mentorProfiles[j] as MatchProfile;
      proposals.push({ menteeId: mentee.userId, mentorId: mentor.userId, ...matchDetails(mentee, mentor, rules, now) });
      return;
    }
    const compatible = mentorProfiles.some((_, m) => (score[i * mentors.length + m] as number) > 0);
    unmatched.push({
      menteeId: mentee.userId,
      reason: mentors.length === 0 ? 'no-capacity' : compatible ? 'capacity-taken' : 'no-compatible',
    });
  });
  proposals.sort((a, b) => b.score - a.score);

  const id = await insertSuggestion(ctx.db, {
    programId: program.id,
    guildId: program.guildId,
    createdBy: actor.userId,
    at: now.toISOString(),
    proposals: JSON.stringify(proposals),
    unmatched: JSON.stringify(unmatched),
  });
  return { id, program, proposals, unmatched };
}

export async function findSuggestion(ctx: AppContext, guildId: string, id: number): Promise<Suggestion | null> {
  const row = await findStoredSuggestion(ctx.db, guildId, id);
  if (!row) return null;
  const program = await programOfSuggestion(ctx.db, row.programId);
  return { id: row.id, program, proposals: JSON.parse(row.proposals), unmatched: JSON.parse(row.unmatched) };
}
