import type { Program } from '../programs/program.types.ts';
import { addDays, instantOf, wallTime } from './zoned-time.ts';

export interface CheckinSchedule {
  /** ISO weekday, Monday 1 … Sunday 7. */
  day: number;
  hour: number;
  timeZone: string;
  everyWeeks: number;
  /** Program length in weeks: no check-in is due after this week. */
  weeks: number;
}

/** Pairs get at least this long to meet before their first check-in. */
const FIRST_CHECKIN_DELAY_MS = 24 * 3_600_000;

/** The first slot (the program's day and hour in its zone) at least a day after `pairedAt`. */
export function firstCheckinAt(schedule: CheckinSchedule, pairedAt: Date): Date {
  return nextSlotAfter(schedule, new Date(pairedAt.getTime() + FIRST_CHECKIN_DELAY_MS));
}

/** The first slot at or after `earliest`. */
export function nextSlotAfter(schedule: CheckinSchedule, earliest: Date): Date {
  const local = wallTime(earliest, schedule.timeZone);
  const ahead = (schedule.day - local.weekday + 7) % 7;
  for (const extra of [0, 7]) {
    const date = addDays(local.year, local.month, local.day, ahead + extra);
    const at = instantOf(date.year, date.month, date.day, schedule.hour, schedule.timeZone);
    if (at.getTime() >= earliest.getTime()) return at;
  }
  throw new Error('unreachable: a slot always falls within two weeks');
}

/** The slot `everyWeeks` weeks after `slot`, at the same local day and hour (DST included). */
export function followingCheckinAt(schedule: CheckinSchedule, slot: Date): Date {
  const local = wallTime(slot, schedule.timeZone);
  const date = addDays(local.year, local.month, local.day, 7 * schedule.everyWeeks);
  return instantOf(date.year, date.month, date.day, schedule.hour, schedule.timeZone);
}

export interface DueCheckin {
  week: number;
  /** The closing message comes at the first slot past the program's last week. */
  kind: 'prompt' | 'closing';
  dueAt: Date;
  /** Earlier slots that passed while the bot was down: never posted, only counted. */
  skipped: number;
  /** The slot after this one, or null after the closing message. */
  nextAt: Date | null;
}

/**
 * The latest due check-in of a pairing whose next slot is `nextAt` for week `nextWeek`, or null
 * if nothing is due yet. After downtime, only the latest slot is returned and the week counter
 * follows the calendar; past the program's length, that is the closing message.
 */
export function latestDueCheckin(
  schedule: CheckinSchedule,
  nextWeek: number,
  nextAt: Date,
  now: Date,
): DueCheckin | null {
  if (nextAt.getTime() > now.getTime() || nextWeek > schedule.weeks + schedule.everyWeeks) return null;
  let week = nextWeek;
  let dueAt = nextAt;
  let skipped = 0;
  for (;;) {
    const closing = week > schedule.weeks;
    const following = followingCheckinAt(schedule, dueAt);
    if (closing || following.getTime() > now.getTime()) {
      return { week, kind: closing ? 'closing' : 'prompt', dueAt, skipped, nextAt: closing ? null : following };
    }
    week += schedule.everyWeeks;
    dueAt = following;
    skipped += 1;
  }
}

/** A program's check-in schedule, as the schedule functions take it. */
export function programSchedule(
  program: Pick<Program, 'checkinDay' | 'checkinHour' | 'timezone' | 'everyWeeks' | 'weeks'>,
) {
  return {
    day: program.checkinDay,
    hour: program.checkinHour,
    timeZone: program.timezone,
    everyWeeks: program.everyWeeks,
    weeks: program.weeks,
  };
}
