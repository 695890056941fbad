import { once } from 'node:events';
import { DiscordAPIError, Events, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { interactionPayload } from '../simulator/interactions.ts';
import { pairUp, startWorld, type World } from './harness.ts';

let world: World;
let rest: REST;
beforeAll(async () => {
  world = await startWorld();
  rest = new REST({ api: world.sim.apiUrl, retries: 0 }).setToken(world.sim.token);
});
afterAll(async () => {
  await world.close();
});

async function refusal(request: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await request.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

describe('the simulator refuses what Discord refuses, and records it', () => {
  test('a message over 2,000 characters', async () => {
    const error = await refusal(rest.post(Routes.channelMessages(world.channels.general), { body: { content: 'x'.repeat(2001) } }));
    expect(error.status).toBe(400);
    expect(world.sim.rejections.pop()?.reason).toMatch(/2000 or fewer/);
  });

  test('an unknown channel', async () => {
    const error = await refusal(rest.post(Routes.channelMessages('123456789012345678'), { body: { content: 'hi' } }));
    expect([error.status, error.code]).toEqual([404, 10003]);
    world.sim.rejections.pop();
  });

  test('a body that does not match Discord’s OpenAPI description', async () => {
    const error = await refusal(rest.post(Routes.channelMessages(world.channels.general), { body: { content: 42 } }));
    expect(error.status).toBe(400);
    expect(world.sim.rejections.pop()?.reason).toMatch(/body \/content must be string/);
  });

  test('a route Discord does not have', async () => {
    const error = await refusal(rest.post('/channels/1/nowhere', { body: {} }));
    expect(error.status).toBe(404);
    expect(world.sim.rejections.pop()?.reason).toMatch(/no documented route/);
  });

  test('a request without the bot token', async () => {
    const error = await refusal(new REST({ api: world.sim.apiUrl, retries: 0 }).setToken('wrong').get(Routes.channel(world.channels.general)));
    expect(error.status).toBe(401);
    world.sim.rejections.pop();
  });

  test('a second response to one interaction, and a response after 3 seconds', async () => {
    const handle = world.sim.slash(world.as(world.users.admin), 'program list');
    await handle.reply();
    const { id, token } = handle.interaction;
    const callback = Routes.interactionCallback(id, token);
    const second = await refusal(rest.post(callback, { body: { type: 4, data: { content: 'again' } }, auth: false }));
    expect(second.code).toBe(40060);
    world.sim.rejections.pop();

    // An interaction the bot never heard of, answered 3.5 seconds after Discord sent it.
    const { payload: _payload, ...late } = interactionPayload(world.sim, world.as(world.users.admin), 2, { name: 'program' });
    world.sim.interactions.set(late.id, { ...late, createdAt: Date.now() - 3_500 });
    const tooLate = await refusal(rest.post(Routes.interactionCallback(late.id, late.token), { body: { type: 4, data: { content: 'late' } }, auth: false }));
    expect(tooLate.code).toBe(10062);
    expect(world.sim.rejections.pop()?.reason).toMatch(/after 3 seconds/);
  });

  test('a non-member cannot see a private thread; a mentioned member is added to it', async () => {
    const { threadId } = await pairUp(world, { name: 'Sim Cohort' });
    expect(() => world.sim.slash(world.as(world.users.outsider, threadId), 'checkin', { status: 'stuck' })).toThrow(/cannot see/);
    await rest.post(Routes.channelMessages(threadId), { body: { content: `hello <@${world.users.outsider}>` } });
    expect(world.sim.channel(threadId).thread?.members.has(world.users.outsider)).toBe(true);
  });
});

describe('the gateway', () => {
  test('a dropped connection is resumed, and interactions keep flowing', async () => {
    const resumed = once(world.app.client, Events.ShardResume);
    world.sim.gateway.dropConnections();
    await resumed;
    expect(world.sim.gateway.resumes).toBeGreaterThanOrEqual(1);
    const reply = await world.sim.slash(world.as(world.users.admin), 'program list').reply();
    expect(reply.content).toContain('Sim Cohort');
  });

  test('autocomplete answers with the server’s programs that start with what was typed', async () => {
    const handle = world.sim.autocomplete(world.as(world.users.admin), 'program open', { program: 'sim' }, 'program');
    const reply = await handle.reply();
    expect(reply.type).toBe(8);
    expect(reply.data.choices).toEqual([{ name: 'Sim Cohort', value: 'Sim Cohort' }]);
  });
});
