import { beforeEach, expect, test } from 'vitest';
import { button, buttons, useWorld, waitFor, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

test('a request reaches the mentor by DM; Accept pairs them through the /match pair path, and the other requests close', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'maya2', 'Guild', 'mentor', { topics: 'rust', goals: 'I ship compilers' });
  const other = await joined(world, 'otto', 'Guild', 'mentor', { topics: 'design' });
  const mentee = await joined(world, 'nia', 'Guild', 'mentee', { topics: 'Rust, testing', goals: 'Write a parser' });

  const sent = await requestMentor(world, mentee, 'Guild', mentor);
  expect(sent.ephemeral).toBe(true);
  expect(sent.content).toContain(`Your request went to <@${mentor}> (**Guild**)`);
  expect(buttons(sent.message!).map((b: any) => b.label)).toEqual(['Withdraw']);
  await requestMentor(world, mentee, 'Guild', other);

  const dm = dmsTo(world, mentor)[0]!;
  expect(dm.content).toContain(`<@${mentee}> would like you as their mentor in **Guild**. Please answer by <t:`);
  expect(dm.content).toContain('Topics: rust, testing');
  expect(dm.content).toContain('Goals: Write a parser');
  expect(buttons(dm).map((b: any) => b.label)).toEqual(['Accept', 'Decline']);

  // Only the mentor answers: the mentee cannot use the mentor's buttons from /mentorship requests.
  const theirs = await sim.slash(world.as(mentee), 'mentorship requests').reply();
  expect(buttons(theirs.message!).map((b: any) => b.label)).toEqual(['Withdraw 1', 'Withdraw 2']);

  const accepted = await sim.click(mentor, dm, button(dm, /^Accept$/).custom_id).reply();
  const pairing = await world.app.ctx.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(pairing).toMatchObject({ mentor_id: mentor, mentee_id: mentee, status: 'active' });
  expect(pairing.thread_id).not.toBeNull();
  expect(accepted.content).toBe(`You accepted <@${mentee}>. Your private thread: <#${pairing.thread_id}>.`);
  expect(sim.messagesIn(pairing.thread_id!)[0]?.content).toContain('Welcome');
  const audit = await world.app.ctx.db
    .selectFrom('audit_entries')
    .selectAll()
    .where('action', '=', 'pairing.create')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(audit.details)).toMatchObject({ via: 'request', requestId: 1 });

  const rows = await requestRows(world);
  expect(rows.map((r) => [r.mentor_id, r.status, r.close_reason])).toEqual([
    [mentor, 'accepted', null],
    [other, 'withdrawn', 'paired'],
  ]);
  await waitFor(() => dmsTo(world, other).length === 2);
  expect(dmsTo(world, other)[1]!.content).toBe(
    `The request of <@${mentee}> in **Guild** was withdrawn: nothing more to do.`,
  );
  await waitFor(() => dmsTo(world, other)[0]!.components.length === 0);
  expect(dmsTo(world, other)[0]!.content).toContain('This request was withdrawn.');
  await waitFor(() => dmsTo(world, mentor)[0]!.components.length === 0);
  expect(dmsTo(world, mentor)[0]!.content).toContain('You accepted this request.');
});

test('a double click on Accept makes one pairing and tells the second click the request is closed', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild', { 'mentor-capacity': 2 });
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', mentor);
  const dm = dmsTo(world, mentor)[0]!;
  const id = button(dm, /^Accept$/).custom_id;
  const answers = await Promise.all([sim.click(mentor, dm, id).reply(), sim.click(mentor, dm, id).reply()]);
  const pairings = await world.app.ctx.db.selectFrom('pairings').selectAll().execute();
  expect(pairings).toHaveLength(1);
  expect(answers.map((a) => a.content).sort()).toEqual([
    'This request is no longer open.',
    `You accepted <@${mentee}>. Your private thread: <#${pairings[0]!.thread_id}>.`,
  ]);
});

test('a mentor with one place left accepting two requests at the same instant: one pairing, one "no room left"', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild', { 'mentor-capacity': 1 });
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const first = await joined(world, 'e1', 'Guild', 'mentee');
  const second = await joined(world, 'e2', 'Guild', 'mentee');
  await requestMentor(world, first, 'Guild', mentor);
  await requestMentor(world, second, 'Guild', mentor);
  const [a, b] = dmsTo(world, mentor);
  const answers = await Promise.all([
    sim.click(mentor, a!, button(a!, /^Accept$/).custom_id).reply(),
    sim.click(mentor, b!, button(b!, /^Accept$/).custom_id).reply(),
  ]);
  const pairings = await world.app.ctx.db.selectFrom('pairings').selectAll().execute();
  expect(pairings).toHaveLength(1);
  expect(answers.map((x) => x.content)).toContain('You have no room left for another mentee in this program.');
  const loser = pairings[0]!.mentee_id === first ? second : first;
  const rows = await requestRows(world);
  expect(rows.find((r) => r.mentee_id === loser)).toMatchObject({ status: 'declined', close_reason: 'full' });
  await waitFor(() => dmsTo(world, loser).length === 1);
  expect(dmsTo(world, loser)[0]!.content).toContain('they are not available this time');
});

test('Decline is neutral; Withdraw tells the mentor; a fourth open request is refused', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentors: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) mentors.push(await joined(world, `mentor-${name}`, 'Guild', 'mentor'));
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  const confirmation = await requestMentor(world, mentee, 'Guild', mentors[0]!);
  await requestMentor(world, mentee, 'Guild', mentors[1]!);
  await requestMentor(world, mentee, 'Guild', mentors[2]!);
  const fourth = await requestMentor(world, mentee, 'Guild', mentors[3]!);
  expect(fourth.content).toBe(
    'You already have 3 open requests. Wait for an answer, or withdraw one in `/mentorship requests`.',
  );
  expect(dmsTo(world, mentors[3]!)).toEqual([]);

  world.clock.advance(2 * 3_600_000);
  const dm = dmsTo(world, mentors[1]!)[0]!;
  const declined = await sim.click(mentors[1]!, dm, button(dm, /^Decline$/).custom_id).reply();
  expect(declined.content).toContain('They are told only that you are not available this time.');
  await waitFor(() => dmsTo(world, mentors[1]!)[0]!.components.length === 0);
  expect(dmsTo(world, mentors[1]!)[0]!.content).toContain('You declined this request.');
  await waitFor(() => dmsTo(world, mentee).length === 1);
  expect(dmsTo(world, mentee)[0]!.content).toBe(
    `Your request to <@${mentors[1]}> in **Guild** was not accepted: they are not available this time. You can ask another mentor with \`/mentorship mentors\`.`,
  );

  const withdrawn = await sim
    .click(mentee, confirmation.message!, button(confirmation.message!, /Withdraw/).custom_id)
    .reply();
  expect(withdrawn.content).toBe(`You withdrew your request to <@${mentors[0]}>.`);
  await waitFor(() => dmsTo(world, mentors[0]!).length === 2);
  const first = dmsTo(world, mentors[0]!)[0]!;
  await waitFor(() => first.components.length === 0);
  // With two open now, the fourth mentor can be asked.
  expect((await requestMentor(world, mentee, 'Guild', mentors[3]!)).content).toContain('Your request went to');

  const stats = await sim.slash(world.as(world.users.admin), 'program stats', { program: 'Guild' }).reply();
  expect(stats.embeds[0].fields).toContainEqual({
    name: 'Requests',
    value: 'open 2 · accepted 0 · declined 1 · expired 0 · withdrawn 1 · median answer 2 h',
    inline: false,
  });
});

test("an unanswered request expires after request-days: the mentee is told and the mentor's buttons no longer work", async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', mentor);
  const list = await sim.slash(world.as(mentor), 'mentorship requests').reply();
  expect(list.content).toContain(`**1.** <@${mentee}> · **Guild** · answer <t:`);

  world.clock.advance(3 * 86_400_000 - 60_000);
  await world.app.scheduler.tick();
  expect((await requestRows(world))[0]!.status).toBe('open');
  world.clock.advance(60_000);
  await world.app.scheduler.tick();
  expect((await requestRows(world))[0]!.status).toBe('expired');
  await waitFor(() => dmsTo(world, mentee).length === 1);
  expect(dmsTo(world, mentee)[0]!.content).toContain('expired without an answer');
  await waitFor(() => dmsTo(world, mentor)[0]!.components.length === 0);
  const late = await sim.click(mentor, list.message!, button(list.message!, /Accept 1/).custom_id).reply();
  expect(late.content).toBe('This request is no longer open.');
  expect(await world.app.ctx.db.selectFrom('pairings').selectAll().execute()).toEqual([]);
});

test('a mentor with closed DMs finds the request in /mentorship requests and /mentorship profile, and accepts there', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  sim.users.get(mentor)!.acceptsDms = false;
  world.expectRefused({ status: 403, code: 50007 }, 'the request DM to a mentor with closed DMs');
  await requestMentor(world, mentee, 'Guild', mentor);
  await waitFor(async () => (await requestRows(world))[0]!.dm_failed_at !== null);
  expect((await requestRows(world))[0]!.status).toBe('open');
  const profile = await sim.slash(world.as(mentor), 'mentorship profile').reply();
  expect(profile.content).toContain(`**Requests**\nFrom <@${mentee}> in **Guild**: answer <t:`);
  const menteeProfile = await sim.slash(world.as(mentee), 'mentorship profile').reply();
  expect(menteeProfile.content).toContain(`To <@${mentor}> in **Guild**: expires <t:`);
  const list = await sim.slash(world.as(mentor), 'mentorship requests').reply();
  const accepted = await sim.click(mentor, list.message!, button(list.message!, /Accept 1/).custom_id).reply();
  expect(accepted.content).toContain(`You accepted <@${mentee}>.`);
  expect(await world.app.ctx.db.selectFrom('pairings').selectAll().execute()).toHaveLength(1);
});

test('a mentee who cannot be told by DM hears of a declined request in /mentorship profile, once', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  sim.users.get(mentee)!.acceptsDms = false;
  world.expectRefused({ status: 403, code: 50007 }, 'the decline DM to a mentee with closed DMs');
  await requestMentor(world, mentee, 'Guild', mentor);
  const dm = dmsTo(world, mentor)[0]!;
  await sim.click(mentor, dm, button(dm, /^Decline$/).custom_id).reply();
  const profile = await sim.slash(world.as(mentee), 'mentorship profile').reply();
  expect(profile.content).toContain(
    `Your request to <@${mentor}> in **Guild** was not accepted: they are not available this time.`,
  );
  const again = await sim.slash(world.as(mentee), 'mentorship profile').reply();
  expect(again.content).not.toContain('was not accepted');
});

test('/mentorship requests lists only the requests it has buttons for, and says how many more wait', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentees: string[] = [];
  for (let i = 1; i <= 7; i++) mentees.push(await joined(world, `e${i}`, 'Guild', 'mentee'));
  for (const mentee of mentees) await requestMentor(world, mentee, 'Guild', mentor);
  const list = await sim.slash(world.as(mentor), 'mentorship requests').reply();
  const lines = list.content.split('\n').filter((l: string) => /^\*\*\d\.\*\* <@/.test(l));
  expect(lines.map((l: string) => /<@(\d+)>/.exec(l)![1])).toEqual(mentees.slice(0, 5));
  expect(list.content).toContain('…and 2 more requests: answer from the DM, or here once these are answered.');
  expect(list.components).toHaveLength(5);
  expect(buttons(list.message!).map((b: any) => b.label)).toContain('Accept 5');
});

test('a decline whose DM to the mentee is still on its way is not shown in /mentorship profile too', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', mentor);
  sim.gate = async (request, next) =>
    request.method === 'POST' && request.body?.recipient_id === mentee
      ? { status: 500, body: { code: 0, message: 'Discord is having a moment' } }
      : next();
  const dm = dmsTo(world, mentor)[0]!;
  await sim.click(mentor, dm, button(dm, /^Decline$/).custom_id).reply();
  const meanwhile = await sim.slash(world.as(mentee), 'mentorship profile').reply();
  expect(meanwhile.content).not.toContain('was not accepted');
  sim.gate = undefined;
  world.clock.advance(3_600_000);
  await world.app.ctx.outbox.drain();
  await waitFor(() => dmsTo(world, mentee).length === 1);
  const after = await sim.slash(world.as(mentee), 'mentorship profile').reply();
  expect(after.content).not.toContain('was not accepted');
  expect(dmsTo(world, mentee)[0]!.content).toContain('was not accepted');
});
