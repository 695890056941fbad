import { z } from 'zod';

/**
 * Local hours a member can meet, whole hours from 0 to 24: `18-22` is 18:00 to 22:00; a range
 * that wraps past midnight, `22-2`, is 22:00 to 02:00. A member who set none has waking hours.
 */
export interface HourRange {
  start: number;
  end: number;
}

export const WAKING_HOURS: HourRange = { start: 9, end: 21 };

/** Reads `18-22` (spaces and `h` allowed: `18h - 22h`); null if it is not a range of whole hours. */
export function parseHourRange(raw: string): HourRange | null {
  const match = /^\s*(\d{1,2})\s*h?\s*[-–]\s*(\d{1,2})\s*h?\s*$/i.exec(raw);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > 23 || end > 24 || end === 0 || start === end) return null;
  return { start, end };
}

export const formatHourRange = (range: HourRange) => `${range.start}-${range.end}`;

/** A member's hours as stored, or waking hours when none (or an unreadable value) is stored. */
export function hoursOf(stored: string | null): HourRange {
  return (stored && parseHourRange(stored)) || WAKING_HOURS;
}

/** Whether the local minute of the day (0–1439) falls in the range. */
export function inHours(range: HourRange, minuteOfDay: number): boolean {
  const start = range.start * 60;
  const end = range.end * 60;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/** Input schema: a valid range, normalised to `18-22`. */
export const availableHoursSchema = z.string().transform((raw, ctx) => {
  const range = parseHourRange(raw);
  if (!range) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'error.badAvailableHours' });
    return z.NEVER;
  }
  return formatHourRange(range);
});
