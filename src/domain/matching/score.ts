import { utcOffsetMinutes } from '../checkins/zoned-time.ts';
import { keywords } from './keywords.ts';

export interface MatchProfile {
  userId: string;
  topics: readonly string[];
  /** A mentee's goals, a mentor's experience. */
  text: string;
  timezone: string | null;
  /** A mentee whose partner left: preferred when mentors are scarce. */
  priority?: boolean;
}

export interface MatchRules {
  /** Blocked either way, or already paired in this program: never proposed. */
  forbidden(menteeId: string, mentorId: string): boolean;
  /** Paired in an earlier program: allowed, but members asked for variety. */
  metBefore(menteeId: string, mentorId: string): boolean;
}

export const POINTS = {
  base: 10,
  perTopic: 12,
  maxTopics: 4,
  closeZones: 20,
  nearZones: 8,
  unknownZone: 6,
  perKeyword: 4,
  maxKeywords: 4,
  metBefore: -20,
  priority: 10,
} as const;

export interface MatchDetails {
  score: number;
  sharedTopics: string[];
  hoursApart: number | null;
  sharedKeywords: string[];
  metBefore: boolean;
}

function hoursApart(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const diff = Math.abs(a - b) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}

function zonePoints(hours: number | null): number {
  if (hours === null) return POINTS.unknownZone;
  return hours <= 3 ? POINTS.closeZones : hours <= 6 ? POINTS.nearZones : 0;
}

function points(topics: number, hours: number | null, words: number, metBefore: boolean, priority: boolean): number {
  const raw =
    POINTS.base +
    POINTS.perTopic * Math.min(topics, POINTS.maxTopics) +
    zonePoints(hours) +
    POINTS.perKeyword * Math.min(words, POINTS.maxKeywords) +
    (metBefore ? POINTS.metBefore : 0) +
    (priority ? POINTS.priority : 0);
  return Math.max(1, raw);
}

const offsets = (profiles: readonly MatchProfile[], at: Date) => {
  const cache = new Map<string, number>();
  return profiles.map((p) => {
    if (!p.timezone) return null;
    if (!cache.has(p.timezone)) cache.set(p.timezone, utcOffsetMinutes(p.timezone, at));
    return cache.get(p.timezone) as number;
  });
};

/** Counts, for one mentee, the mentors sharing each of its terms, through an inverted index. */
function index(mentors: readonly string[][]): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  mentors.forEach((terms, j) => {
    for (const term of terms) {
      const list = byTerm.get(term);
      if (list) list.push(j);
      else byTerm.set(term, [j]);
    }
  });
  return byTerm;
}

/** Points of every mentee × mentor pair, row-major; 0 where the pair is forbidden. */
export function scoreMatrix(
  mentees: readonly MatchProfile[],
  mentors: readonly MatchProfile[],
  rules: MatchRules,
  at: Date,
): Uint8Array {
  const M = mentors.length;
  const matrix = new Uint8Array(mentees.length * M);
  const topicIndex = index(mentors.map((m) => [...m.topics]));
  const wordIndex = index(mentors.map((m) => keywords(m.text)));
  const menteeOffsets = offsets(mentees, at);
  const mentorOffsets = offsets(mentors, at);
  const sharedTopics = new Uint16Array(M);
  const sharedWords = new Uint16Array(M);
  mentees.forEach((mentee, i) => {
    sharedTopics.fill(0);
    sharedWords.fill(0);
    for (const topic of mentee.topics)
      for (const j of topicIndex.get(topic) ?? []) sharedTopics[j] = (sharedTopics[j] as number) + 1;
    for (const word of keywords(mentee.text))
      for (const j of wordIndex.get(word) ?? []) sharedWords[j] = (sharedWords[j] as number) + 1;
    for (let j = 0; j < M; j += 1) {
      const mentor = mentors[j] as MatchProfile;
      if (mentor.userId === mentee.userId || rules.forbidden(mentee.userId, mentor.userId)) continue;
      const hours = hoursApart(menteeOffsets[i] ?? null, mentorOffsets[j] ?? null);
      matrix[i * M + j] = points(
        sharedTopics[j] as number,
        hours,
        sharedWords[j] as number,
        rules.metBefore(mentee.userId, mentor.userId),
        mentee.priority ?? false,
      );
    }
  });
  return matrix;
}

/** Why a pair scores what it does, for the admin's eyes. */
export function matchDetails(mentee: MatchProfile, mentor: MatchProfile, rules: MatchRules, at: Date): MatchDetails {
  const sharedTopics = mentee.topics.filter((t) => mentor.topics.includes(t));
  const mentorWords = new Set(keywords(mentor.text));
  const sharedKeywords = keywords(mentee.text).filter((w) => mentorWords.has(w));
  const [menteeOffset] = offsets([mentee], at);
  const [mentorOffset] = offsets([mentor], at);
  const hours = hoursApart(menteeOffset ?? null, mentorOffset ?? null);
  const metBefore = rules.metBefore(mentee.userId, mentor.userId);
  return {
    score: points(sharedTopics.length, hours, sharedKeywords.length, metBefore, mentee.priority ?? false),
    sharedTopics,
    hoursApart: hours,
    sharedKeywords,
    metBefore,
  };
}
