import { describe, expect, test } from 'vitest';
import { keywords } from '../../src/domain/matching/keywords.ts';
import {
  matchDetails,
  POINTS,
  scoreMatrix,
  type MatchProfile,
  type MatchRules,
} from '../../src/domain/matching/score.ts';

const at = new Date('2026-03-02T09:00:00Z');
const none: MatchRules = { forbidden: () => false, metBefore: () => false };
const person = (userId: string, extra: Partial<MatchProfile> = {}): MatchProfile => ({
  userId,
  topics: [],
  text: '',
  timezone: null,
  ...extra,
});

describe('keywords', () => {
  test('keeps meaningful words, drops common ones and plurals', () => {
    expect(keywords('I want to grow my leadership skills, and skill in hiring! Avec mes équipes')).toEqual([
      'grow',
      'leadership',
      'skill',
      'hiring',
      'équipe',
    ]);
  });
});

describe('match points', () => {
  test('shared topics, close time zones and goals meeting experience all count', () => {
    const mentee = person('a', { topics: ['rust', 'career'], timezone: 'Europe/Paris', text: 'leadership and hiring' });
    const mentor = person('b', {
      topics: ['rust', 'career', 'go'],
      timezone: 'Europe/London',
      text: 'Years of hiring and leadership',
    });
    const details = matchDetails(mentee, mentor, none, at);
    expect(details).toMatchObject({
      sharedTopics: ['rust', 'career'],
      hoursApart: 1,
      sharedKeywords: ['leadership', 'hiring'],
    });
    expect(details.score).toBe(POINTS.base + 2 * POINTS.perTopic + POINTS.closeZones + 2 * POINTS.perKeyword);
  });

  test('far time zones score less than close ones, unknown ones in between', () => {
    const mentee = person('a', { timezone: 'Europe/Paris' });
    const close = matchDetails(mentee, person('b', { timezone: 'Africa/Lagos' }), none, at).score;
    const unknown = matchDetails(mentee, person('c'), none, at).score;
    const far = matchDetails(mentee, person('d', { timezone: 'Asia/Tokyo' }), none, at).score;
    expect(close).toBeGreaterThan(unknown);
    expect(unknown).toBeGreaterThan(far);
  });

  test('a pair that met in an earlier program scores lower; a mentee whose partner left scores higher', () => {
    const mentee = person('a', { topics: ['x'] });
    const mentor = person('b', { topics: ['x'] });
    const base = matchDetails(mentee, mentor, none, at).score;
    expect(matchDetails(mentee, mentor, { ...none, metBefore: () => true }, at).score).toBe(base + POINTS.metBefore);
    expect(matchDetails({ ...mentee, priority: true }, mentor, none, at).score).toBe(base + POINTS.priority);
  });

  test('the matrix agrees with the explained details, and forbidden or self pairs are 0', () => {
    const topics = ['a', 'b', 'c', 'd', 'e'];
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', null];
    const mentees = Array.from({ length: 12 }, (_, i) =>
      person(`e${i}`, {
        topics: topics.slice(i % 5, (i % 5) + 2),
        timezone: zones[i % 4] ?? null,
        text: i % 2 ? 'grow leadership' : 'learn testing',
      }),
    );
    const mentors = Array.from({ length: 5 }, (_, j) =>
      person(`m${j}`, {
        topics: topics.slice(j, j + 3),
        timezone: zones[j % 4] ?? null,
        text: 'leadership testing mentoring',
      }),
    );
    mentors.push(person('e3'));
    const rules: MatchRules = {
      forbidden: (a, b) => a === 'e1' && b === 'm1',
      metBefore: (a, b) => a === 'e2' && b === 'm2',
    };
    const matrix = scoreMatrix(mentees, mentors, rules, at);
    mentees.forEach((mentee, i) =>
      mentors.forEach((mentor, j) => {
        const expected =
          mentee.userId === mentor.userId || rules.forbidden(mentee.userId, mentor.userId)
            ? 0
            : matchDetails(mentee, mentor, rules, at).score;
        expect([mentee.userId, mentor.userId, matrix[i * mentors.length + j]]).toEqual([
          mentee.userId,
          mentor.userId,
          expected,
        ]);
      }),
    );
  });
});
