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
const WEEK = 7 * 86_400_000;

test('a group program puts a mentor and three mentees in ONE private thread; a fourth is refused, the mentor being full', async () => {
  const { mentor, mentees, extra, threadId } = await g.fullGroup();
  const threads = world.sim.threadsIn(world.channels.pairs);
  expect(threads).toHaveLength(1);
  expect([...threads[0]!.thread!.members].sort()).toEqual([world.sim.botUser.id, mentor, ...mentees].sort());
  const rows = await g.memberships();
  expect(rows.map((r) => [r.mentee_id, r.thread_id, r.next_checkin_at, r.status])).toEqual(
    mentees.map((m) => [m, null, null, 'active']),
  );

  const messages = world.sim.publicMessages(threadId);
  expect(messages[0]!.content).toContain('This is your group’s private space for **Circle**');
  expect(messages[0]!.mentions.sort()).toEqual([mentor, mentees[0]].sort());
  const greetings = messages.filter((m) => m.content.includes('You join the group of'));
  expect(greetings.map((m) => m.mentions.sort())).toEqual([[mentor, mentees[1]].sort(), [mentor, mentees[2]].sort()]);

  const profile = await world.sim.slash(world.as(mentees[1]!), 'mentorship profile').reply();
  expect(profile.content).toContain('next check-in <t:');
  const refused = await g.pair('Circle', mentor, extra);
  expect(refused.ephemeral).toBe(true);
  expect(refused.content).toBe(`<@${mentor}> already mentors as many members as **Circle** allows (3).`);
  expect(await g.memberships()).toHaveLength(3);
});

test('one weekly prompt addresses the group, shows only how many answered, and the mentor alone sees who said what', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  await g.tick(group.next_checkin_at as string);
  expect(g.prompts(threadId)).toHaveLength(1);
  const prompt = g.prompts(threadId)[0]!;
  expect(prompt.mentions.sort()).toEqual([mentor, ...mentees].sort());
  expect(prompt.content).toContain('**0 of 4** answered');

  await world.sim.click(mentees[0]!, prompt, button(prompt, /On track/).custom_id).reply();
  const answered = await world.sim
    .slash(world.as(mentees[1]!, threadId), 'checkin status', { status: 'stuck', note: 'Blocked on my CV' })
    .reply();
  expect(answered.ephemeral).toBe(true);
  await waitFor(() => g.prompts(threadId)[0]!.content.includes('**2 of 4** answered'));
  const shown = g.prompts(threadId)[0]!.content;
  expect(shown).not.toContain('Blocked on my CV');
  expect(shown).not.toMatch(/Stuck|On track/);
  expect(g.prompts(threadId)[0]!.mentions.sort()).toEqual([mentor, ...mentees].sort());

  const summary = await world.sim.slash(world.as(mentor, threadId), 'checkin summary').reply();
  expect(summary.ephemeral).toBe(true);
  expect(summary.content.split('\n')).toEqual([
    '**Week 1 check-in** · what each member answered (only you see this):',
    `• <@${mentor}>: no answer yet`,
    `• <@${mentees[0]}>: On track`,
    `• <@${mentees[1]}>: Stuck`,
    '   note: Blocked on my CV',
    `• <@${mentees[2]}>: no answer yet`,
  ]);
  const refused = await world.sim.slash(world.as(mentees[0]!, threadId), 'checkin summary').reply();
  expect(refused.ephemeral).toBe(true);
  expect(refused.content).toBe('Only the group’s mentor can see the check-in summary.');

  // The mentor answers too: counted once, whatever the number of memberships.
  await world.sim.click(mentor, prompt, button(prompt, /Need help/).custom_id).reply();
  await waitFor(() => g.prompts(threadId)[0]!.content.includes('**3 of 4** answered'));
});

test('a mentee ending leaves the thread and the group goes on; the mentor ending ends the group', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  const ended = await world.sim.slash(world.as(mentees[2]!, threadId), 'mentorship end').reply();
  expect(ended.ephemeral).toBe(true);
  await world.app.scheduler.tick();
  const thread = world.sim.channel(threadId).thread!;
  expect([...thread.members].sort()).toEqual([world.sim.botUser.id, mentor, mentees[0], mentees[1]].sort());
  const leftNotice = world.sim.publicMessages(threadId).at(-1)!;
  expect(leftNotice.content).toBe('A member has left the group. The group goes on.');
  expect(leftNotice.mentions).toEqual([]);
  expect(thread.archived).toBe(false);

  await g.tick(first + WEEK);
  expect(g.prompts(threadId)).toHaveLength(2);
  const week2 = g.prompts(threadId)[1]!;
  expect(week2.content).toContain('week 2 check-in');
  expect(week2.content).toContain('**0 of 3** answered');
  expect(week2.mentions.sort()).toEqual([mentor, mentees[0], mentees[1]].sort());

  const blocked = await world.sim.slash(world.as(mentor, threadId), 'mentorship end', { block: true }).reply();
  expect(blocked.content).toContain('cannot block one of them');
  expect((await g.memberships()).filter((m) => m.status === 'active')).toHaveLength(2);

  await world.sim.slash(world.as(mentor, threadId), 'mentorship end').reply();
  await world.app.scheduler.tick();
  expect((await g.memberships()).map((m) => m.status)).toEqual(['ended', 'ended', 'ended']);
  expect((await g.groupRow()).status).toBe('ended');
  expect([thread.archived, thread.locked]).toEqual([true, true]);
  expect(world.sim.publicMessages(threadId).at(-1)!.content).toBe(
    'This group has ended. Thank you all for the time you gave each other.',
  );
});

test('in a group, /report pause:True pauses only the reporter’s membership; forget-me ends only the member’s, takes them out and erases their answers', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup();
  await g.tick(group.next_checkin_at as string);
  const prompt = g.prompts(threadId)[0]!;
  await world.sim.click(mentees[1]!, prompt, button(prompt, /On track/).custom_id).reply();
  const before = world.sim.publicMessages(threadId).length;

  const report = await world.sim
    .slash(world.as(mentees[0]!, threadId), 'report', { reason: 'Uncomfortable remarks', pause: true })
    .reply();
  expect(report.ephemeral).toBe(true);
  await world.app.scheduler.tick();
  expect((await g.memberships()).map((m) => [m.mentee_id, m.status])).toEqual([
    [mentees[0], 'paused'],
    [mentees[1], 'active'],
    [mentees[2], 'active'],
  ]);
  // The thread reads nothing of it, and stays open to the others.
  const thread = world.sim.channel(threadId).thread!;
  expect(
    world.sim
      .publicMessages(threadId)
      .slice(before)
      .filter((m) => !m.content.includes('answered')),
  ).toEqual([]);
  expect(thread.locked).toBe(false);

  const ask = await world.sim.slash(world.as(mentees[1]!), 'mentorship forget-me').reply();
  await world.sim.click(mentees[1]!, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  await world.app.scheduler.tick();
  expect((await g.memberships()).map((m) => m.status)).toEqual(['paused', 'ended', 'active']);
  expect(thread.members.has(mentees[1]!)).toBe(false);
  expect(thread.members.has(mentor)).toBe(true);
  const answers = await g.db().selectFrom('checkin_answers').selectAll().where('user_id', '=', mentees[1]!).execute();
  expect(answers).toEqual([]);
  expect((await g.groupRow()).status).toBe('active');

  // The mentor reporting one member pauses that member's membership only; nobody is told in the thread.
  const shown = world.sim.publicMessages(threadId).length;
  await world.sim
    .slash(world.as(mentor, threadId), 'report', { reason: 'Spamming the group', member: mentees[2], pause: true })
    .reply();
  await world.app.scheduler.tick();
  expect((await g.memberships()).map((m) => m.status)).toEqual(['paused', 'ended', 'paused']);
  expect(world.sim.publicMessages(threadId)).toHaveLength(shown);
  const filed = await g.db().selectFrom('reports').select(['reporter_id', 'reported_id']).orderBy('id').execute();
  expect(filed).toEqual([
    { reporter_id: mentees[0], reported_id: mentor },
    { reporter_id: mentor, reported_id: mentees[2] },
  ]);
});

test('the format is shown in /program info and cannot change once the program has pairings', async () => {
  const { mentor } = await g.fullGroup();
  const info = await world.sim.slash(world.as(world.users.admin), 'program info', { program: 'Circle' }).reply();
  expect(info.embeds[0].fields).toContainEqual({ name: 'Format', value: 'group', inline: true });
  const edit = await world.sim
    .slash(world.as(world.users.admin), 'program edit', { program: 'Circle', format: 'one-to-one' })
    .reply();
  expect(edit.content).toBe('The format of **Circle** cannot change once it has pairings.');
  expect(mentor).toBeTruthy();
});

test('/checkin summary is refused in a one-to-one thread', async () => {
  const { sim, users, channels } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Pairs',
      template: 'career',
      channel: channels.pairs,
      'report-channel': channels.reports,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: 'Pairs' }).reply();
  await sim.slash(world.as(users.mentor), 'mentorship join', { program: 'Pairs', role: 'mentor', adult: true }).reply();
  await sim.slash(world.as(users.mentee), 'mentorship join', { program: 'Pairs', role: 'mentee', adult: true }).reply();
  await g.pair('Pairs', users.mentor, users.mentee);
  const pairing = await g.db().selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(pairing.group_id).toBeNull();
  const refused = await sim.slash(world.as(users.mentor, pairing.thread_id as string), 'checkin summary').reply();
  expect(refused.content).toBe('The check-in summary is for group threads: use it inside your group’s thread.');
});

test('the first asked mentee ending while the week’s post is in flight: the week’s count still updates', async () => {
  const { recordDueGroupCheckins } = await import('../../src/domain/groups/group-checkin-record.ts');
  const { mentees, group, threadId } = await g.fullGroup();
  world.clock.set(new Date(group.next_checkin_at as string));
  await recordDueGroupCheckins(world.app.ctx);
  await world.sim.slash(world.as(mentees[0]!, threadId), 'mentorship end').reply();
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  const prompt = g.prompts(threadId)[0]!;
  expect(prompt.mentions).not.toContain(mentees[0]);
  expect(prompt.content).toContain('**0 of 3** answered');
  const rows = await g.db().selectFrom('checkins').select(['status', 'message_id']).orderBy('id').execute();
  expect(rows.map((r) => r.status)).toEqual(['skipped', 'posted', 'posted']);
  expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set([prompt.id]));
  const click = await world.sim.click(mentees[1]!, prompt, button(prompt, /On track/).custom_id).reply();
  expect(click.content).toContain('On track');
  await world.app.ctx.outbox.drain();
  // The mentor and the two mentees left: the answer is counted on the week's message.
  await waitFor(() => g.prompts(threadId)[0]!.content.includes('**1 of 3** answered'));
});
