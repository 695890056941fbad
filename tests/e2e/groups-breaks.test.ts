import { beforeEach, expect, test } from 'vitest';
import { button, useWorld, waitFor, type World } from './harness.ts';
import { groupWorld } from './group-world.ts';

const current = useWorld();
let world: World;
let g: ReturnType<typeof groupWorld>;
beforeEach(() => {
  world = current();
  g = groupWorld(world);
});
const DAY = 86_400_000;

const mentorAnswers = (mentor: string) =>
  g
    .db()
    .selectFrom('checkin_answers')
    .innerJoin('checkins', 'checkins.id', 'checkin_answers.checkin_id')
    .select(['checkins.week', 'checkins.pairing_id as pairingId', 'checkin_answers.status'])
    .where('checkin_answers.user_id', '=', mentor)
    .orderBy('checkins.pairing_id')
    .execute();

test('the mentor answers the week’s prompt while their oldest mentee is on a break; that mentee is told they are on a break', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  world.clock.set(new Date(first - DAY));
  const paused = await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship pause', { weeks: 2 }).reply();
  expect(paused.ephemeral).toBe(true);
  await g.tick(first);
  await world.app.ctx.outbox.drain();
  const prompt = g.prompts(threadId)[0]!;
  expect(prompt.content).toContain('**0 of 3** answered');

  const onBreak = await world.sim.click(mentees[0]!, prompt, button(prompt, /On track/).custom_id).reply();
  expect(onBreak.ephemeral).toBe(true);
  expect(onBreak.content).toContain('on a break from check-ins until <t:');
  expect(onBreak.content).not.toContain('no longer valid');

  const click = await world.sim.click(mentor, prompt, button(prompt, /On track/).custom_id).reply();
  expect(click.content).toContain('week 1');
  expect(click.content).not.toContain('no longer valid');
  await waitFor(() => g.prompts(threadId)[0]!.content.includes('**1 of 3** answered'));
  const memberships = await g.memberships();
  expect(await mentorAnswers(mentor)).toEqual(
    [memberships[1]!.id, memberships[2]!.id].map((pairingId) => ({ week: 1, pairingId, status: 'on-track' })),
  );
});

test('/checkin by the mentor answers the group’s latest week, not an older one of a mentee on a break', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await world.app.ctx.outbox.drain();
  world.clock.set(new Date(first + DAY));
  await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship pause', { weeks: 1 }).reply();
  await g.tick(first + 7 * DAY);
  await world.app.ctx.outbox.drain();
  expect(g.prompts(threadId)).toHaveLength(2);

  const reply = await world.sim.slash(world.as(mentor, threadId), 'checkin status', { status: 'stuck' }).reply();
  expect(reply.content).toContain('week 2');
  const answers = await mentorAnswers(mentor);
  expect(answers.map((a) => a.week)).toEqual([2, 2]);

  const onBreak = await world.sim.slash(world.as(mentees[0]!, threadId), 'checkin status', { status: 'stuck' }).reply();
  expect(onBreak.ephemeral).toBe(true);
  expect(onBreak.content).toContain('on a break from check-ins');
  const menteeAnswers = await g
    .db()
    .selectFrom('checkin_answers')
    .select('user_id')
    .where('user_id', '=', mentees[0]!)
    .execute();
  expect(menteeAnswers).toEqual([]);
});

test('a dismissed report that paused a group member resumes their membership only: the group’s thread reads nothing', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup({ 'moderator-role': world.roles.moderator });
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await world.app.ctx.outbox.drain();
  await world.sim
    .slash(world.as(mentor, threadId), 'report', { reason: 'Spamming the group', member: mentees[2], pause: true })
    .reply();
  await world.app.ctx.outbox.drain();
  expect((await g.memberships())[2]).toMatchObject({ status: 'paused', paused_reason: 'report' });
  const before = world.sim.publicMessages(threadId).length;
  const resolved = await world.sim
    .slash(world.as(world.users.moderator), 'reports resolve', { id: 1, outcome: 'no-action', note: 'ok' })
    .reply();
  expect(resolved.ephemeral).toBe(true);
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  expect(world.sim.publicMessages(threadId).slice(before)).toEqual([]);
  const rows = await g.memberships();
  expect(rows.map((r) => [r.status, r.paused_reason, r.next_checkin_at])).toEqual([
    ['active', null, null],
    ['active', null, null],
    ['active', null, null],
  ]);
  await g.tick(first + 7 * DAY);
  await world.app.ctx.outbox.drain();
  expect(g.prompts(threadId).at(-1)!.mentions).toContain(mentees[2]);
});

test('the group’s reminder mentions the mentor and the mentees asked, never one on a break or paused by a report', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup({ 'moderator-role': world.roles.moderator });
  const first = Date.parse(group.next_checkin_at as string);
  world.clock.set(new Date(first - DAY));
  await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship pause', { weeks: 2 }).reply();
  await g.tick(first);
  await world.app.ctx.outbox.drain();
  world.clock.set(new Date(first + DAY));
  const reported = await world.sim
    .slash(world.as(mentor, threadId), 'report', { reason: 'Spamming the group', member: mentees[2], pause: true })
    .reply();
  expect(reported.ephemeral).toBe(true);
  await g.tick(first + 3 * DAY);
  await g.tick(first + 4 * DAY);
  await world.app.ctx.outbox.drain();
  const reminders = world.sim.publicMessages(threadId).filter((m) => m.content.includes('gentle reminder'));
  expect(reminders).toHaveLength(1);
  expect(reminders[0]!.mentions.sort()).toEqual([mentor, mentees[1]].sort());
});
