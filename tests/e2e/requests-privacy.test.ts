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
