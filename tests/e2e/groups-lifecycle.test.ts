import { beforeEach, expect, test } from 'vitest';
import { button, buttons, useWorld, waitFor, type World } from './harness.ts';
import { groupWorld } from './group-world.ts';

const current = useWorld();
let world: World;
let g: ReturnType<typeof groupWorld>;
beforeEach(() => {
  world = current();
  g = groupWorld(world);
});

const DAY = 86_400_000;
const WEEK = 7 * DAY;

test('one reminder to the whole group after three days with nobody’s answer; none once one member answered', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await g.tick(first + 3 * DAY - 60_000);
  const reminders = () => world.sim.publicMessages(threadId).filter((m) => m.content.includes('gentle reminder'));
  expect(reminders()).toHaveLength(0);
  await g.tick(first + 3 * DAY);
  await g.tick(first + 4 * DAY);
  expect(reminders()).toHaveLength(1);
  expect(reminders()[0]!.mentions.sort()).toEqual([mentor, ...mentees].sort());

  await g.tick(first + WEEK);
  const week2 = g.prompts(threadId)[1]!;
  await world.sim.click(mentees[1]!, week2, button(week2, /On track/).custom_id).reply();
  await g.tick(first + WEEK + 4 * DAY);
  expect(reminders()).toHaveLength(1);
});

test('the last mentee leaving keeps the group open with no prompts; a new mentee joins the same thread and is greeted there', async () => {
  await g.groupProgram('Solo');
  const mentor = await g.join('maya3', 'Solo', 'mentor');
  const first = await g.join('ana3', 'Solo', 'mentee');
  await g.pair('Solo', mentor, first);
  await world.app.scheduler.tick();
  const group = await g.groupRow();
  const threadId = group.thread_id as string;
  await world.sim.slash(world.as(first, threadId), 'mentorship end', { block: true }).reply();
  await world.app.scheduler.tick();
  expect(await world.app.ctx.db.selectFrom('blocks').select(['blocker_id', 'blocked_id']).execute()).toEqual([
    { blocker_id: first, blocked_id: mentor },
  ]);
  expect((await g.groupRow()).status).toBe('active');
  const thread = world.sim.channel(threadId).thread!;
  expect([...thread.members].sort()).toEqual([world.sim.botUser.id, mentor].sort());
  expect([thread.archived, thread.locked]).toEqual([false, false]);

  await g.tick(Date.parse(group.next_checkin_at as string));
  expect(g.prompts(threadId)).toHaveLength(0);
  const empty = await world.sim.slash(world.as(mentor, threadId), 'checkin status', { status: 'stuck' }).reply();
  expect(empty.content).toContain('Your group has no mentee at the moment');

  const next = await g.join('ben3', 'Solo', 'mentee');
  const paired = await g.pair('Solo', mentor, next);
  expect(paired.content).toBe(`Paired <@${mentor}> (mentor) with <@${next}> (mentee) in <#${threadId}>.`);
  await world.app.scheduler.tick();
  expect(world.sim.threadsIn(world.channels.pairs)).toHaveLength(1);
  expect(thread.members.has(next)).toBe(true);
  const greeting = world.sim.publicMessages(threadId).at(-1)!;
  expect(greeting.content).toContain('You join the group of');
  expect(greeting.mentions.sort()).toEqual([mentor, next].sort());

  await g.tick(Date.parse((await g.groupRow()).next_checkin_at as string));
  expect(g.prompts(threadId)).toHaveLength(1);
  expect(g.prompts(threadId)[0]!.mentions.sort()).toEqual([mentor, next].sort());
  expect(g.prompts(threadId)[0]!.content).toContain('**0 of 2** answered');
});

test('after the last week the group gets one closing message; each member rates for themselves; ending the program ends the group', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup({ weeks: 1 });
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await g.tick(first + WEEK);
  const closing = world.sim.publicMessages(threadId).filter((m) => m.content.includes('that was the last week'));
  expect(closing).toHaveLength(1);
  expect(closing[0]!.mentions.sort()).toEqual([mentor, ...mentees].sort());
  const form = world.sim.click(mentees[0]!, closing[0]!, button(closing[0]!, /How is this going/).custom_id);
  const rated = await (await world.sim.submitModal(mentees[0]!, form, { score: '4' })).reply();
  expect(rated.ephemeral).toBe(true);
  const ratings = await world.app.ctx.db
    .selectFrom('pulse_answers')
    .innerJoin('pairings', 'pairings.id', 'pulse_answers.pairing_id')
    .select(['user_id', 'score', 'kind', 'pairings.mentee_id'])
    .execute();
  expect(ratings).toEqual([{ user_id: mentees[0], score: 4, kind: 'closing', mentee_id: mentees[0] }]);
  await g.tick(first + 3 * WEEK);
  expect(world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'))).toHaveLength(1);

  const ask = await world.sim.slash(world.as(world.users.admin), 'program end', { program: 'Circle' }).reply();
  const done = await world.sim.click(world.users.admin, ask.message!, button(ask.message!, /End/).custom_id).reply();
  expect(done.ephemeral).toBe(true);
  await world.app.scheduler.tick();
  expect((await g.memberships()).map((m) => m.status)).toEqual(['ended', 'ended', 'ended']);
  expect((await g.groupRow()).status).toBe('ended');
  const thread = world.sim.channel(threadId).thread!;
  expect([thread.archived, thread.locked]).toEqual([true, true]);
  expect(world.sim.publicMessages(threadId).filter((m) => m.content.includes('left the group'))).toEqual([]);
  expect(buttons(closing[0]!).length).toBe(3);
});

test('a group thread deleted by hand closes the group, pauses its members and tells the report channel once', async () => {
  const { mentor, group, threadId } = await g.fullGroup();
  world.sim.deleteChannel(threadId);
  await waitFor(async () => (await g.groupRow()).status === 'ended');
  expect((await g.memberships()).map((m) => m.status)).toEqual(['paused', 'paused', 'paused']);
  await g.tick(Date.parse(group.next_checkin_at as string));
  const told = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('was deleted'));
  expect(told).toHaveLength(1);
  expect(told[0]!.content).toContain(`group #${group.id} (Circle)`);
  const eve = await g.join('eve', 'Circle', 'mentee');
  const refused = await g.pair('Circle', mentor, eve);
  expect(refused.content).toBe(`<@${mentor}> already mentors as many members as **Circle** allows (3).`);

  // Ending the mentor's memberships frees the places: the next mentee starts a new group and thread.
  await world.sim
    .slash(world.as(world.users.admin), 'match end', { program: 'Circle', member: mentor, reason: 'thread lost' })
    .reply();
  expect((await g.memberships()).map((m) => m.status)).toEqual(['ended', 'ended', 'ended']);
  const paired = await g.pair('Circle', mentor, eve);
  expect(paired.content).toContain('Paired');
  const groups = await world.app.ctx.db
    .selectFrom('pair_groups')
    .select(['status', 'thread_id'])
    .orderBy('id')
    .execute();
  expect(groups.map((row) => row.status)).toEqual(['ended', 'active']);
  expect(groups[1]!.thread_id).not.toBe(threadId);
});

test('a mentee joining a group whose thread Discord archived (idle a week) is added to it and greeted', async () => {
  await g.groupProgram('Solo');
  const mentor = await g.join('maya5', 'Solo', 'mentor');
  const first = await g.join('ana5', 'Solo', 'mentee');
  await g.pair('Solo', mentor, first);
  await world.app.scheduler.tick();
  const threadId = (await g.groupRow()).thread_id as string;
  await world.sim.slash(world.as(first, threadId), 'mentorship end').reply();
  await world.app.scheduler.tick();
  // What Discord does to a thread idle for its auto_archive_duration (10080 minutes).
  world.sim.channel(threadId).thread!.archived = true;
  const next = await g.join('ben5', 'Solo', 'mentee');
  expect((await g.pair('Solo', mentor, next)).content).toContain('Paired');
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  expect(world.sim.channel(threadId).thread!.members.has(next)).toBe(true);
  expect(world.sim.channel(threadId).thread!.archived).toBe(false);
  expect((await g.memberships()).at(-1)).toMatchObject({ mentee_id: next, status: 'active', paused_reason: null });
  expect(world.sim.publicMessages(threadId).at(-1)!.mentions).toContain(next);
});
