import { REST, RESTEvents } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { Metrics } from '../../src/ops/metrics.ts';
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
});
