import { beforeEach, expect, test } from 'vitest';
import { directoryPageId, requestAnswerId, requestWithdrawId } from '../../src/custom-ids/requests.ts';
import { button, useWorld, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const pairings = () => world.app.ctx.db.selectFrom('pairings').selectAll().execute();

test('a forged Accept by the mentee and a forged Withdraw by someone else are refused, and change nothing', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const stranger = await joined(world, 'e2', 'Guild', 'mentee');
  const confirmation = await requestMentor(world, mentee, 'Guild', mentor);
  const seen = await sim.slash(world.as(stranger), 'mentorship mentors', { program: 'Guild' }).reply();
  const [request] = await requestRows(world);
  const accept = requestAnswerId.encode([request!.id, 'accept']);
  const decline = requestAnswerId.encode([request!.id, 'decline']);
  for (const id of [accept, decline])
    expect((await sim.forgeClick(world.as(mentee), id, confirmation.message!).reply()).content).toBe(
      'This button belongs to someone else.',
    );
  const withdraw = requestWithdrawId.encode([request!.id]);
  expect((await sim.forgeClick(world.as(stranger), withdraw, seen.message!).reply()).content).toBe(
    'This button belongs to someone else.',
  );
  expect((await requestRows(world)).map((r) => r.status)).toEqual(['open']);
  expect(await pairings()).toEqual([]);
  expect(dmsTo(world, mentor)).toHaveLength(1);
});

test("a forged directory page of another server's program, or of one the mentee is not waiting in, shows nothing of it", async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  await requestProgram(world, 'Other');
  await joined(world, 'm1', 'Other', 'mentor', { topics: 'secret topic' });
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const directory = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  const other = await world.app.ctx.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'Other')
    .executeTakeFirstOrThrow();
  const notWaiting = await sim
    .forgeClick(world.as(mentee), directoryPageId.encode([other.id, 0, '']), directory.message!)
    .reply();
  expect(notWaiting.content).toBe('Only mentees of **Other** who are waiting for a mentor can do this.');
  await world.app.ctx.db
    .updateTable('programs')
    .set({ guild_id: '1' + '0'.repeat(17) })
    .where('id', '=', other.id)
    .execute();
  const elsewhere = await sim
    .forgeClick(world.as(mentee), directoryPageId.encode([other.id, 0, '']), directory.message!)
    .reply();
  expect(elsewhere.content).toBe('This button is no longer valid.');
  for (const reply of [notWaiting, elsewhere]) expect(reply.content).not.toContain('secret');
});

test('a mentor who blocked the mentee gets no request, and the mentee hears what a full mentor would say', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const blocker = await joined(world, 'blocker', 'Guild', 'mentor');
  const full = await joined(world, 'full', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const directory = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  await world.app.ctx.db
    .insertInto('blocks')
    .values({
      guild_id: world.guildId,
      blocker_id: blocker,
      blocked_id: mentee,
      created_at: world.clock.now().toISOString(),
    })
    .execute();
  await sim.slash(world.as(full), 'mentorship availability', { program: 'Guild', status: 'full' }).reply();
  const stale = (n: number) =>
    sim.click(mentee, directory.message!, button(directory.message!, new RegExp(`Request ${n}`)).custom_id).reply();
  const [toBlocker, toFull] = [await stale(1), await stale(2)];
  expect(toBlocker.content).toBe(`<@${blocker}> is not available for requests right now.`);
  expect(toFull.content).toBe(`<@${full}> is not available for requests right now.`);
  expect(await requestRows(world)).toEqual([]);
  expect(dmsTo(world, blocker)).toEqual([]);
});

test('a mentee already paired cannot send another request from an old directory', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const first = await joined(world, 'm1', 'Guild', 'mentor');
  await joined(world, 'm2', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const directory = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  await requestMentor(world, mentee, 'Guild', first);
  const dm = dmsTo(world, first)[0]!;
  await sim.click(first, dm, button(dm, /^Accept$/).custom_id).reply();
  const again = await sim.click(mentee, directory.message!, button(directory.message!, /Request 2/).custom_id).reply();
  expect(again.content).toBe('Only mentees of **Guild** who are waiting for a mentor can do this.');
  expect((await requestRows(world)).map((r) => r.status)).toEqual(['accepted']);
});

test('in a group-format program, accepted requests land in the one group thread, and the capacity holds', async () => {
  const { sim } = world;
  await requestProgram(world, 'Circle', { format: 'group', 'mentor-capacity': 2 });
  const mentor = await joined(world, 'm1', 'Circle', 'mentor');
  const mentees = [
    await joined(world, 'a', 'Circle', 'mentee'),
    await joined(world, 'b', 'Circle', 'mentee'),
    await joined(world, 'c', 'Circle', 'mentee'),
  ];
  for (const mentee of mentees) await requestMentor(world, mentee, 'Circle', mentor);
  const dms = dmsTo(world, mentor);
  const first = await sim.click(mentor, dms[0]!, button(dms[0]!, /^Accept$/).custom_id).reply();
  const second = await sim.click(mentor, dms[1]!, button(dms[1]!, /^Accept$/).custom_id).reply();
  const threads = sim.threadsIn(world.channels.pairs);
  expect(threads).toHaveLength(1);
  for (const reply of [first, second]) expect(reply.content).toContain(`<#${threads[0]!.id}>`);
  expect((await requestRows(world)).map((r) => [r.status, r.close_reason])).toEqual([
    ['accepted', null],
    ['accepted', null],
    ['declined', 'full'],
  ]);
  const groups = await world.app.ctx.db.selectFrom('pair_groups').selectAll().execute();
  expect(groups).toHaveLength(1);
  expect((await pairings()).map((p) => p.group_id)).toEqual([groups[0]!.id, groups[0]!.id]);
});
