import { ManualClock } from '../src/clock.ts';
import type { Actor } from '../src/domain/actor.ts';
import { solveAssignment } from '../src/domain/matching/auction.ts';
import { greedyAssignment, totalScore } from './greedy.ts';
import { scoreMatrix, type MatchProfile } from '../src/domain/matching/score.ts';
import { suggestMatches } from '../src/domain/matching/suggest.service.ts';
import { instantContext } from './instant-discord.ts';
import { benchDb, benchProgram, seeded } from './fixtures.ts';

const zones = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Athens',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  null,
];
const words = Array.from({ length: 300 }, (_, i) => `skill${i.toString(36)}word`);

/**
 * The cohort: 5,000 mentees and 1,000 mentors of capacity 5, 20 topics each drawn
 * from 200, random time zones, goals and experience from a 300-word vocabulary. Times the
 * whole suggestion as an admin waits for it (database in and out included), and compares its
 * total score with the greedy baseline on the same score matrix.
 */
export async function matchingBench(mentees = 5000, mentors = 1000, capacity = 5) {
  const random = seeded(7);
  const pick = <T>(list: readonly T[], n: number) => {
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(list[Math.floor(random() * list.length)] as T);
    return [...chosen];
  };
  const topics = Array.from({ length: 200 }, (_, i) => `topic-${i}`);
  const at = '2026-03-02T09:00:00.000Z';
  const { db, drop } = await benchDb();
  const program = await db
    .insertInto('programs')
    .values(benchProgram(at, { mentor_capacity: capacity }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [
    ...Array.from({ length: mentors }, (_, i) => ({ user: `mentor${i}`, role: 'mentor' as const })),
    ...Array.from({ length: mentees }, (_, i) => ({ user: `mentee${i}`, role: 'mentee' as const })),
  ].map(({ user, role }) => ({
    program_id: program.id,
    guild_id: 'g',
    user_id: user,
    role,
    topics: JSON.stringify(pick(topics, 20)),
    goals: pick(words, 8).join(' '),
    timezone: zones[Math.floor(random() * zones.length)] ?? null,
    adult_attested_at: at,
    status: 'waiting' as const,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('signups')
      .values(rows.slice(i, i + 500))
      .execute();

  const ctx = instantContext(db, new ManualClock(new Date(at)));
  const admin: Actor = {
    userId: 'admin',
    guildId: 'g',
    locale: 'en-US',
    guildLocale: 'en-US',
    roleIds: [],
    canManageGuild: true,
    canModerateMembers: false,
  };
  const t0 = performance.now();
  const suggestion = await suggestMatches(ctx, admin, 'Bench');
  const suggestMs = performance.now() - t0;

  // The same problem again, to compare the optimum with greedy on identical scores.
  const profile = (r: (typeof rows)[number]): MatchProfile => ({
    userId: r.user_id,
    topics: JSON.parse(r.topics),
    text: r.goals,
    timezone: r.timezone,
  });
  const problem = {
    mentees,
    mentors,
    capacity: new Array(mentors).fill(capacity),
    score: scoreMatrix(
      rows.filter((r) => r.role === 'mentee').map(profile),
      rows.filter((r) => r.role === 'mentor').map(profile),
      { forbidden: () => false, metBefore: () => false },
      new Date(at),
    ),
  };
  const t1 = performance.now();
  const optimal = solveAssignment(problem);
  const solveMs = performance.now() - t1;
  const t2 = performance.now();
  const greedy = greedyAssignment(problem);
  const greedyMs = performance.now() - t2;
  await drop();
  return {
    mentees,
    mentors,
    capacity,
    suggest_ms: Math.round(suggestMs),
    solve_ms: Math.round(solveMs),
    greedy_ms: Math.round(greedyMs),
    proposals: suggestion.proposals.length,
    score_vs_greedy: Number((totalScore(problem, optimal) / totalScore(problem, greedy)).toFixed(4)),
  };
}
