import { beforeEach, expect, test } from 'vitest';
import { groupWorld } from './group-world.ts';
import { buttons, pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const signupOf = (userId: string) =>
  world.app.ctx.db.selectFrom('signups').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();

test('/mentorship settings checks the hours and the time zone before changing anything, in English and French', async () => {
  const { name } = await pairUp(world);
  const mentor = world.as(world.users.mentor);
  const settings = (opts: Record<string, unknown>, locale?: string) =>
    world.sim
      .slash(world.as(world.users.mentor, undefined, locale), 'mentorship settings', { program: name, ...opts })
      .reply();

  for (const hours of ['25-3', '9-9', 'evenings', '18:30-22']) {
    const reply = await settings({ timezone: 'Europe/Paris', 'available-hours': hours });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      'Give your available hours as two whole hours of your own clock, start-end, such as `18-22` (0 to 24; `22-2` goes past midnight).',
    );
  }
  const zone = await settings({ timezone: 'Mars/Olympus', 'available-hours': '18-22' });
  expect(zone.content).toContain('That is not a time zone I know.');
  expect((await settings({})).content).toBe('Give a time zone, available hours, or both.');
  let row = await signupOf(world.users.mentor);
  expect([row.timezone, row.available_hours]).toEqual([null, null]);

  const french = await settings({ 'available-hours': '7-9' }, 'fr');
  expect(french.content).toBe(
    `Vos réglages dans **${name}** : fuseau horaire non indiqué (UTC est utilisé) ; heures disponibles 7-9.`,
  );
  const saved = await world.sim
    .slash(mentor, 'mentorship settings', {
      program: name,
      timezone: 'America/Montreal',
      'available-hours': '22h - 2h',
    })
    .reply();
  expect(saved.content).toBe(`Your settings in **${name}**: time zone America/Montreal; available hours 22-2.`);
  row = await signupOf(world.users.mentor);
  expect([row.timezone, row.available_hours]).toEqual(['America/Montreal', '22-2']);

  const outsider = await world.sim
    .slash(world.as(world.users.outsider), 'mentorship settings', { program: name, timezone: 'UTC' })
    .reply();
  expect(outsider.content).toBe(`You are not signed up to **${name}**.`);
});

test('join takes available hours; a bad value refuses the sign-up; a member without a time zone is told UTC was assumed', async () => {
  const { sim, users } = world;
  const { name, threadId } = await pairUp(world);
  const bad = await sim
    .slash(world.as(users.mentee2), 'mentorship join', {
      program: name,
      role: 'mentee',
      adult: true,
      'available-hours': '3',
    })
    .reply();
  expect(bad.content).toContain('Give your available hours as two whole hours');
  const none = await world.app.ctx.db.selectFrom('signups').selectAll().where('user_id', '=', users.mentee2).execute();
  expect(none).toHaveLength(0);
  await sim
    .slash(world.as(users.mentee2), 'mentorship join', {
      program: name,
      role: 'mentee',
      adult: true,
      timezone: 'Asia/Tokyo',
      'available-hours': '20-23',
    })
    .reply();
  const row = await signupOf(users.mentee2);
  expect([row.timezone, row.available_hours]).toEqual(['Asia/Tokyo', '20-23']);

  // Neither pair member set a zone: both default to UTC 9-21, and the proposal says so.
  world.clock.set(new Date('2026-06-01T12:00:00Z'));
  const proposal = await sim.slash(world.as(users.mentor, threadId), 'meet').reply();
  expect(proposal.content).toContain(`<@${users.mentor}> has set no time zone, so UTC was assumed`);
  expect(proposal.content).toContain(`<@${users.mentee}> has set no time zone, so UTC was assumed`);
  expect(proposal.content).toContain(`<t:${Date.parse('2026-06-01T13:00:00Z') / 1000}:F>`);
});

test('/meet in a group thread is refused with the reason', async () => {
  const { mentor, mentees, threadId } = await groupWorld(world).fullGroup();
  for (const member of [mentor, mentees[0]!]) {
    const reply = await world.sim.slash(world.as(member, threadId), 'meet').reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      '`/meet` works in a one-to-one pair thread. In a group, agree on a time together in the thread.',
    );
  }
  expect(await world.app.ctx.db.selectFrom('meeting_proposals').selectAll().execute()).toHaveLength(0);
});

test('in a French server, the proposal, its buttons, the confirmation and the reminder are in French', async () => {
  world.sim.guilds.get(world.guildId)!.preferredLocale = 'fr';
  const { sim, users } = world;
  const { threadId } = await pairUp(world);
  world.clock.set(new Date('2026-06-01T12:00:00Z'));
  const proposal = await sim.slash(world.as(users.mentee, threadId, 'fr'), 'meet').reply();
  expect(proposal.content).toContain(`<@${users.mentor}>, <@${users.mentee}> propose ces horaires`);
  const labels = buttons(proposal.message!).map((b: any) => b.label);
  expect(labels).toEqual(['Horaire 1', 'Horaire 2', 'Horaire 3', 'Retirer']);
  const first = Date.parse('2026-06-01T13:00:00Z') / 1000;
  await sim.click(users.mentor, proposal.message!, buttons(proposal.message!)[0].custom_id, 'fr').reply();
  await waitFor(() => sim.publicMessages(threadId).some((m) => m.content.includes('pour une heure')));
  const confirmation = sim.publicMessages(threadId).find((m) => m.content.includes('pour une heure'))!;
  expect(confirmation.attachments[0]!.data.toString('utf8')).toContain('SUMMARY:Rencontre de mentorat · Spring Cohort');
  world.clock.set(new Date(first * 1000 - 3_600_000));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  expect(sim.publicMessages(threadId).filter((m) => m.content.includes('Votre rencontre commence'))).toHaveLength(1);
});
