import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkinAnswerId, checkinNoteFormId, checkinNoteId, closingId } from '../../src/custom-ids/checkin.ts';
import { CUSTOM_ID_MAX, idCodec, idName, field, type IdCodec } from '../../src/custom-ids/codec.ts';
import { forgetMeId, programEndId } from '../../src/custom-ids/confirm.ts';
import { acceptAllId, acceptOneId, pairListPageId, suggestionPageId } from '../../src/custom-ids/match.ts';
import { reportCardId, reportMessageFormId, reportOutcomeId, reportsPageId } from '../../src/custom-ids/reports.ts';
import {
  directoryPageId,
  encodeTopic,
  fitTopic,
  requestAnswerId,
  requestMentorId,
  requestWithdrawId,
  TOPIC_FILTER_MAX,
} from '../../src/custom-ids/requests.ts';
import { meetPickId, meetWithdrawId } from '../../src/custom-ids/meet.ts';
import { joinButtonId, signupFormId } from '../../src/custom-ids/signup.ts';
import { pulseFormId, pulseId } from '../../src/custom-ids/pulse.ts';
import { z } from 'zod';

describe('custom ids', () => {
  test('encode and parse round-trip, with the values typed', () => {
    const id = checkinAnswerId.encode([42, 'need-help']);
    expect(id).toBe('checkin:42:need-help');
    expect(checkinAnswerId.parse(id)).toEqual([42, 'need-help']);
    expect(reportsPageId.parse(reportsPageId.encode(['open', 2]))).toEqual(['open', 2]);
    expect(idName(id)).toBe('checkin');
  });

  test('a malformed, foreign or forged id reads as stale, never as something else', () => {
    for (const bad of [
      'checkin:0:on-track',
      'checkin:x:on-track',
      'checkin:3:maybe',
      'checkin:3',
      'checkin:3:stuck:extra',
      'closing:3:rate-9',
      'report:1:claim',
    ]) {
      expect([checkinAnswerId.parse(bad), closingId.parse(bad)]).toEqual([null, null]);
    }
    expect(forgetMeId.parse('forgetme:confirm:not-a-snowflake')).toBeNull();
    expect(reportMessageFormId.parse('reportmsg:123:456')).toBeNull();
  });

  test('a later layout is told apart from an earlier one: old buttons are stale, not misread', () => {
    const v2 = idCodec('checkin', z.tuple([field.id, z.enum(['on-track', 'need-help', 'stuck']), field.index]), 2);
    expect(v2.encode([7, 'stuck', 3])).toBe('checkin.2:7:stuck:3');
    expect(v2.parse('checkin:7:stuck')).toBeNull();
    expect(checkinAnswerId.parse('checkin.2:7:stuck:3')).toBeNull();
    expect(idName('checkin.2:7:stuck:3')).toBe('checkin');
  });
});

describe('every custom id fits in Discord’s 100 characters', () => {
  const big = Number.MAX_SAFE_INTEGER;
  const snowflake = '18446744073709551615';
  const topics = [
    '🚀'.repeat(40),
    'a'.repeat(39) + '🚀',
    'разработка программного обеспечения и тесты',
    '软件开发与测试软件开发与测试软件开发与测试软件开发与测试软件开发与测试',
    ':%'.repeat(30),
    'x'.repeat(500),
  ];
  const ids = [
    checkinAnswerId.encode([big, 'need-help']),
    checkinNoteId.encode([big]),
    checkinNoteFormId.encode([big]),
    closingId.encode([big, 'continue']),
    programEndId.encode(['confirm', big]),
    forgetMeId.encode(['confirm', snowflake]),
    acceptOneId.encode([big, big]),
    acceptAllId.encode([big]),
    suggestionPageId.encode([big, -big]),
    pairListPageId.encode([big, -big]),
    reportCardId.encode(['dismiss', big]),
    reportOutcomeId.encode([big]),
    reportsPageId.encode(['dismissed', -big]),
    reportMessageFormId.encode([snowflake, snowflake]),
    joinButtonId.encode(['mentee', big]),
    signupFormId.encode(['mentee', big]),
    requestMentorId.encode([big, snowflake]),
    requestAnswerId.encode([big, 'decline']),
    requestWithdrawId.encode([big]),
    meetPickId.encode([big, 2]),
    meetWithdrawId.encode([big]),
    pulseId.encode([big]),
    pulseFormId.encode([big]),
    ...topics.map((topic) => directoryPageId.encode([big, -999_999, encodeTopic(topic)])),
  ];

  test.each(ids)('%s', (id) => {
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  });

  test('the list above covers every codec of src/custom-ids', async () => {
    const folder = new URL('../../src/custom-ids/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'codec.ts');
    const modules = await Promise.all(files.map((file) => import(new URL(file, folder).href)));
    const codecs = modules
      .flatMap((m) => Object.values(m as Record<string, unknown>))
      .filter((v): v is IdCodec<unknown> => typeof v === 'object' && v !== null && 'encode' in v && 'parse' in v);
    expect(new Set(ids.map(idName))).toEqual(new Set(codecs.map((codec) => codec.name)));
  });

  test('a directory topic is cut on whole characters, and read back as the filter it was', () => {
    for (const topic of topics) {
      const fitted = fitTopic(topic);
      expect(topic.startsWith(fitted)).toBe(true);
      expect(fitted.length).toBeGreaterThan(0);
      expect(Array.from(fitted).length).toBeLessThanOrEqual(TOPIC_FILTER_MAX);
      const parsed = directoryPageId.parse(directoryPageId.encode([3, 1, encodeTopic(topic)]));
      expect(parsed).toEqual([3, 1, fitted]);
      expect(fitTopic(fitted)).toBe(fitted);
    }
    expect(fitTopic('a'.repeat(39) + '🚀')).toBe('a'.repeat(39) + '🚀');
    expect(fitTopic('\uD83D' + 'abc')).toBe('abc');
    expect(Array.from(fitTopic('🚀'.repeat(40))).every((c) => c === '🚀')).toBe(true);
  });
});
