import { beforeEach, expect, test } from 'vitest';
import { button, useWorld, waitFor, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const requestsOff = (mentor: string) =>
  `Your request to <@${mentor}> in **Guild** is closed: **Guild** no longer takes requests.`;

/** A mentor and a mentee with an open request between them. */
async function openRequest() {
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', mentor);
  return { mentor, mentee };
}

/** The request closed neutrally: the mentee told the program takes no requests, the DM without buttons, Accept refused. */
async function expectClosedAsRequestsOff(mentor: string, mentee: string) {
  expect((await requestRows(world)).map((r) => [r.status, r.close_reason])).toEqual([['declined', 'requests-off']]);
  await waitFor(() => dmsTo(world, mentee).length === 1);
  expect(dmsTo(world, mentee)[0]!.content).toBe(requestsOff(mentor));
  await waitFor(() => dmsTo(world, mentor)[0]!.components.length === 0);
  expect(dmsTo(world, mentor)[0]!.content).toContain('This request is closed.');
}

test('ending a program closes its open requests: the mentee is told, the mentor’s DM loses its buttons', async () => {
  const { mentor, mentee } = await openRequest();
  const ask = await world.sim.slash(world.as(world.users.admin), 'program end', { program: 'Guild' }).reply();
  await world.sim.click(world.users.admin, ask.message!, button(ask.message!, /End/).custom_id).reply();
  await expectClosedAsRequestsOff(mentor, mentee);
});

test('/program edit matching:admin closes the open requests', async () => {
  const { mentor, mentee } = await openRequest();
  await world.sim.slash(world.as(world.users.admin), 'program edit', { program: 'Guild', matching: 'admin' }).reply();
  await expectClosedAsRequestsOff(mentor, mentee);
});

test('a lower mentor-capacity declines the open requests of mentors it leaves full, and only theirs', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild', { 'mentor-capacity': 2 });
  const busy = await joined(world, 'busy', 'Guild', 'mentor');
  const free = await joined(world, 'free', 'Guild', 'mentor');
  const [a, b, c] = [
    await joined(world, 'a', 'Guild', 'mentee'),
    await joined(world, 'b', 'Guild', 'mentee'),
    await joined(world, 'c', 'Guild', 'mentee'),
  ];
  await requestMentor(world, a, 'Guild', busy);
  await requestMentor(world, b, 'Guild', busy);
  await requestMentor(world, c, 'Guild', free);
  const first = dmsTo(world, busy)[0]!;
  await sim.click(busy, first, button(first, /^Accept$/).custom_id).reply();
  await sim.slash(world.as(world.users.admin), 'program edit', { program: 'Guild', 'mentor-capacity': 1 }).reply();
  const rows = await requestRows(world);
  expect(rows.map((r) => [r.mentee_id, r.status, r.close_reason])).toEqual([
    [a, 'accepted', null],
    [b, 'declined', 'full'],
    [c, 'open', null],
  ]);
  await waitFor(() => dmsTo(world, b).length === 1);
  expect(dmsTo(world, b)[0]!.content).toContain('was not accepted: they are not available this time.');
});

test('Accept on a request its program can no longer take closes it instead of pairing', async () => {
  const { mentor, mentee } = await openRequest();
  // As a program left in admin mode by an earlier version would be, with its requests still open.
  await world.app.ctx.db.updateTable('programs').set({ matching: 'admin' }).execute();
  const dm = dmsTo(world, mentor)[0]!;
  const late = await world.sim.click(mentor, dm, button(dm, /^Accept$/).custom_id).reply();
  expect(late.content).toBe('This request is no longer open.');
  await expectClosedAsRequestsOff(mentor, mentee);
  expect(await world.app.ctx.db.selectFrom('pairings').selectAll().execute()).toEqual([]);
});

test('a mentor who marked themselves full, clicking an old Accept, is told it was their choice, not that they have no room', async () => {
  const { sim } = world;
  const { mentor } = await openRequest();
  const list = await sim.slash(world.as(mentor), 'mentorship requests').reply();
  await sim.slash(world.as(mentor), 'mentorship availability', { program: 'Guild', status: 'full' }).reply();
  const late = await sim.click(mentor, list.message!, button(list.message!, /Accept 1/).custom_id).reply();
  expect(late.content).toBe(
    'You marked yourself full in this program, which declined this request. To take requests again: `/mentorship availability` open.',
  );
  expect(await world.app.ctx.db.selectFrom('pairings').selectAll().execute()).toEqual([]);
});
