import { beforeEach, expect, test } from 'vitest';
import { buttons, pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const signups = () => world.app.ctx.db.selectFrom('signups').select(['user_id', 'status']).orderBy('id').execute();

test('leaving while waiting withdraws the sign-up and updates the panel count', async () => {
  const { sim, users } = world;
  const { name } = await pairUp(world);
  await sim.slash(world.as(users.mentee2), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();
  const panel = sim.publicMessages(world.channels.pairs)[0]!;
  await waitFor(() => panel.embeds[0].fields[0].value === '1 mentor · 2 mentees');
  const reply = await sim.slash(world.as(users.mentee2), 'mentorship leave', { program: name }).reply();
  expect(reply).toMatchObject({ ephemeral: true, content: `You left **${name}**.` });
  await waitFor(() => panel.embeds[0].fields[0].value === '1 mentor · 1 mentee');
  expect((await sim.slash(world.as(users.mentee2), 'mentorship leave', { program: name }).reply()).content).toMatch(
    /not signed up/,
  );
});

test('a mentor who leaves ends the pairing; the mentee is told neutrally and goes back to waiting', async () => {
  const { sim, users } = world;
  const { name, threadId } = await pairUp(world);
  const reply = await sim.slash(world.as(users.mentor), 'mentorship leave', { program: name }).reply();
  expect(reply.content).toContain('your pairing has ended and your partner was told');
  const notice = sim.publicMessages(threadId).at(-1)!;
  expect(notice.content).toBe(
    `<@${users.mentee}> Your partner has left this pairing. The pairing has ended; you are back on the waiting list of **${name}** and will be paired again when a mentor is free.`,
  );
  expect(notice.mentions).toEqual([users.mentee]);
  expect([sim.channel(threadId).thread!.archived, sim.channel(threadId).thread!.locked]).toEqual([true, true]);
  expect(await signups()).toEqual([
    { user_id: users.mentor, status: 'withdrawn' },
    { user_id: users.mentee, status: 'waiting' },
  ]);
});

test('/mentorship profile shows each sign-up with partner, next check-in and waiting place', async () => {
  const { sim, users } = world;
  const { name, pairing } = await pairUp(world);
  await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Second',
      template: 'skills',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: 'Second' }).reply();
  await sim
    .slash(world.as(users.mentee2), 'mentorship join', { program: 'Second', role: 'mentee', adult: true })
    .reply();
  await sim
    .slash(world.as(users.mentee), 'mentorship join', {
      program: 'Second',
      role: 'mentee',
      adult: true,
      topics: 'Rust, *bold*',
    })
    .reply();
  const reply = await sim.slash(world.as(users.mentee), 'mentorship profile').reply();
  expect(reply.ephemeral).toBe(true);
  const unix = Math.floor(Date.parse(pairing.next_checkin_at as string) / 1000);
  expect(reply.content).toBe(
    [
      '**Your mentorship**',
      `**${name}** · mentee · paired`,
      `  partner: <@${users.mentor}>`,
      `  next check-in <t:${unix}:R>`,
      '**Second** · mentee · waiting',
      '  number 2 on the waiting list',
      '  topics: rust, \\*bold\\*',
    ].join('\n'),
  );
  expect((await sim.slash(world.as(users.outsider), 'mentorship profile').reply()).content).toMatch(
    /no mentorship sign-ups/,
  );
});

test('/mentorship forget-me asks first, then erases sign-ups, answers and goals and ends pairings; reports stay', async () => {
  const { sim, users, app } = world;
  const { pairing, threadId } = await pairUp(world);
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await app.scheduler.tick();
  const prompt = sim.publicMessages(threadId).at(-1)!;
  await sim.click(users.mentee, prompt, buttons(prompt)[0].custom_id).reply();
  await sim.slash(world.as(users.mentor, threadId), 'report', { reason: 'Was rude', member: users.mentee }).reply();

  const ask = await sim.slash(world.as(users.mentee), 'mentorship forget-me').reply();
  expect(ask.content).toContain('Reports about you stay with the moderators');
  expect(() => sim.click(users.mentor, ask.message!, buttons(ask.message!)[0].custom_id)).toThrow(/ephemeral/);
  const done = await sim.click(users.mentee, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  expect(done.content).toBe('Done: your sign-ups, answers and goals are erased and 1 pairing ended.');

  const db = app.ctx.db;
  expect(await db.selectFrom('signups').select('user_id').where('user_id', '=', users.mentee).execute()).toEqual([]);
  expect(await db.selectFrom('checkin_answers').selectAll().where('user_id', '=', users.mentee).execute()).toEqual([]);
  expect(await db.selectFrom('pairings').select(['status', 'mentee_id']).executeTakeFirst()).toEqual({
    status: 'ended',
    mentee_id: users.mentee,
  }); // kept: a report refers to it
  expect(await db.selectFrom('reports').select('reported_id').executeTakeFirst()).toEqual({
    reported_id: users.mentee,
  });
  expect(sim.publicMessages(threadId).at(-1)?.content).toBe(
    'This pairing has ended. Thank you both for the time you gave each other.',
  );
  expect(await signups()).toEqual([{ user_id: users.mentor, status: 'waiting' }]);
});

test('forget-me on a pairing no report refers to leaves no trace of the member id in it', async () => {
  const { sim, users, app } = world;
  await pairUp(world);
  const ask = await sim.slash(world.as(users.mentor), 'mentorship forget-me').reply();
  await sim.click(users.mentor, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  const pairing = await app.ctx.db
    .selectFrom('pairings')
    .select(['mentor_id', 'mentee_id', 'status'])
    .executeTakeFirstOrThrow();
  expect(pairing).toEqual({
    mentor_id: expect.stringMatching(/^forgotten-mentor_id-\d+$/),
    mentee_id: users.mentee,
    status: 'ended',
  });
});

test('the sign-up form refuses a member who does not confirm they are an adult, and stores nothing', async () => {
  const { sim, users } = world;
  await pairUp(world);
  const panel = sim.publicMessages(world.channels.pairs)[0]!;
  const form = sim.click(users.mentee2, panel, buttons(panel)[1].custom_id);
  const reply = await (await sim.submitModal(users.mentee2, form, { adult: 'no', topics: 'x' })).reply();
  expect(reply).toMatchObject({ ephemeral: true });
  expect(reply.content).toMatch(/for adults/);
  expect((await signups()).map((s) => s.user_id)).toEqual([users.mentor, users.mentee]);
});
