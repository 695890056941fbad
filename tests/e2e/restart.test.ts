import { beforeEach, expect, test } from 'vitest';
import { recordDueCheckins } from '../../src/domain/checkins/checkin-record.ts';
import { loseAnswers, pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const prompts = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'));
const checkins = () =>
  world.app.ctx.db.selectFrom('checkins').select(['week', 'status', 'message_id']).orderBy('week').execute();

test('a crash between recording a check-in and posting it: the restart posts it, once', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await recordDueCheckins(world.app.ctx); // the process dies right after this step
  expect(prompts(threadId)).toHaveLength(0);

  await world.restart();
  await world.app.scheduler.tick();
  expect(prompts(threadId)).toHaveLength(1);
  expect(await checkins()).toEqual([{ week: 1, status: 'posted', message_id: prompts(threadId)[0]?.id }]);
});

test('a check-in posted whose answer was lost: the restart an hour later, past the nonce window, adopts it', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.clock.set(new Date(pairing.next_checkin_at as string));
  const heal = loseAnswers(world, (method, route) => method === 'POST' && route === '/channels/{channel_id}/messages');
  await world.app.scheduler.tick(); // Discord posts, but the bot never hears back (and retries)
  heal();
  expect(prompts(threadId)).toHaveLength(1);
  expect((await checkins())[0]?.status).toBe('pending');

  world.clock.advance(3_600_000);
  await world.restart();
  expect(prompts(threadId)).toHaveLength(1);
  expect(await checkins()).toEqual([{ week: 1, status: 'posted', message_id: prompts(threadId)[0]?.id }]);
});

test('after three weeks of downtime, each pairing gets only the latest due prompt, with the calendar week', async () => {
  const { pairing, threadId } = await pairUp(world);
  const first = new Date(pairing.next_checkin_at as string);
  world.clock.set(first);
  await world.app.scheduler.tick();
  expect(prompts(threadId)).toHaveLength(1);

  await world.app.stop();
  world.clock.set(new Date(first.getTime() + 3 * 7 * 86_400_000 + 3_600_000));
  await world.restart();
  await world.app.scheduler.tick();
  expect(prompts(threadId).map((m) => /week (\d+) check-in/.exec(m.content)?.[1])).toEqual(['1', '4']);
  expect((await checkins()).map((c) => [c.week, c.status])).toEqual([
    [1, 'posted'],
    [4, 'posted'],
  ]);
});

test("a thread whose answer was lost is adopted an hour later, never a member's thread of the same name: one thread, one welcome", async () => {
  // A member made threads bearing the name the pair's thread will have, public and private.
  const decoys = [11, 12].map((type) =>
    world.sim.createThread(world.channels.pairs, 'Spring Cohort · mentorship #1', [], {
      by: world.users.outsider,
      type: type as 11 | 12,
    }),
  );
  const heal = loseAnswers(world, (method, route) => method === 'POST' && route === '/channels/{channel_id}/threads');
  const { pairing, reply } = await pairUp(world);
  heal();
  expect(reply.content).toContain('I will finish it within a minute');
  expect(pairing.thread_id).toBeNull();
  const made = world.sim.threadsIn(world.channels.pairs).find((t) => !decoys.includes(t.id));

  world.clock.advance(3_600_000);
  await world.restart();
  const threads = world.sim.threadsIn(world.channels.pairs).filter((t) => !decoys.includes(t.id));
  expect(threads).toHaveLength(1);
  expect(threads[0]?.id).toBe(made?.id);
  const after = await world.app.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(after.thread_id).toBe(threads[0]?.id);
  expect(world.sim.publicMessages(threads[0]!.id).filter((m) => m.content.includes('Welcome'))).toHaveLength(1);
  expect([...threads[0]!.thread!.members].sort()).toEqual(
    [world.sim.botUser.id, world.users.mentor, world.users.mentee].sort(),
  );
});

test('an archived thread is reopened by the check-in post', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.sim.channel(threadId).thread!.archived = true;
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  expect(prompts(threadId)).toHaveLength(1);
  expect(world.sim.channel(threadId).thread!.archived).toBe(false);
});

test('a thread deleted while the bot was offline pauses the pairing at the next post, without retrying', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.sim.deleteChannel(threadId, { unseen: true });
  world.expectRefused(
    { status: 404, code: 10003, method: 'POST', path: `/channels/${threadId}/messages` },
    'the one post to the deleted thread',
  );
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  await world.app.scheduler.tick();
  const after = await world.app.ctx.db
    .selectFrom('pairings')
    .select(['status', 'paused_reason'])
    .executeTakeFirstOrThrow();
  expect(after).toEqual({ status: 'paused', paused_reason: 'thread-unavailable' });
  const notices = world.sim
    .publicMessages(world.channels.reports)
    .filter((m) => m.content.includes('could not post the week 1 check-in'));
  expect(notices).toHaveLength(1);
  const attempts = world.sim.requests.filter(
    (r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.status === 404,
  );
  expect(attempts).toHaveLength(1);
});

test('a thread deleted by hand pauses the pairing at once and tells the report channel; pairing them again makes a new thread', async () => {
  const { name, pairing, threadId } = await pairUp(world);
  world.sim.deleteChannel(threadId);
  await waitFor(() => world.sim.publicMessages(world.channels.reports).length > 0);
  expect(
    await world.app.ctx.db.selectFrom('pairings').select(['status', 'paused_reason']).executeTakeFirstOrThrow(),
  ).toEqual({ status: 'paused', paused_reason: 'thread-deleted' });
  expect(world.sim.publicMessages(world.channels.reports).at(-1)?.content).toContain(
    `The private thread of pairing #${pairing.id} (${name}) was deleted`,
  );
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  expect(world.sim.requests.filter((r) => r.path === `/channels/${threadId}/messages` && r.status === 404)).toEqual([]);

  const again = await world.sim
    .slash(world.as(world.users.admin), 'match pair', {
      program: name,
      mentor: world.users.mentor,
      mentee: world.users.mentee,
    })
    .reply();
  const [thread] = world.sim.threadsIn(world.channels.pairs);
  expect(again.content).toContain(`<#${thread!.id}>`);
  const after = await world.app.ctx.db.selectFrom('pairings').select(['id', 'status', 'thread_id']).execute();
  expect(after).toEqual([{ id: pairing.id, status: 'active', thread_id: thread!.id }]);
});
