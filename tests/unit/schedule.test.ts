import { describe, expect, test } from 'vitest';
import {
  firstCheckinAt,
  followingCheckinAt,
  latestDueCheckin,
  type CheckinSchedule,
} from '../../src/domain/checkins/schedule.ts';
import { instantOf, isValidTimeZone, wallTime } from '../../src/domain/checkins/zoned-time.ts';

const weekly = (timeZone: string, hour = 18, day = 1): CheckinSchedule => ({
  day,
  hour,
  timeZone,
  everyWeeks: 1,
  weeks: 52,
});

describe('wall-clock instants', () => {
  test('a normal hour maps to one instant', () => {
    expect(instantOf(2026, 1, 12, 18, 'Europe/Paris').toISOString()).toBe('2026-01-12T17:00:00.000Z');
    expect(instantOf(2026, 7, 13, 18, 'Europe/Paris').toISOString()).toBe('2026-07-13T16:00:00.000Z');
  });
  test('an hour skipped by spring-forward moves to the hour after the gap', () => {
    const at = instantOf(2026, 3, 29, 2, 'Europe/Paris');
    expect(at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(wallTime(at, 'Europe/Paris').hour).toBe(3);
  });
  test('an hour repeated by fall-back is its first occurrence', () => {
    expect(instantOf(2026, 11, 1, 1, 'America/New_York').toISOString()).toBe('2026-11-01T05:00:00.000Z');
  });
  test('time zone names are checked', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('check-in slots across daylight-saving changes', () => {
  test.each([
    ['Europe/Paris spring forward', 'Europe/Paris', '2026-03-23T17:00:00.000Z', '2026-03-30T16:00:00.000Z'],
    ['Europe/Paris fall back', 'Europe/Paris', '2026-10-19T16:00:00.000Z', '2026-10-26T17:00:00.000Z'],
    ['America/New_York spring forward', 'America/New_York', '2026-03-02T23:00:00.000Z', '2026-03-09T22:00:00.000Z'],
    ['America/New_York fall back', 'America/New_York', '2026-10-26T22:00:00.000Z', '2026-11-02T23:00:00.000Z'],
  ])('%s: the next slot keeps 18:00 local, one week later', (_name, zone, slot, next) => {
    const following = followingCheckinAt(weekly(zone), new Date(slot));
    expect(following.toISOString()).toBe(next);
    expect(wallTime(following, zone)).toMatchObject({ hour: 18, weekday: 1 });
  });

  test('a Sunday 02:00 check-in in the spring-forward week happens at 03:00, neither skipped nor doubled', () => {
    const schedule = weekly('Europe/Paris', 2, 7);
    const before = new Date('2026-03-22T01:00:00.000Z');
    const during = followingCheckinAt(schedule, before);
    expect(during.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(followingCheckinAt(schedule, during).toISOString()).toBe('2026-04-05T00:00:00.000Z');
  });
});

describe('due check-ins', () => {
  const schedule: CheckinSchedule = { day: 1, hour: 17, timeZone: 'UTC', everyWeeks: 1, weeks: 8 };

  test('the first check-in is the first slot at least a day after pairing', () => {
    expect(firstCheckinAt(schedule, new Date('2026-03-02T09:00:00Z')).toISOString()).toBe('2026-03-09T17:00:00.000Z');
    expect(firstCheckinAt(schedule, new Date('2026-03-01T09:00:00Z')).toISOString()).toBe('2026-03-02T17:00:00.000Z');
  });

  test('nothing is due before the slot', () => {
    expect(
      latestDueCheckin(schedule, 1, new Date('2026-03-09T17:00:00Z'), new Date('2026-03-09T16:59:59Z')),
    ).toBeNull();
  });

  test('after downtime only the latest slot is due, and the week follows the calendar', () => {
    const due = latestDueCheckin(schedule, 1, new Date('2026-03-09T17:00:00Z'), new Date('2026-03-31T12:00:00Z'));
    expect(due).toEqual({
      week: 4,
      kind: 'prompt',
      dueAt: new Date('2026-03-30T17:00:00Z'),
      skipped: 3,
      nextAt: new Date('2026-04-06T17:00:00Z'),
    });
  });

  test('every two weeks counts weeks 1, 3, 5 …', () => {
    const due = latestDueCheckin(
      { ...schedule, everyWeeks: 2 },
      3,
      new Date('2026-03-23T17:00:00Z'),
      new Date('2026-03-23T17:00:00Z'),
    );
    expect(due).toMatchObject({ week: 3, nextAt: new Date('2026-04-06T17:00:00Z') });
  });

  test('after the last week comes the closing message, then nothing', () => {
    expect(
      latestDueCheckin(schedule, 8, new Date('2026-04-27T17:00:00Z'), new Date('2026-04-27T17:00:00Z')),
    ).toMatchObject({ week: 8, kind: 'prompt', nextAt: new Date('2026-05-04T17:00:00Z') });
    expect(
      latestDueCheckin(schedule, 9, new Date('2026-05-04T17:00:00Z'), new Date('2026-05-04T17:00:00Z')),
    ).toMatchObject({ week: 9, kind: 'closing', nextAt: null });
    expect(
      latestDueCheckin(schedule, 10, new Date('2026-05-11T17:00:00Z'), new Date('2026-06-01T00:00:00Z')),
    ).toBeNull();
  });

  test('downtime across the end of the program posts the closing message only', () => {
    expect(
      latestDueCheckin(schedule, 7, new Date('2026-04-20T17:00:00Z'), new Date('2026-06-01T00:00:00Z')),
    ).toMatchObject({ week: 9, kind: 'closing', skipped: 2, nextAt: null });
  });
});
