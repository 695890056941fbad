import { wallTime } from '../checkins/zoned-time.ts';
import { inHours, type HourRange } from './available-hours.ts';

/** A member's time zone and the local hours they can meet. */
export interface MemberHours {
  timeZone: string;
  hours: HourRange;
}

const MINUTE = 60_000;
/** Candidate starts every quarter hour: zones run at :00, :30 or :45 from UTC. */
const QUARTER = 15 * MINUTE;
const DAY = 86_400_000;
export const MEETING_MS = 60 * MINUTE;
/** A proposed time is at least this far ahead, so its reminder an hour before is still to come. */
const LEAD_MS = 60 * MINUTE;
export const SEARCH_DAYS = 7;

/** Whether the whole hour-long meeting starting at `at` falls inside the member's hours, on their clock. */
function suits(member: MemberHours, at: number): boolean {
  for (const t of [at, at + MEETING_MS / 2, at + MEETING_MS - MINUTE]) {
    const w = wallTime(new Date(t), member.timeZone);
    if (!inHours(member.hours, w.hour * 60 + w.minute)) return false;
  }
  return true;
}

/** Every start on a quarter hour in the next 7 days whose whole hour suits all the members. */
export function commonSlots(members: readonly MemberHours[], now: Date): number[] {
  const first = Math.ceil((now.getTime() + LEAD_MS) / QUARTER) * QUARTER;
  const last = now.getTime() + SEARCH_DAYS * DAY - MEETING_MS;
  const slots: number[] = [];
  for (let at = first; at <= last; at += QUARTER) if (members.every((m) => suits(m, at))) slots.push(at);
  return slots;
}

/**
 * Up to `count` times on different days of the first member's (the proposer's) calendar: each
 * day's first suitable time on their clock's :00 or :30, else its first suitable time (hours
 * repeat daily, so 7 days always hold enough days when any time suits).
 */
export function proposeSlots(members: readonly MemberHours[], now: Date, count = 3): Date[] {
  const zone = members[0]?.timeZone ?? 'UTC';
  const byDay = new Map<string, number[]>();
  for (const at of commonSlots(members, now)) {
    const w = wallTime(new Date(at), zone);
    const day = `${w.year}-${w.month}-${w.day}`;
    byDay.set(day, [...(byDay.get(day) ?? []), at]);
  }
  const onHalfHour = (at: number) => wallTime(new Date(at), zone).minute % 30 === 0;
  return [...byDay.values()]
    .slice(0, count)
    .map((starts) => new Date(starts.find(onHalfHour) ?? (starts[0] as number)));
}
