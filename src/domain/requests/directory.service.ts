import { liveLoadOfMentors } from '../matching/matching.repo.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../actor.ts';
import { utcOffsetMinutes } from '../checkins/zoned-time.ts';
import { UserFacingError } from '../errors.ts';
import { pageWithin } from '../paging.ts';
import { findProgram, findProgramByName } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { signupTopics } from '../signups/signup.service.ts';
import { normalizeText } from '../text.ts';
import { blockedEitherWay, mentorsOfProgram, pairedBeforeIn } from './directory.repo.ts';
import { mentorAvailable, requireRequestMode, waitingMentee } from './request-rules.ts';

export const DIRECTORY_PAGE_SIZE = 5;

export interface DirectoryEntry {
  userId: string;
  topics: string[];
  /** What they wrote about their experience when signing up. */
  experience: string;
  /** Their time zone's offset from UTC now, in minutes; null if they gave none. */
  offsetMinutes: number | null;
}

export interface DirectoryPage {
  program: Program;
  topic: string | null;
  entries: DirectoryEntry[];
  page: number;
  pages: number;
  total: number;
}

/** Text compared without case or accents: "Écriture" finds "ecriture". */
export function topicKey(text: string): string {
  return normalizeText(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The mentors of a program a mentee may ask now, filtered by topic. */
async function mentorsWithRoom(ctx: AppContext, program: Program, menteeId: string, topic: string | null) {
  const now = ctx.clock.now();
  const [mentors, live, blocked, before] = await Promise.all([
    mentorsOfProgram(ctx.db, program.id),
    liveLoadOfMentors(ctx.db, program.id),
    blockedEitherWay(ctx.db, program.guildId, menteeId),
    pairedBeforeIn(ctx.db, program.id, menteeId),
  ]);
  const wanted = topic ? topicKey(topic) : '';
  return mentors.filter(
    (m) =>
      m.userId !== menteeId &&
      mentorAvailable(m, now) &&
      (live.get(m.userId) ?? 0) < program.mentorCapacity &&
      !blocked.has(m.userId) &&
      !before.has(m.userId) &&
      (wanted === '' || signupTopics(m).some((t) => topicKey(t).includes(wanted))),
  );
}

/**
 * A page of the program's mentors who have room (places left, available), for a waiting
 * mentee of a program that takes requests: their topics, experience and time zone offset.
 */
export async function mentorDirectory(
  ctx: AppContext,
  actor: Actor,
  program: { name: string } | { id: number },
  topic: string | null,
  page: number,
): Promise<DirectoryPage> {
  const found =
    'name' in program
      ? await findProgramByName(ctx.db, actor.guildId, program.name)
      : await findProgram(ctx.db, program.id);
  if (!found || found.guildId !== actor.guildId)
    throw new UserFacingError('name' in program ? 'error.unknownProgram' : 'error.staleButton');
  requireRequestMode(found);
  await waitingMentee(ctx.db, found, actor.userId);
  const filter = topic && topicKey(topic) ? topic : null;
  const mentors = await mentorsWithRoom(ctx, found, actor.userId, filter);
  const shown = pageWithin(page, mentors.length, DIRECTORY_PAGE_SIZE);
  const now = ctx.clock.now();
  const entries = mentors.slice(shown.page * DIRECTORY_PAGE_SIZE, (shown.page + 1) * DIRECTORY_PAGE_SIZE).map((m) => ({
    userId: m.userId,
    topics: signupTopics(m),
    experience: m.goals,
    offsetMinutes: m.timezone ? utcOffsetMinutes(m.timezone, now) : null,
  }));
  return { program: found, topic: filter, entries, page: shown.page, pages: shown.pages, total: mentors.length };
}

/**
 * For autocomplete, the topics containing what was typed of the mentors the directory would
 * show this member now (available, with room); none where the program takes no requests.
 */
export async function mentorTopics(
  ctx: AppContext,
  member: { guildId: string; userId: string },
  programName: string,
  typed: string,
) {
  const program = await findProgramByName(ctx.db, member.guildId, programName);
  if (!program || program.matching === 'admin' || program.status === 'ended') return [];
  const wanted = topicKey(typed);
  const topics = new Set((await mentorsWithRoom(ctx, program, member.userId, null)).flatMap(signupTopics));
  return [...topics]
    .filter((t) => topicKey(t).includes(wanted))
    .sort()
    .slice(0, 25);
}
