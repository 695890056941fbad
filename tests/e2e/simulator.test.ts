import { once } from 'node:events';
import { DiscordAPIError, Events, REST, Routes } from 'discord.js';
import { beforeEach, describe, expect, test } from 'vitest';
import { interactionPayload } from '../simulator/interactions.ts';
import { pairUp, refusalCheck, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
let rest: REST;
beforeEach(() => {
  world = current();
  rest = new REST({ api: world.sim.apiUrl, retries: 0 }).setToken(world.sim.token);
});

const createProgram = (name: string) =>
  world.sim
    .slash(world.as(world.users.admin), 'program create', {
      name,
      template: 'career',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
    })
    .reply();

async function refusal(request: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await request.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

describe('the simulator refuses what Discord refuses, and records it', () => {
  test('a message over 2,000 characters', async () => {
    world.expectRefused({ status: 400, code: 50035, reason: /2000 or fewer/ });
    const error = await refusal(
      rest.post(Routes.channelMessages(world.channels.general), { body: { content: 'x'.repeat(2001) } }),
    );
    expect(error.status).toBe(400);
  });

  test('an unknown channel', async () => {
    world.expectRefused({ status: 404, code: 10003, path: '/channels/123456789012345678/messages' });
    const error = await refusal(rest.post(Routes.channelMessages('123456789012345678'), { body: { content: 'hi' } }));
    expect([error.status, error.code]).toEqual([404, 10003]);
  });

  test('a body that does not match Discord’s OpenAPI description', async () => {
    world.expectRefused({ status: 400, reason: /body \/content must be string/ });
    const error = await refusal(rest.post(Routes.channelMessages(world.channels.general), { body: { content: 42 } }));
    expect(error.status).toBe(400);
  });

  test('a route Discord does not have', async () => {
    world.expectRefused({ status: 404, path: '/channels/1/nowhere', reason: /no documented route/ });
    const error = await refusal(rest.post('/channels/1/nowhere', { body: {} }));
    expect(error.status).toBe(404);
  });

  test('a request without the bot token', async () => {
    world.expectRefused({ status: 401, method: 'GET', path: `/channels/${world.channels.general}` });
    const error = await refusal(
      new REST({ api: world.sim.apiUrl, retries: 0 }).setToken('wrong').get(Routes.channel(world.channels.general)),
    );
    expect(error.status).toBe(401);
  });

  test('a second response to one interaction, and a response after 3 seconds', async () => {
    const handle = world.sim.slash(world.as(world.users.admin), 'program list');
    await handle.reply();
    const { id, token } = handle.interaction;
    const callback = Routes.interactionCallback(id, token);
    world.expectRefused({ status: 400, code: 40060, path: `/interactions/${id}/` }, 'the second response');
    const second = await refusal(rest.post(callback, { body: { type: 4, data: { content: 'again' } }, auth: false }));
    expect(second.code).toBe(40060);

    // An interaction the bot never heard of, answered 3.5 seconds after Discord sent it.
    const { payload: _payload, ...late } = interactionPayload(world.sim, world.as(world.users.admin), 2, {
      name: 'program',
    });
    world.sim.interactions.set(late.id, { ...late, createdAt: Date.now() - 3_500 });
    world.expectRefused(
      { status: 404, code: 10062, path: `/interactions/${late.id}/`, reason: /after 3 seconds/ },
      'the late response',
    );
    const tooLate = await refusal(
      rest.post(Routes.interactionCallback(late.id, late.token), {
        body: { type: 4, data: { content: 'late' } },
        auth: false,
      }),
    );
    expect(tooLate.code).toBe(10062);
  });

  test('a non-member cannot see a private thread; a mentioned member is added to it', async () => {
    const { threadId } = await pairUp(world, { name: 'Sim Cohort' });
    expect(() =>
      world.sim.slash(world.as(world.users.outsider, threadId), 'checkin status', { status: 'stuck' }),
    ).toThrow(/cannot see/);
    expect(world.sim.channel(threadId).thread?.members.has(world.users.outsider)).toBe(false);
    await rest.post(Routes.channelMessages(threadId), { body: { content: `hello <@${world.users.outsider}>` } });
    expect(world.sim.channel(threadId).thread?.members.has(world.users.outsider)).toBe(true);
  });
});

describe('thread members', () => {
  test('DELETE takes a member out of a thread; one not in it is an unknown member; an archived thread refuses', async () => {
    const thread = world.sim.createThread(world.channels.pairs, 'group', [world.users.mentor, world.users.mentee]);
    await rest.delete(Routes.threadMembers(thread, world.users.mentee));
    expect([...world.sim.channel(thread).thread!.members].sort()).toEqual(
      [world.sim.botUser.id, world.users.mentor].sort(),
    );
    world.expectRefused({ status: 404, code: 10007 }, 'removing someone no longer in the thread');
    expect((await refusal(rest.delete(Routes.threadMembers(thread, world.users.mentee)))).code).toBe(10007);
    world.sim.channel(thread).thread!.archived = true;
    world.expectRefused({ status: 400, code: 50083 }, 'removing from an archived thread');
    expect((await refusal(rest.delete(Routes.threadMembers(thread, world.users.mentor)))).code).toBe(50083);
    expect(world.sim.channel(thread).thread!.members.has(world.users.mentor)).toBe(true);
  });
});

describe('a test fails on what Discord refused unless it declared it', () => {
  test('an undeclared refusal or 429 is listed, and so is a declared refusal that never happened', async () => {
    world.sim.limiter.settings.routes['POST /channels/{channel_id}/messages'] = { limit: 1, windowMs: 60_000 };
    const post = (channel: string) =>
      fetch(`${world.sim.apiUrl}/v10/channels/${channel}/messages`, {
        method: 'POST',
        headers: { authorization: `Bot ${world.sim.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'hi' }),
      });
    expect((await post(world.channels.general)).status).toBe(200);
    expect((await post(world.channels.general)).status).toBe(429);
    expect((await post('123456789012345678')).status).toBe(404);

    const check = refusalCheck(world.sim);
    expect(check.problems()).toEqual([
      'Discord refused 2 request(s) the test did not expect (declare expected ones with expectRefused):',
      '  POST /channels/123456789012345678/messages: 404 (code 10003) Unknown Channel',
      `  POST /channels/${world.channels.general}/messages: 429 rate limited on POST /channels/{channel_id}/messages`,
    ]);
    check.expect({ status: 404, code: 10003, path: '123456789012345678' });
    check.expect((r) => r.rateLimited && r.path.includes(world.channels.general));
    check.expect({ status: 403, code: 50007 }, 'a closed DM');
    check.expect({ status: 403 }, 'perhaps', { optional: true });
    expect(check.problems()).toEqual([
      'Refusals the test expected that never happened:',
      '  {"status":403,"code":50007} (a closed DM)',
    ]);
    expect(() => check.check()).toThrow(/a closed DM/);

    // The world's own check, at close: both declared.
    world.expectRefused({ status: 404, code: 10003 });
    world.expectRefused({ status: 429, rateLimited: true });
  });
});

describe('the gateway', () => {
  test('a dropped connection is resumed, and interactions keep flowing', async () => {
    await createProgram('Sim Cohort');
    const resumed = once(world.app.client, Events.ShardResume);
    world.sim.gateway.dropConnections();
    await resumed;
    expect(world.sim.gateway.resumes).toBeGreaterThanOrEqual(1);
    const reply = await world.sim.slash(world.as(world.users.admin), 'program list').reply();
    expect(reply.content).toContain('Sim Cohort');
  });

  test('autocomplete answers with the server’s programs that start with what was typed', async () => {
    for (const name of ['Sim Cohort', 'Other Cohort']) await createProgram(name);
    const handle = world.sim.autocomplete(world.as(world.users.admin), 'program open', { program: 'sim' }, 'program');
    const reply = await handle.reply();
    expect(reply.type).toBe(8);
    expect(reply.data.choices).toEqual([{ name: 'Sim Cohort', value: 'Sim Cohort' }]);
  });
});
