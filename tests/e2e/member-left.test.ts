import { afterEach, expect, onTestFailed, test } from 'vitest';
import { pairUp, startWorld, waitFor, type World } from './harness.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

test('with the Server Members intent, a member who leaves ends their pairing; the partner is told and waits with priority', async () => {
  world = await startWorld({ DISCORD_MEMBER_EVENTS: 'true' });
  onTestFailed(() => console.error(world.diagnostics()));
  const { name, threadId } = await pairUp(world);
  world.sim.removeMember(world.guildId, world.users.mentor);
  await waitFor(() => world.sim.publicMessages(threadId).some((m) => m.content.includes('no longer in the server')));
  expect(world.sim.publicMessages(threadId).at(-1)?.content).toBe(
    `<@${world.users.mentee}> Your partner is no longer in the server, so this pairing has ended. you are back on the waiting list of **${name}** and will be paired again when a mentor is free.`,
  );
  const signups = await world.app.ctx.db
    .selectFrom('signups')
    .select(['user_id', 'status', 'priority'])
    .orderBy('id')
    .execute();
  expect(signups).toEqual([
    { user_id: world.users.mentor, status: 'withdrawn', priority: 0 },
    { user_id: world.users.mentee, status: 'waiting', priority: 1 },
  ]);
});

test('without the intent, a member who left is found out when Discord refuses to add them to a thread', async () => {
  world = await startWorld();
  onTestFailed(() => console.error(world.diagnostics()));
  const { sim, users } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Quiet',
      template: 'custom',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: 'Quiet' }).reply();
  await sim.slash(world.as(users.mentor), 'mentorship join', { program: 'Quiet', role: 'mentor', adult: true }).reply();
  await sim.slash(world.as(users.mentee), 'mentorship join', { program: 'Quiet', role: 'mentee', adult: true }).reply();
  sim.removeMember(world.guildId, users.mentee);
  world.expectRefused({ status: 404, code: 10007, path: users.mentee }, 'adding the departed mentee to the thread');
  const reply = await sim
    .slash(world.as(users.admin), 'match pair', { program: 'Quiet', mentor: users.mentor, mentee: users.mentee })
    .reply();
  expect(reply.content).toBe(`<@${users.mentee}> is no longer in the server; their sign-ups have ended.`);
  const signups = await world.app.ctx.db.selectFrom('signups').select(['user_id', 'status']).orderBy('id').execute();
  expect(signups).toEqual([
    { user_id: users.mentor, status: 'waiting' },
    { user_id: users.mentee, status: 'withdrawn' },
  ]);
  expect(await world.app.ctx.db.selectFrom('pairings').select('status').execute()).toEqual([{ status: 'ended' }]);
});
