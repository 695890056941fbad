import { beforeEach, expect, test } from 'vitest';
import { onPostgres } from '../database.ts';
import { button, pairUp, useWorld, type World } from './harness.ts';

// Port 0: the app takes a free port and tells it (world.app.http.address()). HTTP_HOST is left to its default.
const current = useWorld({}, { HTTP_PORT: 0 });
let world: World;
beforeEach(() => {
  world = current();
});

const url = (path: string) => `http://127.0.0.1:${world.app.http!.address().port}${path}`;

async function health(): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const response = await fetch(url('/healthz'));
  return { status: response.status, body: (await response.json()) as never };
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text as samples: `name{a="b",…} value` lines. */
async function scrape(): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(url('/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const pairs = [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!] as const);
      return { name: name!, labels: Object.fromEntries(pairs), value: Number(value) };
    });
  return { text, samples };
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

test('GET /healthz is 200 with every check ok, on 127.0.0.1 unless HTTP_HOST says otherwise', async () => {
  expect(world.app.http!.address().host).toBe('127.0.0.1');
  const { status, body } = await health();
  expect(status).toBe(200);
  expect(body).toEqual({ status: 'ok', checks: { gateway: 'ok', database: 'ok', scheduler: 'ok' } });
});

test('other paths are 404 and other methods 405', async () => {
  expect((await fetch(url('/'))).status).toBe(404);
  expect((await fetch(url('/healthz/extra'))).status).toBe(404);
  const post = await fetch(url('/healthz'), { method: 'POST' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
  expect((await fetch(url('/metrics'), { method: 'DELETE' })).status).toBe(405);
});

test('a scheduler that has not ticked for over two minutes makes /healthz 503, naming it; a tick mends it', async () => {
  world.clock.advance(2 * 60_000);
  expect((await health()).status).toBe(200);
  world.clock.advance(60_000);
  const { status, body } = await health();
  expect(status).toBe(503);
  expect(body).toEqual({
    status: 'failing',
    checks: { gateway: 'ok', database: 'ok', scheduler: 'last tick 3 min ago' },
  });
  await world.app.scheduler.tick();
  expect((await health()).status).toBe(200);
});

test('a gateway that is gone makes /healthz 503, naming the gateway', async () => {
  await world.app.client.destroy();
  const { status, body } = await health();
  expect(status).toBe(503);
  expect(body.status).toBe('failing');
  expect(body.checks.gateway).not.toBe('ok');
  expect(body.checks).toMatchObject({ database: 'ok', scheduler: 'ok' });
});

test('a database that does not answer within 2 s makes /healthz 503 (not a hang), naming the database', async () => {
  // Every connection the bot has is held by a transaction that waits: SQLite's one, PostgreSQL's pool.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const connections = onPostgres ? 10 : 1;
  const held = Array.from({ length: connections }, () => world.app.ctx.db.transaction().execute(() => gate));
  try {
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toEqual({
      status: 'failing',
      checks: { gateway: 'ok', database: 'no answer in 2 s', scheduler: 'ok' },
    });
  } finally {
    release();
    await Promise.all(held);
  }
  expect((await health()).status).toBe(200);
});

test('/metrics counts interactions, Discord requests, check-ins and the outbox, with process metrics and no ids or names in labels', async () => {
  const { pairing, threadId } = await pairUp(world);
  await world.sim.slash(world.as(world.users.outsider), 'program open', { program: 'Spring Cohort' }).reply();
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  const prompt = world.sim.publicMessages(threadId).find((m) => m.content.includes('check-in ·'))!;
  await world.sim.click(world.users.mentor, prompt, button(prompt, /On track/).custom_id).reply();
  // A tampered client's made-up button: counted under 'unknown', never under the name it made up.
  await world.sim.forgeClick(world.as(world.users.outsider), `made-up-${world.users.outsider}:ada`, prompt).reply();

  const { text, samples } = await scrape();
  const interactions = 'mentorship_interactions_total';
  expect(value(samples, interactions, { kind: 'command', command: 'program create', outcome: 'ok' })).toBe(1);
  expect(value(samples, interactions, { kind: 'command', command: 'mentorship join', outcome: 'ok' })).toBe(2);
  expect(value(samples, interactions, { kind: 'command', command: 'match pair', outcome: 'ok' })).toBe(1);
  expect(value(samples, interactions, { kind: 'command', command: 'program open', outcome: 'refused' })).toBe(1);
  expect(value(samples, interactions, { kind: 'component', command: 'checkin' })).toBe(1);
  expect(value(samples, interactions, { kind: 'component', command: 'unknown', outcome: 'refused' })).toBe(1);
  expect(
    value(samples, 'mentorship_interaction_duration_seconds_count', { kind: 'command', command: 'program create' }),
  ).toBe(1);
  const commands = new Set(samples.filter((s) => s.name === interactions).map((s) => s.labels.command));
  expect([...commands].every((c) => /^[a-z][a-z -]*$/.test(c!))).toBe(true);

  expect(value(samples, 'mentorship_checkins_recorded_total')).toBe(1);
  expect(value(samples, 'mentorship_checkins_posted_total')).toBe(1);
  expect(value(samples, 'mentorship_outbox_pending')).toBe(0);
  expect(value(samples, 'mentorship_outbox_oldest_pending_age_seconds')).toBe(0);
  expect(value(samples, 'mentorship_scheduler_tick_duration_seconds_count')).toBeGreaterThanOrEqual(2);
  expect(
    value(samples, 'mentorship_scheduler_job_duration_seconds_count', { job: 'checkins-record' }),
  ).toBeGreaterThanOrEqual(2);

  const requests = samples.filter((s) => s.name === 'mentorship_discord_requests_total');
  expect(value(samples, 'mentorship_discord_requests_total', { route: '/channels/:id/threads', method: 'POST' })).toBe(
    1,
  );
  expect(
    value(samples, 'mentorship_discord_requests_total', {
      route: '/channels/:id/messages',
      method: 'POST',
      status: '200',
    }),
  ).toBeGreaterThanOrEqual(1);
  expect(requests.some((s) => s.labels.route!.startsWith('/interactions/:id/:token/'))).toBe(true);
  expect(requests.every((s) => /^\d{3}$/.test(s.labels.status!))).toBe(true);

  expect(text).toContain('process_cpu_seconds_total');
  expect(text).toContain('nodejs_eventloop_lag_seconds');
  expect(text).toContain('process_resident_memory_bytes');

  // No snowflake, token, user name or text in any label value.
  const labelValues = samples.flatMap((s) => Object.values(s.labels));
  expect(labelValues.filter((v) => /\d{17,20}/.test(v))).toEqual([]);
  expect(labelValues.filter((v) => /[A-Za-z0-9_-]{40,}/.test(v))).toEqual([]);
  for (const name of ['ada', 'maya', 'noor', 'Spring Cohort', world.sim.token])
    expect(labelValues.filter((v) => v.includes(name))).toEqual([]);
});

test('a pending effect shows in the outbox gauges with its age by the clock', async () => {
  const { pairing } = await pairUp(world);
  await world.app.scheduler.stop(); // nothing drains behind the test's back
  await world.app.ctx.outbox.stop();
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  world.clock.advance(90_000);
  const { samples } = await scrape();
  expect(value(samples, 'mentorship_outbox_pending')).toBeGreaterThanOrEqual(1);
  expect(value(samples, 'mentorship_outbox_oldest_pending_age_seconds')).toBe(90);
});
