import { expect } from 'vitest';
import { wallTime } from '../../src/domain/checkins/zoned-time.ts';
import type { SimMessage } from '../simulator/state.ts';
import { buttons, pairUp, type World } from './harness.ts';

/** A pair whose mentor is in Paris and mentee in Montréal, with the hours given, at `now`. */
export async function zonedPair(
  world: World,
  now: string,
  hours: { mentor?: string; mentee?: string } = {},
  zones = { mentor: 'Europe/Paris', mentee: 'America/Montreal' },
) {
  const pair = await pairUp(world);
  world.clock.set(new Date(now));
  for (const who of ['mentor', 'mentee'] as const) {
    const reply = await world.sim
      .slash(world.as(world.users[who]), 'mentorship settings', {
        program: pair.name,
        timezone: zones[who],
        ...(hours[who] ? { 'available-hours': hours[who] } : {}),
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
  }
  return pair;
}

/** The unix seconds of each proposed time, read from the proposal's `<t:…:F>` timestamps. */
export const proposedTimes = (message: { content: string }) =>
  [...message.content.matchAll(/\*\*\d\.\*\* <t:(\d+):F> \(<t:\1:R>\)/g)].map((m) => Number(m[1]));

export const pickButton = (message: SimMessage, n: number) =>
  buttons(message).find((b: any) => b.label === `Time ${n}`).custom_id as string;

/** Local hour and minute of an instant in a zone, as minutes after midnight. */
export function localMinutes(seconds: number, zone: string): number {
  const w = wallTime(new Date(seconds * 1000), zone);
  return w.hour * 60 + w.minute;
}

/** The calendar file's properties, its folded lines unfolded (RFC 5545 §3.1). */
export function parseIcs(text: string): { lines: string[]; props: Map<string, string> } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const props = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    props.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return { lines, props };
}

export async function at(world: World, ms: number): Promise<void> {
  world.clock.set(new Date(ms));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
}
