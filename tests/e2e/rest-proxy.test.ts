import { REST } from 'discord.js';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Pacer } from '../../src/discord/pacer.ts';
import { pacedRest } from '../../src/discord/client.ts';
import { silentLogger } from '../../src/log.ts';
import { PROXY_BURST, PROXY_RATE, startRestProxy, type RestProxy } from '../../src/proxy/rest-proxy.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';

let sim: DiscordSimulator;
let proxy: RestProxy;
let channelId: string;
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  channelId = sim.createChannel(sim.createGuild('g').id, 'general');
  proxy = await startRestProxy({ upstream: sim.apiUrl, host: '127.0.0.1', port: 0, log: silentLogger });
});
afterEach(async () => {
  await proxy.close();
  await sim.close();
});

/** Three bot processes, each pacing itself as the bot does (48/s), all sending at once. */
async function threeProcessesSend(apiUrl: string, perProcess: number) {
  const processes = Array.from({ length: 3 }, () =>
    new REST({ ...pacedRest(new Pacer()), api: apiUrl }).setToken(sim.token),
  );
  await Promise.all(
    processes.flatMap((rest) =>
      Array.from({ length: perProcess }, () => rest.get(`/channels/${channelId}`) as Promise<unknown>),
    ),
  );
}

/** The most requests Discord received in any one second. */
function busiestSecond(): number {
  const times = sim.requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

test('three processes behind the one proxy stay under the global limit together: no 429, at most 50 in any second', async () => {
  await threeProcessesSend(proxy.url, 80);
  expect(sim.requests).toHaveLength(240);
  expect(sim.limiter.tripped).toEqual([]);
  // The proxy sends at most PROXY_RATE + PROXY_BURST (49) a second; arrival times carry the loaded
  // machine's jitter, so what Discord sees is held to its own limit, 50, which one spare request keeps.
  expect(PROXY_RATE + PROXY_BURST).toBe(49);
  expect(busiestSecond()).toBeLessThanOrEqual(50);
});

test('the same three processes without the proxy draw global 429s: each one alone keeps to 48/s, together they do not', async () => {
  await threeProcessesSend(sim.apiUrl, 80);
  expect(sim.limiter.tripped.filter((t) => t.global).length).toBeGreaterThan(0);
});

test('interaction answers skip the queue of paced requests, and Discord’s errors reach the process unchanged', async () => {
  const rest = new REST({ ...pacedRest(new Pacer()), api: proxy.url }).setToken(sim.token);
  await expect(rest.get('/channels/1234567890123456789')).rejects.toMatchObject({ status: 404, code: 10003 });

  const queued = Array.from({ length: 100 }, () => rest.get(`/channels/${channelId}`));
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Interaction answers and follow-ups are authorised by the interaction's token, not the bot's.
  const answer = await fetch(`${proxy.url}/v10/webhooks/${sim.applicationId}/not-a-token/messages/@original`);
  expect(answer.status).toBe(404);
  await Promise.all(queued);
  const arrival = sim.requests.findIndex((r) => r.path.includes('/webhooks/'));
  // About 2 s of paced requests were queued at the proxy; the answer went ahead of most of them.
  expect(arrival).toBeGreaterThan(0);
  expect(arrival).toBeLessThan(sim.requests.length - 50);
});

test('Discord failing a post once: the proxy hands the failure back, and the process sends it again whole', async () => {
  const rest = new REST({ ...pacedRest(new Pacer()), api: proxy.url }).setToken(sim.token);
  let failed = 0;
  sim.gate = async (request, next) => {
    if (request.method === 'POST' && failed === 0) {
      failed += 1;
      return { status: 500, body: { code: 0, message: 'Internal Server Error' } };
    }
    return next();
  };
  await rest.post(`/channels/${channelId}/messages`, { body: { content: 'Week 1 check-in' } });
  const posts = sim.requests.filter((r) => r.method === 'POST');
  expect(posts.map((r) => [r.status, (r.body as { content?: string } | null)?.content])).toEqual([
    [500, 'Week 1 check-in'],
    [200, 'Week 1 check-in'],
  ]);
  expect(sim.publicMessages(channelId).map((m) => m.content)).toEqual(['Week 1 check-in']);
});

test('a proxy given the bot’s token forwards only that bot’s requests, and interaction answers', async () => {
  const own = await startRestProxy({
    upstream: sim.apiUrl,
    host: '127.0.0.1',
    port: 0,
    token: sim.token,
    log: silentLogger,
  });
  try {
    const stranger = await fetch(`${own.url}/v10/channels/${channelId}`, { headers: { Authorization: 'Bot other' } });
    expect(stranger.status).toBe(401);
    const bot = new REST({ ...pacedRest(new Pacer()), api: own.url }).setToken(sim.token);
    await expect(bot.get(`/channels/${channelId}`)).resolves.toMatchObject({ id: channelId });
    const answer = await fetch(`${own.url}/v10/webhooks/${sim.applicationId}/not-a-token/messages/@original`);
    expect(answer.status).toBe(404);
    expect(sim.requests.map((r) => r.route)).toEqual([
      '/channels/{channel_id}',
      '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
    ]);
  } finally {
    await own.close();
  }
});
