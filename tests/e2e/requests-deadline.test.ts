import { beforeEach, expect, test } from 'vitest';
import { button, useWorld, waitFor, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const DAY_MS = 86_400_000;
const expiredText = (mentor: string) => `Your request to <@${mentor}> in **Guild** expired without an answer`;

test('past the deadline, before the expiry job ran: Accept, Decline and Withdraw find the request expired, and the mentee is told once', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const [accepter, decliner, withdrawnFrom] = [
    await joined(world, 'm1', 'Guild', 'mentor'),
    await joined(world, 'm2', 'Guild', 'mentor'),
    await joined(world, 'm3', 'Guild', 'mentor'),
  ];
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', accepter);
  await requestMentor(world, mentee, 'Guild', decliner);
  const confirmation = await requestMentor(world, mentee, 'Guild', withdrawnFrom);
  const list = await sim.slash(world.as(accepter), 'mentorship requests').reply();
  world.clock.advance(3 * DAY_MS); // exactly at the deadline, and no scheduler tick
  const listed = await sim.slash(world.as(accepter), 'mentorship requests').reply();
  expect(listed.content).toBe('**Requests to you**\nNone.\n**Your requests**\nNone.');
  expect(list.content).toContain(`<@${mentee}>`);

  const acceptDm = dmsTo(world, accepter)[0]!;
  const accepted = await sim.click(accepter, acceptDm, button(acceptDm, /^Accept$/).custom_id).reply();
  expect(accepted.content).toBe('This request is no longer open.');
  const declineDm = dmsTo(world, decliner)[0]!;
  const declined = await sim.click(decliner, declineDm, button(declineDm, /^Decline$/).custom_id).reply();
  expect(declined.content).toBe('This request is no longer open.');
  const withdrawn = await sim
    .click(mentee, confirmation.message!, button(confirmation.message!, /Withdraw/).custom_id)
    .reply();
  expect(withdrawn.content).toBe('This request is no longer open.');

  expect((await requestRows(world)).map((r) => r.status)).toEqual(['expired', 'expired', 'expired']);
  expect(await world.app.ctx.db.selectFrom('pairings').selectAll().execute()).toEqual([]);
  await waitFor(() => dmsTo(world, mentee).length === 3);
  expect(dmsTo(world, mentee).map((m) => m.content.slice(0, expiredText(accepter).length))).toEqual([
    expiredText(accepter),
    expiredText(decliner),
    expiredText(withdrawnFrom),
  ]);
  expect(dmsTo(world, withdrawnFrom)).toHaveLength(1); // never told of a withdrawal
  await waitFor(() => dmsTo(world, accepter)[0]!.components.length === 0);
  expect(dmsTo(world, accepter)[0]!.content).toContain('This request expired without an answer.');
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  expect(dmsTo(world, mentee)).toHaveLength(3);
});

test('overdue requests do not count toward the three open ones, nor block asking the same mentor again', async () => {
  await requestProgram(world, 'Guild');
  const mentors: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) mentors.push(await joined(world, `mentor-${name}`, 'Guild', 'mentor'));
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  for (const mentor of mentors.slice(0, 3)) await requestMentor(world, mentee, 'Guild', mentor);
  world.clock.advance(3 * DAY_MS + 1);

  expect((await requestMentor(world, mentee, 'Guild', mentors[3]!)).content).toContain('Your request went to');
  expect((await requestMentor(world, mentee, 'Guild', mentors[0]!)).content).toContain('Your request went to');
  const rows = await requestRows(world);
  expect(rows.map((r) => [r.mentor_id, r.status])).toEqual([
    [mentors[0], 'expired'],
    [mentors[1], 'expired'],
    [mentors[2], 'expired'],
    [mentors[3], 'open'],
    [mentors[0], 'open'],
  ]);
  await waitFor(() => dmsTo(world, mentee).length === 3);
  expect(dmsTo(world, mentee)[0]!.content).toContain(expiredText(mentors[0]!));
});
