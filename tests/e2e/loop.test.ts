import { beforeEach, expect, test } from 'vitest';
import { useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const buttonsOf = (message: { components: any[] }) => message.components.flatMap((row: any) => row.components);

test('the whole mentorship loop, through real discord.js: program, sign-ups, pair thread, check-in, report, queue', async () => {
  const { sim, users, channels, roles } = world;
  const db = world.app.ctx.db;

  // An admin creates a program and lists it.
  const created = await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Career Circle',
      template: 'career',
      channel: channels.pairs,
      'report-channel': channels.reports,
      'moderator-role': roles.moderator,
      timezone: 'Europe/Paris',
      'checkin-hour': 18,
    })
    .reply();
  expect(created.ephemeral).toBe(true);
  expect(created.content).toContain('Created **Career Circle**');
  const program = await db.selectFrom('programs').selectAll().executeTakeFirstOrThrow();
  expect(program).toMatchObject({
    name: 'Career Circle',
    status: 'draft',
    checkin_day: 1,
    checkin_hour: 18,
    timezone: 'Europe/Paris',
    weeks: 8,
    mentor_capacity: 1,
    every_weeks: 1,
  });
  expect((await sim.slash(world.as(users.admin), 'program list').reply()).content).toContain('**Career Circle**');

  // Opening posts the sign-up panel with its two buttons.
  const opened = await sim.slash(world.as(users.admin), 'program open', { program: 'Career Circle' }).reply();
  expect(opened.content).toContain('Sign-ups for **Career Circle** are open');
  const [panel] = sim.publicMessages(channels.pairs);
  expect(panel?.embeds[0].title).toBe('Career Circle: mentorship sign-ups');
  expect(buttonsOf(panel!).map((b: any) => b.label)).toEqual(['Join as mentor', 'Join as mentee']);

  // A mentor joins with the slash command; the panel's count follows.
  const joined = await sim
    .slash(world.as(users.mentor), 'mentorship join', {
      program: 'Career Circle',
      role: 'mentor',
      adult: true,
      topics: 'Career, TypeScript, career',
    })
    .reply();
  expect(joined.ephemeral).toBe(true);
  expect(joined.content).toContain('signed up to **Career Circle** as a mentor');
  await waitFor(() => panel?.embeds[0].fields[0].value === '1 mentor · 0 mentees');

  // A mentee joins through the panel: button, then modal.
  const form = sim.click(users.mentee, panel!, buttonsOf(panel!)[1].custom_id);
  const submitted = await (
    await sim.submitModal(users.mentee, form, {
      topics: 'career',
      goals: 'Move into a senior role',
      timezone: 'Europe/Berlin',
      adult: 'yes',
    })
  ).reply();
  expect(submitted.content).toContain('as a mentee');
  const signups = await db.selectFrom('signups').selectAll().orderBy('id').execute();
  expect(signups.map((s) => [s.user_id, s.role, s.status, JSON.parse(s.topics)])).toEqual([
    [users.mentor, 'mentor', 'waiting', ['career', 'typescript']],
    [users.mentee, 'mentee', 'waiting', ['career']],
  ]);

  // The admin pairs them: a private, non-invitable thread with exactly the two of them and the bot.
  const paired = await sim
    .slash(world.as(users.admin), 'match pair', {
      program: 'Career Circle',
      mentor: users.mentor,
      mentee: users.mentee,
    })
    .reply();
  expect(paired.ephemeral).toBe(true);
  const [thread] = sim.threadsIn(channels.pairs);
  expect(thread).toBeDefined();
  expect(paired.content).toContain(`<#${thread!.id}>`);
  expect(thread!.type).toBe(12);
  expect(thread!.thread?.invitable).toBe(false);
  expect([...thread!.thread!.members].sort()).toEqual([sim.botUser.id, users.mentor, users.mentee].sort());
  const [welcome] = sim.publicMessages(thread!.id);
  expect(welcome?.content).toContain(`Welcome <@${users.mentor}> (mentor) and <@${users.mentee}> (mentee)`);
  expect(welcome?.content).toContain('Week 1: Getting to know each other');
  expect(welcome?.content).toContain('server staff with the Manage Threads permission');
  const pairing = await db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
  expect(pairing).toMatchObject({
    thread_id: thread!.id,
    status: 'active',
    week: 0,
    next_checkin_at: '2026-03-09T17:00:00.000Z',
  });

  // Nothing is due before Monday 18:00 in Paris; then the week's prompt is posted once.
  world.clock.set(new Date('2026-03-09T16:59:00Z'));
  await world.app.scheduler.tick();
  expect(sim.publicMessages(thread!.id)).toHaveLength(1);
  world.clock.set(new Date('2026-03-09T17:00:00Z'));
  await world.app.scheduler.tick();
  await world.app.scheduler.tick();
  const prompts = sim.publicMessages(thread!.id).slice(1);
  expect(prompts).toHaveLength(1);
  expect(prompts[0]?.content).toContain('week 1 check-in');
  expect(buttonsOf(prompts[0]!).map((b: any) => b.label)).toEqual(['On track', 'Need help', 'Stuck', 'Add a note']);
  expect(await db.selectFrom('checkins').select(['week', 'status']).execute()).toEqual([{ week: 1, status: 'posted' }]);

  // Both answer: one with a button, one with /checkin.
  const needHelp = buttonsOf(prompts[0]!).find((b: any) => b.label === 'Need help').custom_id;
  expect((await sim.click(users.mentee, prompts[0]!, needHelp).reply()).content).toContain('recorded as **Need help**');
  const slashAnswer = await sim
    .slash(world.as(users.mentor, thread!.id), 'checkin status', { status: 'on-track', note: 'Good first call' })
    .reply();
  expect(slashAnswer.ephemeral).toBe(true);
  const answers = await db
    .selectFrom('checkin_answers')
    .select(['user_id', 'status', 'note'])
    .orderBy('user_id')
    .execute();
  expect(answers).toEqual(
    [
      { user_id: users.mentee, status: 'need-help', note: null },
      { user_id: users.mentor, status: 'on-track', note: 'Good first call' },
    ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
  );

  // The mentee reports a problem from the thread; the moderators' queue gets the card.
  const ack = await sim
    .slash(world.as(users.mentee, thread!.id), 'report', {
      reason: 'My mentor keeps cancelling @everyone',
      member: users.mentor,
    })
    .reply();
  expect(ack.ephemeral).toBe(true);
  expect(ack.content).toMatch(/Your report is \*\*#1\*\*/);
  const [card] = sim.publicMessages(channels.reports);
  expect(card?.embeds[0].title).toBe('Report #1');
  expect(buttonsOf(card!).map((b: any) => b.label)).toEqual(['Claim', 'Resolve', 'Dismiss']);
  expect(sim.publicMessages(thread!.id)).toHaveLength(2);
  expect(
    await db
      .selectFrom('reports')
      .select(['status', 'pairing_id', 'reported_id', 'queue_message_id'])
      .executeTakeFirst(),
  ).toEqual({
    status: 'open',
    pairing_id: pairing.id,
    reported_id: users.mentor,
    queue_message_id: card!.id,
  });

  // A moderator works the queue: list, claim with the button, resolve with the command.
  expect((await sim.slash(world.as(users.moderator), 'reports list').reply()).content).toContain('**#1** · Open');
  expect((await sim.click(users.moderator, card!, 'report:claim:1').reply()).content).toContain(
    'You claimed report #1',
  );
  expect(card?.embeds[0].fields[0].value).toBe('Claimed');
  const resolved = await sim
    .slash(world.as(users.moderator), 'reports resolve', { id: 1, outcome: 'warned', note: 'Talked to them' })
    .reply();
  expect(resolved.content).toContain('Report #1 is resolved: Member warned');
  expect(card?.embeds[0].fields[0].value).toBe('Resolved');
  expect(
    await db.selectFrom('reports').select(['status', 'outcome', 'assignee_id', 'moderator_note']).executeTakeFirst(),
  ).toEqual({
    status: 'resolved',
    outcome: 'warned',
    assignee_id: users.moderator,
    moderator_note: 'Talked to them',
  });
  expect((await db.selectFrom('audit_entries').select('action').orderBy('id').execute()).map((a) => a.action)).toEqual([
    'program.create',
    'program.open',
    'pairing.create',
    'report.claim',
    'report.resolved',
  ]);

  // Through it all: the thread held only the pair and the bot, nothing pinged everyone, Discord refused nothing.
  expect([...thread!.thread!.members].sort()).toEqual([sim.botUser.id, users.mentor, users.mentee].sort());
  expect(sim.unsafeMentions).toEqual([]);
  expect(sim.rejections).toEqual([]);
  expect(sim.answerViolations).toEqual([]);
  const interactionLogs = world.logs.map((line) => JSON.parse(line)).filter((l) => l.event === 'interaction');
  expect(interactionLogs).toHaveLength(13); // one per command, click and form above
  expect(interactionLogs.filter((l) => typeof l.ms !== 'number' || l.outcome !== 'ok')).toEqual([]);
});
