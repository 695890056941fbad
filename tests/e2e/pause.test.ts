import { beforeEach, expect, test } from 'vitest';
import { groupWorld } from './group-world.ts';
import { pairUp, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const DAY = 86_400_000;
const prompts = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'));
const reminders = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('gentle reminder'));
const stallNotices = () =>
  world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('has not answered'));

async function at(ms: number): Promise<void> {
  world.clock.set(new Date(ms));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
}

test('a pause of two weeks: the partner is told, no prompt, reminder or silence flag meanwhile, then the next week resumes on its own', async () => {
  const { pairing, threadId } = await pairUp(world);
  const first = Date.parse(pairing.next_checkin_at as string);
  await at(first);
  expect(prompts(threadId).map((m) => m.content.match(/week \d+ check-in/)?.[0])).toEqual(['week 1 check-in']);

  world.clock.set(new Date(first + DAY));
  const reply = await world.sim.slash(world.as(world.users.mentee, threadId), 'mentorship pause', { weeks: 2 }).reply();
  const resumeAt = first + 21 * DAY;
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toBe(
    `Check-ins are paused for 2 weeks: no prompt, reminder or silence flag until then. The next check-in comes <t:${resumeAt / 1000}:F>.`,
  );
  await world.app.ctx.outbox.drain();
  const told = world.sim.publicMessages(threadId).find((m) => m.content.includes('paused this pair'));
  expect(told?.content).toBe(
    `<@${world.users.mentor}> <@${world.users.mentee}> paused this pair’s check-ins for 2 weeks. They resume on their own: the next one comes <t:${resumeAt / 1000}:F>.`,
  );
  expect(told?.mentions.sort()).toEqual([world.users.mentor, world.users.mentee].sort());
  const profile = await world.sim.slash(world.as(world.users.mentor), 'mentorship profile').reply();
  expect(profile.content).toContain(`check-ins paused until <t:${(first + 15 * DAY) / 1000}:d>`);

  for (const day of [3, 4, 7, 10, 14, 17, 20]) await at(first + day * DAY);
  expect(prompts(threadId)).toHaveLength(1);
  expect(reminders(threadId)).toHaveLength(0);

  await at(resumeAt);
  expect(prompts(threadId).map((m) => m.content.match(/week \d+ check-in/)?.[0])).toEqual([
    'week 1 check-in',
    'week 2 check-in',
  ]);
  await at(resumeAt + 3 * DAY);
  await at(resumeAt + 4 * DAY);
  // Week 2 went unanswered after the pause: one reminder, but weeks 1 and 2 are no silent streak.
  expect(reminders(threadId)).toHaveLength(1);
  expect(stallNotices()).toHaveLength(0);

  await at(resumeAt + 7 * DAY);
  await at(resumeAt + 10 * DAY);
  expect(prompts(threadId)).toHaveLength(3);
  expect(stallNotices().map((m) => m.content)).toEqual([
    `Pairing #${pairing.id} (Spring Cohort) has not answered the check-ins of weeks 2, 3.`,
  ]);
});

test('pausing again starts a new pause from now; a pause never brings a check-in earlier', async () => {
  const { pairing, threadId } = await pairUp(world);
  const first = Date.parse(pairing.next_checkin_at as string);
  const mentor = world.as(world.users.mentor, threadId);
  world.clock.set(new Date(first - 6 * DAY));
  await world.sim.slash(mentor, 'mentorship pause', { weeks: 1 }).reply();
  let row = await world.app.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(row.next_checkin_at).toBe(new Date(first + 7 * DAY).toISOString());
  expect(row.checkins_paused_until).toBe(new Date(first + DAY).toISOString());

  world.clock.set(new Date(first + 2 * DAY));
  await world.sim.slash(mentor, 'mentorship pause', { weeks: 1 }).reply();
  row = await world.app.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(row.next_checkin_at).toBe(new Date(first + 14 * DAY).toISOString());
  expect(row.week).toBe(0);
  await at(first + 14 * DAY);
  expect(prompts(threadId).map((m) => m.content.match(/week \d+ check-in/)?.[0])).toEqual(['week 1 check-in']);
});

test('only the pair may pause, inside its thread, and only an active pairing with check-ins left', async () => {
  const { threadId } = await pairUp(world);
  const pause = (user: string, channel?: string) =>
    world.sim.slash(world.as(user, channel), 'mentorship pause', { weeks: 1 }).reply();
  expect((await pause(world.users.mentee)).content).toBe('Use this command inside your mentorship thread.');
  expect((await pause(world.users.staff, threadId)).content).toBe('Only the two members of this pair can do that.');

  await world.sim.slash(world.as(world.users.mentee, threadId), 'mentorship end').reply();
  const refused = await pause(world.users.mentor, threadId);
  expect(refused.ephemeral).toBe(true);
  expect(refused.content).toBe('This pairing is not active.');
  const row = await world.app.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(row.checkins_paused_until).toBeNull();
});

test('in a group, a mentee’s pause leaves them out of the next prompts only; the mentor’s pause moves the whole group', async () => {
  const g = groupWorld(world);
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  const answeredLine = (i: number) => g.prompts(threadId)[i]?.content.match(/\*\*\d+ of \d+\*\* answered/)?.[0];
  await at(first);
  expect(answeredLine(0)).toBe('**0 of 4** answered');

  world.clock.set(new Date(first + DAY));
  const mine = await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship pause', { weeks: 2 }).reply();
  const until = (first + 15 * DAY) / 1000;
  expect(mine.content).toMatch(/^Your check-ins are paused for 2 weeks, until <t:\d+:F>/);
  expect(mine.content).toContain(`<t:${until}:F>`);
  await world.app.ctx.outbox.drain();
  const told = world.sim.publicMessages(threadId).find((m) => m.content.includes('taking a break'));
  expect(told?.content).toBe(
    `<@${mentor}> <@${mentees[0]}> is taking a break from check-ins for 2 weeks, until <t:${until}:D>. The group’s check-ins go on.`,
  );

  await at(first + 7 * DAY);
  expect(g.prompts(threadId)).toHaveLength(2);
  expect(answeredLine(1)).toBe('**0 of 3** answered');
  expect(g.prompts(threadId)[1]?.mentions.sort()).toEqual([mentor, mentees[1], mentees[2]].sort());

  world.clock.set(new Date(first + 8 * DAY));
  const group1 = await world.sim.slash(world.as(mentor, threadId), 'mentorship pause', { weeks: 1 }).reply();
  expect(group1.content).toContain(`The next check-in comes <t:${(first + 21 * DAY) / 1000}:F>.`);
  for (const day of [10, 11, 14, 17]) await at(first + day * DAY);
  expect(g.prompts(threadId)).toHaveLength(2);
  expect(world.sim.publicMessages(threadId).filter((m) => m.content.includes('gentle reminder'))).toHaveLength(0);

  await at(first + 21 * DAY);
  expect(g.prompts(threadId)).toHaveLength(3);
  expect(g.prompts(threadId)[2]?.content).toContain('week 3 check-in');
  expect(answeredLine(2)).toBe('**0 of 4** answered');
});

test('a mentor’s group pause never cuts short a mentee’s longer break', async () => {
  const g = groupWorld(world);
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  await at(first);
  world.clock.set(new Date(first + DAY));
  await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship pause', { weeks: 4 }).reply();
  const breakEnd = new Date(first + 29 * DAY).toISOString();
  world.clock.set(new Date(first + 2 * DAY));
  const paused = await world.sim.slash(world.as(mentor, threadId), 'mentorship pause', { weeks: 1 }).reply();
  expect(paused.content).toContain(`The next check-in comes <t:${(first + 14 * DAY) / 1000}:F>.`);
  const rows = await g.memberships();
  expect(rows.map((r) => r.checkins_paused_until)).toEqual([
    breakEnd,
    new Date(first + 9 * DAY).toISOString(),
    new Date(first + 9 * DAY).toISOString(),
  ]);
  await at(first + 14 * DAY);
  expect(g.prompts(threadId)).toHaveLength(2);
  expect(g.prompts(threadId)[1]?.mentions.sort()).toEqual([mentor, mentees[1], mentees[2]].sort());
});
