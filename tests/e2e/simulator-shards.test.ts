import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import { shardOf } from '../simulator/gateway.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';

let sim: DiscordSimulator;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await sim.close();
});

interface Dispatch {
  t: string;
  d: any;
}

/** A raw gateway session identifying as one shard; collects what it is sent. */
async function connectShard(shard: [number, number] | undefined): Promise<Dispatch[]> {
  const socket = new WebSocket(sim.gatewayUrl);
  sockets.push(socket);
  const events: Dispatch[] = [];
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw));
    if (message.op === 0) events.push({ t: message.t, d: message.d });
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(
    JSON.stringify({ op: 2, d: { token: sim.token, intents: 1, properties: {}, ...(shard ? { shard } : {}) } }),
  );
  await waitUntil(() => events.some((e) => e.t === 'READY'));
  return events;
}

async function waitUntil(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

test('each shard hears only its own guilds, routed by (guild_id >> 22) % num_shards, as Discord does', async () => {
  sim = await DiscordSimulator.start();
  // A guild's shard follows its id's timestamp: guilds made a few milliseconds apart spread out.
  const guilds: string[] = [];
  const byShard = () => [0, 1].map((shard) => guilds.filter((id) => shardOf(id, 2) === shard));
  while (guilds.length < 100 && byShard().some((ids) => ids.length < 3)) {
    guilds.push(sim.createGuild(`g${guilds.length}`).id);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const [onZero, onOne] = byShard() as [string[], string[]];
  expect(Math.min(onZero.length, onOne.length)).toBeGreaterThanOrEqual(3);

  const zero = await connectShard([0, 2]);
  const one = await connectShard([1, 2]);
  const guildCreates = (events: Dispatch[]) => events.filter((e) => e.t === 'GUILD_CREATE').map((e) => e.d.id);
  await waitUntil(() => guildCreates(zero).length === onZero.length);
  await waitUntil(() => guildCreates(one).length === onOne.length);
  expect(zero.find((e) => e.t === 'READY')?.d.shard).toEqual([0, 2]);
  expect(guildCreates(zero).sort()).toEqual([...onZero].sort());
  expect(guildCreates(one).sort()).toEqual([...onOne].sort());

  for (const guildId of guilds) {
    const user = sim.addUser(`u${guildId}`);
    sim.addMember(guildId, user);
    sim.createChannel(guildId, 'general');
  }
  await waitUntil(() => zero.concat(one).filter((e) => e.t === 'CHANNEL_CREATE').length === guilds.length);
  const channelGuilds = (events: Dispatch[]) => events.filter((e) => e.t === 'CHANNEL_CREATE').map((e) => e.d.guild_id);
  expect(channelGuilds(zero).sort()).toEqual([...onZero].sort());
  expect(channelGuilds(one).sort()).toEqual([...onOne].sort());
});

test('a bot that does not shard is shard [0, 1] and hears every guild; a bad shard pair is refused', async () => {
  sim = await DiscordSimulator.start();
  const guilds = [sim.createGuild('a').id, sim.createGuild('b').id];
  const events = await connectShard(undefined);
  expect(events.find((e) => e.t === 'READY')?.d.shard).toEqual([0, 1]);
  await waitUntil(() => events.filter((e) => e.t === 'GUILD_CREATE').length === 2);
  expect(
    events
      .filter((e) => e.t === 'GUILD_CREATE')
      .map((e) => e.d.id)
      .sort(),
  ).toEqual(guilds.sort());

  const bad = new WebSocket(sim.gatewayUrl);
  sockets.push(bad);
  await new Promise((resolve) => bad.once('open', resolve));
  const closed = new Promise<number>((resolve) => bad.once('close', (code) => resolve(code)));
  bad.send(JSON.stringify({ op: 2, d: { token: sim.token, intents: 1, properties: {}, shard: [2, 2] } }));
  expect(await closed).toBe(4010);
});
