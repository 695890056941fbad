import { expect, test } from 'vitest';
import { pairUp, useWorld } from './harness.ts';

// Port 0: the app takes a free port and tells it (world.app.http.address()).
const current = useWorld({}, { HTTP_PORT: 0 });

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** /metrics over real HTTP, as `name{a="b",…} value` samples. */
async function scrape(): Promise<Sample[]> {
  const response = await fetch(`http://127.0.0.1:${current().app.http!.address().port}/metrics`);
  expect(response.status).toBe(200);
  return (await response.text())
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const pairs = [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!] as const);
      return { name: name!, labels: Object.fromEntries(pairs), value: Number(value) };
    });
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

const routesOf = (samples: Sample[], name: string) =>
  samples.filter((s) => s.name === name).map((s) => s.labels.route!);

test("a 429 Discord answers is counted under its route family, and the check-in is still posted after discord.js's retry", async () => {
  const world = current();
  const { pairing, threadId } = await pairUp(world);
  // Discord refuses the next message post with a 429 (retry_after 1 s) though no bucket the bot saw was spent.
  world.sim.limiter.limitNext('POST /channels/{channel_id}/messages');
  world.expectRefused(
    { status: 429, rateLimited: true, method: 'POST', path: `/channels/${threadId}/messages` },
    'the check-in post, refused once with a 429',
  );
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();

  // The effect is carried out: discord.js waited retry_after and sent it again, and the outbox marked it done.
  expect(world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'))).toHaveLength(1);
  const effect = await world.app.ctx.db
    .selectFrom('outbox')
    .select(['status'])
    .where('subject', 'like', 'checkin:%')
    .executeTakeFirstOrThrow();
  expect(effect.status).toBe('done');
  expect(world.sim.limiter.tripped).toHaveLength(1);

  const samples = await scrape();
  const requests = 'mentorship_discord_requests_total';
  const messages = { route: '/channels/:id/messages', method: 'POST' };
  expect(value(samples, requests, { ...messages, status: '429' })).toBe(1);
  expect(value(samples, requests, { ...messages, status: '200' })).toBeGreaterThanOrEqual(1);
  expect(value(samples, 'mentorship_checkins_posted_total')).toBe(1);
  // The 429 is an answer (discord.js's Response event, above). Its headers say the bucket is spent
  // (remaining 0, reset after 1 s), so discord.js holds the retry back until the reset, and that
  // wait is its 'rateLimited' event: one, on the same route family, not global.
  const limited = 'mentorship_discord_rate_limited_total';
  expect(value(samples, limited, { route: messages.route, global: 'false' })).toBe(1);
  expect(value(samples, limited)).toBe(1);
  for (const route of [...routesOf(samples, requests), ...routesOf(samples, limited)])
    expect(route).not.toMatch(/\d{5,}/);
}, 30_000);
