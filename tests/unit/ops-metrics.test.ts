import { REST, RESTEvents } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import { ExitCode, StartupError } from '../../src/exit-codes.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/ops/metrics.ts';
import { createScheduler } from '../../src/scheduler/scheduler.ts';
import { observeRest, opsPort } from '../../src/ops/ops.ts';
import { routeFamily } from '../../src/ops/route-family.ts';

describe('route families', () => {
  test.each([
    ['/channels/:id/messages', '/channels/:id/messages'],
    ['/channels/123456789012345678901/messages', '/channels/:id/messages'],
    ['/interactions/:id/:token/callback', '/interactions/:id/:token/callback'],
    ['/interactions/1234/aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA/callback', '/interactions/:id/:token/callback'],
    ['/webhooks/:id/abcDEF_123-xyz/messages/@original', '/webhooks/:id/:token/messages/@original'],
    ['/webhooks/98765/lowercasetoken/messages/@original', '/webhooks/:id/:token/messages/@original'],
    ['/channels/:id/messages/:id/reactions/%F0%9F%91%8D/@me', '/channels/:id/messages/:id/reactions/:reaction/@me'],
    ['/guilds/:id/members/search?query=ada', '/guilds/:id/members/search'],
    ['/users/@me/channels', '/users/@me/channels'],
  ])('%s is counted as %s', (route, family) => {
    expect(routeFamily(route)).toBe(family);
  });
});

test('each shard process listens on HTTP_PORT plus its shard id; one process alone on HTTP_PORT', () => {
  expect(opsPort(9464, null)).toBe(9464);
  expect(opsPort(9464, { shardIds: [3], shardCount: 8 })).toBe(9467);
  expect(opsPort(0, { shardIds: [3], shardCount: 8 })).toBe(0);
  expect(opsPort(65_532, { shardIds: [3], shardCount: 8 })).toBe(65_535);
});

test('HTTP_PORT plus the shard id past 65535 is a configuration error that says which HTTP_PORT would do', () => {
  const past = () => opsPort(65_530, { shardIds: [7], shardCount: 8 });
  expect(past).toThrow(StartupError);
  expect(past).toThrow(
    'HTTP_PORT 65530 plus shard id 7 is 65537, past the last port (65535): choose an HTTP_PORT of at most 65528.',
  );
  try {
    past();
  } catch (error) {
    expect((error as StartupError).exitCode).toBe(ExitCode.Config);
  }
});

describe('metrics', () => {
  test('REST answers and rate limits reach the counters with route families, never ids or tokens', async () => {
    const metrics = new Metrics();
    const rest = new REST();
    observeRest(rest, metrics);
    const request = { route: '/webhooks/:id/secret-token-value/messages/@original', method: 'patch', path: '/x' };
    rest.emit(RESTEvents.Response, request as never, { status: 429 } as never);
    rest.emit(RESTEvents.RateLimited, { route: '/channels/112233445566778899/threads', global: false } as never);
    const text = (await metrics.text()).body;
    expect(text).toContain(
      'mentorship_discord_requests_total{route="/webhooks/:id/:token/messages/@original",method="PATCH",status="429"} 1',
    );
    expect(text).toContain('mentorship_discord_rate_limited_total{route="/channels/:id/threads",global="false"} 1');
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('112233445566778899');
  });

  test('check-ins: recorded from the record jobs, posted from check-in subjects only', async () => {
    const metrics = new Metrics();
    metrics.job('checkins-record', 3, 0.01);
    metrics.job('group-checkins-record', 1, 0.01);
    metrics.job('checkin-follow-ups', 5, 0.01);
    metrics.outboxDone('checkin');
    metrics.outboxDone('group-checkin');
    metrics.outboxDone('report-card');
    metrics.outboxDone(null);
    const text = (await metrics.text()).body;
    expect(text).toContain('mentorship_checkins_recorded_total 4');
    expect(text).toContain('mentorship_checkins_posted_total 2');
  });

  test('two apps in one process each have their own registry', async () => {
    const [a, b] = [new Metrics(), new Metrics()];
    a.tick(0.5);
    expect((await a.text()).body).toContain('mentorship_scheduler_tick_duration_seconds_count 1');
    expect((await b.text()).body).toContain('mentorship_scheduler_tick_duration_seconds_count 0');
  });

  test('a scheduler job that fails is counted by job, with its duration', async () => {
    const metrics = new Metrics();
    const ctx = { log: silentLogger, clock: new ManualClock(new Date()), metrics } as unknown as AppContext;
    const scheduler = createScheduler(ctx, [
      {
        name: 'outbox',
        run: async () => {
          throw new Error('boom');
        },
      },
      { name: 'retention', run: async () => 0 },
    ]);
    await scheduler.tick();
    await scheduler.tick();
    const text = (await metrics.text()).body;
    expect(text).toContain('mentorship_scheduler_job_failures_total{job="outbox"} 2');
    expect(text).not.toContain('mentorship_scheduler_job_failures_total{job="retention"}');
    expect(text).toContain('mentorship_scheduler_job_duration_seconds_count{job="outbox"} 2');
  });

  test('a Discord request that gets no answer (connection reset, refused, time-out) is counted as status "error"', async () => {
    const metrics = new Metrics();
    const rest = new REST({
      retries: 1,
      makeRequest: async () => {
        throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      },
    }).setToken('x');
    observeRest(rest, metrics);
    await expect(rest.get('/channels/112233445566778899/messages')).rejects.toThrow('ECONNRESET');
    const text = (await metrics.text()).body;
    // The first attempt and discord.js's one retry: each went unanswered.
    expect(text).toContain(
      'mentorship_discord_requests_total{route="/channels/:id/messages",method="GET",status="error"} 2',
    );
    expect(text).not.toContain('112233445566778899');
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  });

  test('outbox gauges are left out of a scrape whose database read fails (never a stale value), and scrape_ok says so', async () => {
    let calls = 0;
    const metrics = new Metrics(async () => {
      calls += 1;
      if (calls === 2) throw new Error('database gone');
      return { pending: 5, oldestAgeSeconds: 60 };
    });
    const first = (await metrics.text()).body;
    expect(first).toMatch(/^mentorship_outbox_oldest_pending_age_seconds 60$/m);
    expect(first).toMatch(/^mentorship_outbox_scrape_ok 1$/m);
    const second = (await metrics.text()).body;
    expect(second).not.toMatch(/^mentorship_outbox_(pending|oldest_pending_age_seconds) /m);
    expect(second).toMatch(/^mentorship_outbox_scrape_ok 0$/m);
    const third = (await metrics.text()).body;
    expect(third).toMatch(/^mentorship_outbox_pending 5$/m);
    expect(third).toMatch(/^mentorship_outbox_scrape_ok 1$/m);
    expect(calls).toBe(3); // one read per scrape, shared by its three gauges
  });
});
