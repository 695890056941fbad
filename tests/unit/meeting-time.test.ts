import { describe, expect, test } from 'vitest';
import { hoursOf, inHours, parseHourRange, WAKING_HOURS } from '../../src/domain/meetings/available-hours.ts';
import { calendarFile, escapeIcsText, foldLine } from '../../src/domain/meetings/ics.ts';
import { proposeSlots } from '../../src/domain/meetings/meeting-slots.ts';

describe('available hours', () => {
  test.each([
    ['18-22', { start: 18, end: 22 }],
    [' 9h - 17h ', { start: 9, end: 17 }],
    ['22-2', { start: 22, end: 2 }],
    ['0-24', { start: 0, end: 24 }],
  ])('%s is read', (raw, range) => expect(parseHourRange(raw)).toEqual(range));

  test.each(['9-9', '25-3', '18-0', '24-3', 'evenings', '18:30-22', '-3', ''])('%s is refused', (raw) =>
    expect(parseHourRange(raw)).toBeNull(),
  );

  test('a range past midnight holds the evening and the small hours, not the day', () => {
    const night = { start: 22, end: 2 };
    expect([22 * 60, 23 * 60 + 30, 0, 60 + 59].every((m) => inHours(night, m))).toBe(true);
    expect([2 * 60, 12 * 60, 21 * 60 + 59].some((m) => inHours(night, m))).toBe(false);
    expect(hoursOf(null)).toEqual(WAKING_HOURS);
  });
});

describe('proposed times', () => {
  test('a night owl past midnight in Paris and a Montréal evening meet at 00:00-02:00 Paris', () => {
    const slots = proposeSlots(
      [
        { timeZone: 'Europe/Paris', hours: { start: 22, end: 2 } },
        { timeZone: 'America/Montreal', hours: { start: 18, end: 20 } },
      ],
      new Date('2026-06-01T12:00:00Z'),
    );
    // 00:00-02:00 Paris is 22:00-00:00 UTC, 18:00-20:00 Montréal: starts 22:00, 22:30 or 23:00 UTC.
    expect(slots.map((s) => s.toISOString().slice(11, 16))).toEqual(['22:00', '22:00', '22:00']);
    expect(new Set(slots.map((s) => s.toISOString().slice(0, 10))).size).toBe(3);
  });

  test('Kathmandu (UTC+5:45) 18-22 and UTC 15-17: the whole hour fits both, on Kathmandu’s :00', () => {
    const slots = proposeSlots(
      [
        { timeZone: 'Asia/Kathmandu', hours: { start: 18, end: 22 } },
        { timeZone: 'UTC', hours: { start: 15, end: 17 } },
      ],
      new Date('2026-06-01T12:00:00Z'),
    );
    // 18:00-22:00 Kathmandu is 12:15-16:15 UTC; 15:00 UTC is 20:45 there, 15:15 is 21:00 until 22:00.
    expect(slots.map((s) => s.toISOString())).toEqual([
      '2026-06-01T15:15:00.000Z',
      '2026-06-02T15:15:00.000Z',
      '2026-06-03T15:15:00.000Z',
    ]);
  });

  test('Kathmandu 18-22 and Kolkata (UTC+5:30) 21-23 share 45 minutes: no hour-long time is proposed', () => {
    const slots = proposeSlots(
      [
        { timeZone: 'Asia/Kathmandu', hours: { start: 18, end: 22 } },
        { timeZone: 'Asia/Kolkata', hours: { start: 21, end: 23 } },
      ],
      new Date('2026-06-01T12:00:00Z'),
    );
    expect(slots).toEqual([]);
  });

  test('Australia/Eucla (UTC+8:45) 18-20 and UTC 9-12: every proposed hour ends by 20:00 in Eucla and 12:00 UTC', () => {
    const members = [
      { timeZone: 'Australia/Eucla', hours: { start: 18, end: 20 } },
      { timeZone: 'UTC', hours: { start: 9, end: 12 } },
    ];
    const slots = proposeSlots(members, new Date('2026-06-01T00:00:00Z'));
    expect(slots).toHaveLength(3);
    for (const slot of slots) {
      const eucla = (slot.getTime() / 60_000 + 8 * 60 + 45) % (24 * 60);
      expect(eucla).toBeGreaterThanOrEqual(18 * 60);
      expect(eucla + 60).toBeLessThanOrEqual(20 * 60);
      expect(eucla % 30).toBe(0);
      expect(slot.getUTCHours() * 60 + slot.getUTCMinutes() + 60).toBeLessThanOrEqual(12 * 60);
    }
  });

  test('the first suitable time of each of the next days, never within the hour to come', () => {
    const utc = [{ timeZone: 'UTC', hours: { start: 13, end: 20 } }];
    expect(proposeSlots(utc, new Date('2026-06-01T12:10:00Z')).map((s) => s.toISOString())).toEqual([
      '2026-06-01T13:30:00.000Z',
      '2026-06-02T13:00:00.000Z',
      '2026-06-03T13:00:00.000Z',
    ]);
  });
});

describe('calendar file', () => {
  test('text is escaped and long lines folded at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
  });

  test('one VEVENT in UTC with CRLF line ends', () => {
    const ics = calendarFile({
      uid: 'meeting-7@mentorship-bot',
      start: new Date('2026-06-02T16:00:00Z'),
      end: new Date('2026-06-02T17:00:00Z'),
      stamp: new Date('2026-06-01T12:00:00Z'),
      summary: 'Mentorship meeting · Cohort, spring; 2026',
    });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Mentorship bot//Meetings//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:meeting-7@mentorship-bot',
      'DTSTAMP:20260601T120000Z',
      'DTSTART:20260602T160000Z',
      'DTEND:20260602T170000Z',
      'SUMMARY:Mentorship meeting · Cohort\\, spring\\; 2026',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});
