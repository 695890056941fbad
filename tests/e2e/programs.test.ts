import { beforeEach, expect, test } from 'vitest';
import { buttons, pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const admin = () => world.as(world.users.admin);

test('/program edit changes settings, moves live check-ins to the new schedule, and is audited', async () => {
  const { pairing, name } = await pairUp(world);
  const reply = await world.sim
    .slash(admin(), 'program edit', { program: name, timezone: 'America/New_York', 'checkin-hour': 9 })
    .reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toBe(`Saved **${name}**: checkin-hour, timezone.`);
  const db = world.app.ctx.db;
  expect(await db.selectFrom('programs').select(['timezone', 'checkin_hour']).executeTakeFirst()).toEqual({
    timezone: 'America/New_York',
    checkin_hour: 9,
  });
  const moved = await db
    .selectFrom('pairings')
    .select('next_checkin_at')
    .where('id', '=', pairing.id)
    .executeTakeFirstOrThrow();
  expect(moved.next_checkin_at).toBe('2026-03-02T14:00:00.000Z'); // Monday 09:00 in New York, the first slot from now
  const audit = await db
    .selectFrom('audit_entries')
    .select(['action', 'details'])
    .where('action', '=', 'program.edit')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(audit.details)).toEqual({
    checkinHour: { from: 17, to: 9 },
    timezone: { from: 'UTC', to: 'America/New_York' },
  });

  const bad = await world.sim.slash(admin(), 'program edit', { program: name, timezone: 'Moon/Base' }).reply();
  expect(bad.content).toMatch(/not a time zone I know/);
  const empty = await world.sim.slash(admin(), 'program edit', { program: name }).reply();
  expect(empty.content).toMatch(/at least one setting/);
  expect((await db.selectFrom('programs').select('timezone').executeTakeFirstOrThrow()).timezone).toBe(
    'America/New_York',
  );
});

test('/program info shows settings and people', async () => {
  const { name } = await pairUp(world);
  const reply = await world.sim.slash(admin(), 'program info', { program: name }).reply();
  expect(reply.ephemeral).toBe(true);
  const embed = reply.embeds[0];
  expect(embed.title).toBe(`${name} · Career advancement · running`);
  expect(embed.fields.find((f: any) => f.name === 'People').value).toBe('1 mentor, 1 mentee, 0 waiting, 1 active pair');
  expect(embed.fields.find((f: any) => f.name === 'Channels').value).toBe(
    `pairs in <#${world.channels.pairs}>, reports to <#${world.channels.reports}>`,
  );
});

test('/program close closes the panel and tells every waiting member where they stand', async () => {
  const { sim, users } = world;
  const { name } = await pairUp(world);
  sim.users.get(users.outsider)!.acceptsDms = false;
  world.expectRefused({ status: 403, code: 50007 }, 'the DM to the member with closed DMs');
  await sim.slash(world.as(users.mentee2), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();
  await sim.slash(world.as(users.outsider), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();

  const reply = await sim.slash(admin(), 'program close', { program: name }).reply();
  expect(reply.content).toContain(
    `Sign-ups for **${name}** are closed; pairings go on. I am telling the 2 waiting members by DM`,
  );
  const panel = sim.publicMessages(world.channels.pairs)[0]!;
  expect(buttons(panel).map((b: any) => [b.label, b.disabled])).toEqual([
    ['Join as mentor', true],
    ['Join as mentee', true],
  ]);
  expect(panel.embeds[0].footer.text).toBe('Sign-ups are closed.');
  const dm = [...sim.channels.values()].find((c) => c.type === 1 && c.recipientId === users.mentee2)!;
  expect(sim.messagesIn(dm.id)[0]?.content).toContain('You are still on the waiting list as a mentee (number 1)');
  const refused = await world.app.ctx.db
    .selectFrom('outbox')
    .select(['kind', 'status'])
    .where('kind', '=', 'dm')
    .orderBy('id')
    .execute();
  expect(refused).toEqual([
    { kind: 'dm', status: 'done' },
    { kind: 'dm', status: 'failed' },
  ]);

  const late = await sim
    .slash(world.as(users.staff), 'mentorship join', { program: name, role: 'mentee', adult: true })
    .reply();
  expect(late.content).toMatch(/are closed/);
  expect((await sim.slash(admin(), 'program close', { program: name }).reply()).content).toMatch(/already closed/);
});

test('/program end asks first, then ends every pairing, archives and locks threads, and stops check-ins', async () => {
  const { sim } = world;
  const { name, pairing, threadId } = await pairUp(world);
  const ask = await sim.slash(admin(), 'program end', { program: name }).reply();
  expect(ask.content).toContain('This ends 1 pairing, archives and locks its thread');
  const cancel = await sim.click(world.users.admin, ask.message!, buttons(ask.message!)[1].custom_id).reply();
  expect(cancel.content).toBe('Nothing was changed.');
  expect((await world.app.ctx.db.selectFrom('programs').select('status').executeTakeFirstOrThrow()).status).toBe(
    'running',
  );

  const again = await sim.slash(admin(), 'program end', { program: name }).reply();
  const done = await sim.click(world.users.admin, again.message!, buttons(again.message!)[0].custom_id).reply();
  expect(done.content).toBe(`**${name}** has ended: 1 pairing closed and its thread archived.`);
  expect(done.components).toEqual([]);
  const thread = sim.channel(threadId).thread!;
  expect([thread.archived, thread.locked]).toEqual([true, true]);
  expect(sim.publicMessages(threadId).at(-1)?.content).toContain(`**${name}** has ended`);

  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  expect(sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'))).toHaveLength(0);
  const actions = (await world.app.ctx.db.selectFrom('audit_entries').select('action').execute()).map((a) => a.action);
  expect(actions).toContain('program.end');
  expect((await sim.slash(admin(), 'program open', { program: name }).reply()).content).toMatch(/has ended/);
  expect((await sim.slash(admin(), 'match suggest', { program: name }).reply()).content).toMatch(/has ended/);
  expect((await sim.slash(world.as(world.users.mentee), 'mentorship profile').reply()).content).toContain(
    `**${name}** · mentee · ended`,
  );
});

test('/program stats: counts, answer rate per week with a PNG chart, and pairs needing attention', async () => {
  const { sim, users, clock, app } = world;
  const { name, pairing, threadId } = await pairUp(world);
  await sim.slash(world.as(users.mentee2), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();
  let at = new Date(pairing.next_checkin_at as string);
  for (let week = 1; week <= 3; week += 1) {
    clock.set(at);
    await app.scheduler.tick();
    if (week === 1) {
      const prompt = sim.publicMessages(threadId).at(-1)!;
      await sim
        .click(users.mentee, prompt, buttons(prompt).find((b: any) => b.label === 'Need help').custom_id)
        .reply();
    }
    at = new Date(at.getTime() + 7 * 86_400_000);
  }
  const reply = await sim.slash(admin(), 'program stats', { program: name }).reply();
  const embed = reply.embeds[0];
  const field = (label: string) => embed.fields.find((f: any) => f.name === label)?.value;
  expect(field('Sign-ups')).toBe('1 mentor, 2 mentees');
  expect(field('Waiting')).toBe('0 mentors, 1 mentee');
  expect(field('Pairs')).toBe('1 active, 0 paused, 0 ended');
  expect(field('Check-in answer rate')).toBe('week 1: 50% (1/2)\nweek 2: 0% (0/2)\nweek 3: 0% (0/2)');
  expect(field('Pairs needing attention')).toBe(
    `#${pairing.id} <@${users.mentor}> & <@${users.mentee}>: no answer to the last two check-ins`,
  );
  expect(field('Average end rating')).toBe('no ratings yet');
  const png = reply.message!.attachments[0]!;
  expect(png.filename).toBe('answer-rate.png');
  expect(png.data.subarray(1, 4).toString()).toBe('PNG');
  expect(embed.image.url).toBe('attachment://answer-rate.png');
});

test('French-speaking admins and servers get French; members get their own language', async () => {
  const { sim, users, channels } = world;
  world.sim.guilds.get(world.guildId)!.preferredLocale = 'fr';
  const created = await sim
    .slash(world.as(users.admin, channels.general, 'fr'), 'program create', {
      name: 'Cercle',
      template: 'support',
      channel: channels.pairs,
      'report-channel': channels.reports,
    })
    .reply();
  expect(created.content).toContain('Programme **Cercle** créé (Encouragement et soutien)');
  await sim.slash(world.as(users.admin, channels.general, 'fr'), 'program open', { program: 'Cercle' }).reply();
  expect(sim.publicMessages(channels.pairs)[0]?.embeds[0].title).toBe('Cercle : inscriptions au mentorat');
  const joined = await sim
    .slash(world.as(users.mentor, channels.general, 'en-GB'), 'mentorship join', {
      program: 'Cercle',
      role: 'mentor',
      adult: true,
    })
    .reply();
  expect(joined.content).toContain('You are signed up to **Cercle** as a mentor');
  const refused = await sim
    .slash(world.as(users.mentee, channels.general, 'fr'), 'mentorship join', {
      program: 'Cercle',
      role: 'mentee',
      adult: false,
    })
    .reply();
  expect(refused.content).toContain('réservés aux adultes');
  await sim
    .slash(world.as(users.mentee, channels.general, 'fr'), 'mentorship join', {
      program: 'Cercle',
      role: 'mentee',
      adult: true,
    })
    .reply();
  await sim
    .slash(world.as(users.admin), 'match pair', { program: 'Cercle', mentor: users.mentor, mentee: users.mentee })
    .reply();
  const thread = sim.threadsIn(channels.pairs)[0]!;
  expect(sim.publicMessages(thread.id)[0]?.content).toContain('**Semaine 1 : Arriver**');
});

test('program autocomplete answers from hundreds of programs, 25 at most, in the order of their names', async () => {
  const db = world.app.ctx.db;
  const now = new Date().toISOString();
  const rows = Array.from({ length: 400 }, (_, i) => ({
    guild_id: world.guildId,
    name: `Cohort ${String(i).padStart(3, '0')}`,
    name_key: `cohort ${String(i).padStart(3, '0')}`,
    template: 'custom' as const,
    pair_channel_id: world.channels.pairs,
    report_channel_id: world.channels.reports,
    moderator_role_id: null,
    checkin_day: 1,
    checkin_hour: 17,
    timezone: 'UTC',
    weeks: 8,
    mentor_capacity: 1,
    every_weeks: 1,
    status: 'draft' as const,
    signups_open: 0,
    locale: 'en-US',
    created_by: world.users.admin,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('programs')
      .values(rows.slice(i, i + 100))
      .execute();
  const reply = await world.sim.autocomplete(admin(), 'program info', { program: 'cohort 1' }, 'program').reply();
  expect(reply.data.choices).toHaveLength(25);
  expect(reply.data.choices[0]).toEqual({ name: 'Cohort 100', value: 'Cohort 100' });
  expect(world.sim.rejections).toEqual([]);
});

test('a burst of sign-ups answers every member in time and settles the panel on the true count', async () => {
  await world.sim
    .slash(world.as(world.users.admin), 'program create', {
      name: 'Rush',
      template: 'custom',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
    })
    .reply();
  await world.sim.slash(world.as(world.users.admin), 'program open', { program: 'Rush' }).reply();
  const members = Array.from({ length: 30 }, (_, i) => {
    const id = world.sim.addUser(`rush${i}`);
    world.sim.addMember(world.guildId, id);
    return id;
  });
  const replies = await Promise.all(
    members.map((id) =>
      world.sim.slash(world.as(id), 'mentorship join', { program: 'Rush', role: 'mentee', adult: true }).reply(),
    ),
  );
  expect(replies.filter((r) => !r.content.includes('signed up')).map((r) => r.content)).toEqual([]);
  const panel = world.sim.publicMessages(world.channels.pairs)[0]!;
  // The panel's edits are paced and coalesced; a loaded machine may take a while to settle them.
  await waitFor(() => panel.embeds[0].fields[0].value === '0 mentors · 30 mentees', 20_000);
  const edits = world.sim.requests.filter(
    (r) => r.method === 'PATCH' && r.path === `/channels/${world.channels.pairs}/messages/${panel.id}`,
  );
  expect(edits.length).toBeGreaterThan(0);
  expect(edits.length).toBeLessThan(30);
  expect(world.sim.rejections).toEqual([]);
});
