import { wallTime } from '../checkins/zoned-time.ts';
import { inHours, type HourRange } from './available-hours.ts';

/** A member's time zone and the local hours they can meet. */
export interface MemberHours {
  timeZone: string;
  hours: HourRange;
}

const HALF_HOUR = 30 * 60_000;
const DAY = 86_400_000;
export const MEETING_MS = 60 * 60_000;
/** A proposed time is at least this far ahead, so its reminder an hour before is still to come. */
const LEAD_MS = 60 * 60_000;
export const SEARCH_DAYS = 7;

/** Whether the hour-long meeting starting at `at` falls inside the member's hours, on their clock. */
function suits(member: MemberHours, at: number): boolean {
  for (const t of [at, at + HALF_HOUR]) {
    const w = wallTime(new Date(t), member.timeZone);
    if (!inHours(member.hours, w.hour * 60 + w.minute)) return false;
  }
  return true;
}

/** Every start on the hour or half-hour in the next 7 days that suits all the members. */
export function commonSlots(members: readonly MemberHours[], now: Date): number[] {
  const first = Math.ceil((now.getTime() + LEAD_MS) / HALF_HOUR) * HALF_HOUR;
  const last = now.getTime() + SEARCH_DAYS * DAY - MEETING_MS;
  const slots: number[] = [];
  for (let at = first; at <= last; at += HALF_HOUR) if (members.every((m) => suits(m, at))) slots.push(at);
  return slots;
}

/**
 * Up to `count` times on different days: the first suitable time of each day, on the first
 * member's calendar (hours repeat daily, so 7 days always hold enough days when any time suits).
 */
export function proposeSlots(members: readonly MemberHours[], now: Date, count = 3): Date[] {
  const zone = members[0]?.timeZone ?? 'UTC';
  const chosen: Date[] = [];
  const days = new Set<string>();
  for (const at of commonSlots(members, now)) {
    const w = wallTime(new Date(at), zone);
    const day = `${w.year}-${w.month}-${w.day}`;
    if (days.has(day)) continue;
    days.add(day);
    chosen.push(new Date(at));
    if (chosen.length === count) break;
  }
  return chosen;
}
