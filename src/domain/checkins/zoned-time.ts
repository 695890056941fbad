/** Wall-clock arithmetic in IANA time zones with Intl alone (Node ships full ICU). */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(timeZone) && timeZone !== 'UTC') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTime(at: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: weekdays[parts.weekday ?? ''] ?? 0,
  };
}

/** Offset of the zone from UTC at `at`, in minutes (Paris in summer: 120). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  return Math.round(offsetAt(at.getTime(), timeZone) / 60_000);
}

/** Offset of the zone from UTC at `at`, in milliseconds (Paris in summer: +2 h). */
function offsetAt(at: number, timeZone: string): number {
  const w = wallTime(new Date(at), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(at / 60_000) * 60_000;
}

/**
 * The instant at which the zone's clocks show year-month-day hour:00. In an autumn overlap it
 * is the first such instant; in a spring gap, the wall time does not exist and the instant
 * right after the gap is used (02:00 becomes 03:00), so a check-in is moved, never dropped.
 */
export function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const offsetBefore = offsetAt(asUtc - 12 * 3_600_000, timeZone);
  const offsetAfter = offsetAt(asUtc + 12 * 3_600_000, timeZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const w = wallTime(new Date(candidate), timeZone);
    if (w.year === year && w.month === month && w.day === day && w.hour === hour) return new Date(candidate);
  }
  return new Date(asUtc - offsetBefore);
}

/** The calendar date `days` after the given one (pure calendar arithmetic, no zone). */
export function addDays(
  year: number,
  month: number,
  day: number,
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
