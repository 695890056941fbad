import { describe, expect, test } from 'vitest';
import { checkinAnswerId, closingId } from '../../src/custom-ids/checkin.ts';
import { idCodec, idName, field } from '../../src/custom-ids/codec.ts';
import { forgetMeId } from '../../src/custom-ids/confirm.ts';
import { reportMessageFormId, reportsPageId } from '../../src/custom-ids/reports.ts';
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
