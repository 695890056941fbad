import { beforeEach, expect, test } from 'vitest';
import { button, buttons, useWorld, waitFor, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

test("forget-me by a mentee blanks their requests' DMs to mentors, open or closed: no goals, no topics, no buttons", async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const open = await joined(world, 'm1', 'Guild', 'mentor');
  const declined = await joined(world, 'm2', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee', {
    topics: 'burnout recovery',
    goals: 'Private goal: leave my job',
  });
  await requestMentor(world, mentee, 'Guild', open);
  await requestMentor(world, mentee, 'Guild', declined);
  const declinedDm = dmsTo(world, declined)[0]!;
  await sim.click(declined, declinedDm, button(declinedDm, /^Decline$/).custom_id).reply();
  await waitFor(() => dmsTo(world, declined)[0]!.components.length === 0);
  expect(dmsTo(world, open)[0]!.content).toContain('Private goal');

  const ask = await sim.slash(world.as(mentee), 'mentorship forget-me').reply();
  await sim.click(mentee, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  expect(await requestRows(world)).toEqual([]);
  for (const mentor of [open, declined]) {
    await waitFor(() => dmsTo(world, mentor)[0]!.content.includes('details were removed'));
    const dm = dmsTo(world, mentor)[0]!;
    expect(dm.content).toBe(
      'This mentoring request is closed, and the member’s details were removed at their request.',
    );
    expect(dm.components).toEqual([]);
  }
  await world.app.ctx.outbox.drain();
  for (const mentor of [open, declined]) expect(dmsTo(world, mentor)[0]!.content).not.toContain('Private goal');
});

test("a mentee's topics and goals reach the mentor's DM without mentioning anyone or formatting", async () => {
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee', {
    topics: '@everyone, <@&123456789012345678>',
    goals: '@here <@123456789012345678> **x** [link](https://evil.example)',
  });
  await requestMentor(world, mentee, 'Guild', mentor);
  const dm = dmsTo(world, mentor)[0]!;
  expect(dm.mentionEveryone).toBe(false);
  expect(dm.content).toContain('\\*\\*x\\*\\*');
  expect(world.sim.unsafeMentions).toEqual([]);
});

test('three clicks at once on one Request button make one request and one DM', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const directory = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  const id = button(directory.message!, /Request 1/).custom_id;
  const answers = await Promise.all([1, 2, 3].map(() => sim.click(mentee, directory.message!, id).reply()));
  expect(answers.filter((a) => a.content.includes('Your request went to'))).toHaveLength(1);
  expect(await requestRows(world)).toHaveLength(1);
  await world.app.ctx.outbox.drain();
  expect(dmsTo(world, mentor)).toHaveLength(1);
});
