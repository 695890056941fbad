import { beforeEach, expect, test } from 'vitest';
import { Permissions } from '../simulator/state.ts';
import { buttons, loseAnswers, pairUp, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const DAY = 86_400_000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bot's own role (with Manage Roles, or not) high in the list, and a Graduates role below or above it. */
function giveBotRole(options: { manageRoles?: boolean; graduatesAbove?: boolean } = {}) {
  const { sim, guildId } = world;
  const bot = sim.addRole(guildId, 'Mentor Bot', options.manageRoles === false ? 0n : Permissions.ManageRoles, {
    position: 50,
  });
  sim.addMember(guildId, sim.botUser.id, [bot]);
  const graduates = sim.addRole(guildId, 'Graduates', 0n, { position: options.graduatesAbove ? 60 : 40 });
  return { bot, graduates };
}

const rolesOf = (userId: string) => world.sim.guilds.get(world.guildId)!.members.get(userId) ?? [];

/** Runs the weekly ticks from the first check-in to one week past the closing message. */
async function runProgram(firstCheckinAt: string, weeks: number): Promise<void> {
  const first = Date.parse(firstCheckinAt);
  for (let week = 0; week <= weeks + 1; week++) {
    world.clock.set(new Date(first + week * 7 * DAY));
    await world.app.scheduler.tick();
  }
}

function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test('a pair that goes through every week gets congratulations, a PNG certificate each and the completion role; the profile lists it', async () => {
  const { graduates } = giveBotRole();
  const { pairing, threadId } = await pairUp(world, { weeks: 2, 'completion-role': graduates });
  await runProgram(pairing.next_checkin_at as string, 2);

  const closing = world.sim.publicMessages(threadId).at(-1)!;
  expect(closing.content).toContain('that was the last week of **Spring Cohort**');
  expect(closing.content).toContain('Congratulations, all of you: you finished **Spring Cohort**!');
  expect(closing.mentions.sort()).toEqual([world.users.mentor, world.users.mentee].sort());
  expect(closing.attachments.map((a) => a.filename).sort()).toEqual(
    [`certificate-mentee-${world.users.mentee}.png`, `certificate-mentor-${world.users.mentor}.png`].sort(),
  );
  for (const file of closing.attachments) {
    expect(file.contentType).toContain('image/png');
    expect(pngSize(file.data)).toEqual({ width: 1200, height: 800 });
  }
  // Two members' certificates differ (their names and roles are drawn on them).
  expect(closing.attachments[0]!.data.equals(closing.attachments[1]!.data)).toBe(false);

  expect(rolesOf(world.users.mentor)).toContain(graduates);
  expect(rolesOf(world.users.mentee)).toContain(graduates);
  const rows = await world.app.ctx.db
    .selectFrom('completions')
    .select(['user_id', 'role', 'weeks', 'role_granted_at'])
    .orderBy('role')
    .execute();
  expect(rows.map((r) => [r.user_id, r.role, r.weeks, r.role_granted_at !== null])).toEqual([
    [world.users.mentee, 'mentee', 2, true],
    [world.users.mentor, 'mentor', 2, true],
  ]);

  const profile = await world.sim.slash(world.as(world.users.mentee), 'mentorship profile').reply();
  expect(profile.ephemeral).toBe(true);
  expect(profile.content).toContain('**Completed programs**');
  expect(profile.content).toMatch(/\*\*Spring Cohort\*\* · Mentee · 2 weeks · \d{1,2} \w+ \d{4}/);
  const info = await world.sim.slash(world.as(world.users.admin), 'program info', { program: 'Spring Cohort' }).reply();
  expect(JSON.stringify(info.embeds)).toContain(`<@&${graduates}>`);

  const ask = await world.sim.slash(world.as(world.users.mentee), 'mentorship forget-me').reply();
  await world.sim.click(world.users.mentee, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  const left = await world.app.ctx.db.selectFrom('completions').select('user_id').execute();
  expect(left).toEqual([{ user_id: world.users.mentor }]);
});

test('a French program congratulates and certifies in French', async () => {
  const { graduates } = giveBotRole();
  world.sim.guilds.get(world.guildId)!.preferredLocale = 'fr';
  const { pairing, threadId } = await pairUp(world, { name: 'Cercle', weeks: 1, 'completion-role': graduates });
  await runProgram(pairing.next_checkin_at as string, 1);
  const closing = world.sim.publicMessages(threadId).at(-1)!;
  expect(closing.content).toContain('Félicitations');
  expect(closing.content).toContain('vous avez terminé **Cercle**');
  expect(closing.attachments).toHaveLength(2);
  for (const file of closing.attachments) expect(pngSize(file.data)).toEqual({ width: 1200, height: 800 });
  const profile = await world.sim
    .slash(world.as(world.users.mentor, world.channels.general, 'fr'), 'mentorship profile')
    .reply();
  expect(profile.content).toMatch(
    /\*\*Programmes terminés\*\*\n\*\*Cercle\*\* · Mentor · 1 semaine · \d{1,2} \S+ \d{4}/,
  );
});

test('a pair ended early gets no certificate, no role and no completion', async () => {
  const { graduates } = giveBotRole();
  const { pairing, threadId } = await pairUp(world, { weeks: 2, 'completion-role': graduates });
  const first = Date.parse(pairing.next_checkin_at as string);
  world.clock.set(new Date(first));
  await world.app.scheduler.tick();
  const ended = await world.sim
    .slash(world.as(world.users.admin), 'match end', {
      program: 'Spring Cohort',
      member: world.users.mentee,
      reason: 'Asked to stop',
    })
    .reply();
  expect(ended.content).toContain('Ended the pairing');
  await runProgram(new Date(first + 7 * DAY).toISOString(), 2);
  expect(world.sim.publicMessages(threadId).some((m) => m.attachments.length > 0)).toBe(false);
  expect(world.sim.publicMessages(threadId).some((m) => m.content.includes('Congratulations'))).toBe(false);
  expect(rolesOf(world.users.mentor)).not.toContain(graduates);
  expect(await world.app.ctx.db.selectFrom('completions').selectAll().execute()).toEqual([]);
  const profile = await world.sim.slash(world.as(world.users.mentor), 'mentorship profile').reply();
  expect(profile.content).not.toContain('Completed programs');
});

test.each([
  [{ graduatesAbove: true }, 'this role is not below my highest role'],
  [{ manageRoles: false }, 'I need the Manage Roles permission'],
])('a completion role the bot cannot give is refused at create and edit, with the reason (%o)', async (setup, why) => {
  const { graduates } = giveBotRole(setup);
  const { sim, users, channels } = world;
  const create = await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Autumn',
      template: 'career',
      channel: channels.pairs,
      'report-channel': channels.reports,
      'completion-role': graduates,
    })
    .reply();
  expect(create.ephemeral).toBe(true);
  expect(create.content.startsWith(`I cannot give <@&${graduates}> as the completion role: ${why}`)).toBe(true);
  expect(await world.app.ctx.db.selectFrom('programs').selectAll().execute()).toEqual([]);

  await pairUp(world);
  const edit = await sim
    .slash(world.as(users.admin), 'program edit', { program: 'Spring Cohort', 'completion-role': graduates })
    .reply();
  expect(edit.content).toContain(why);
  const program = await world.app.ctx.db.selectFrom('programs').select('completion_role_id').executeTakeFirstOrThrow();
  expect(program.completion_role_id).toBeNull();

  const everyone = await sim
    .slash(world.as(users.admin), 'program edit', { program: 'Spring Cohort', 'completion-role': world.guildId })
    .reply();
  expect(everyone.content).toContain('@everyone is not a role members can be given');
});

test('the role is given once per member through restarts and lost answers; a member who left is skipped', async () => {
  const { graduates } = giveBotRole();
  const { pairing, threadId } = await pairUp(world, { weeks: 1, 'completion-role': graduates });
  world.sim.removeMember(world.guildId, world.users.mentee);
  world.expectRefused({ status: 404, code: 10007 }, 'the mentee left: their role and name', { optional: true });
  const restore = loseAnswers(world, (method, route) => method === 'PUT' && route.includes('/roles/'));
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  world.clock.set(new Date(Date.parse(pairing.next_checkin_at as string) + 7 * DAY));
  await world.app.scheduler.tick();
  restore();
  await runProgram(new Date(Date.parse(pairing.next_checkin_at as string) + 7 * DAY).toISOString(), 0);

  const puts = world.sim.requests.filter((r) => r.method === 'PUT' && r.path.includes('/roles/'));
  expect(puts.length).toBeGreaterThanOrEqual(2);
  expect(rolesOf(world.users.mentor).filter((id) => id === graduates)).toHaveLength(1);
  const effects = await world.app.ctx.db
    .selectFrom('outbox')
    .select(['key', 'status'])
    .where('kind', '=', 'add-role')
    .execute();
  expect(effects.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
    [
      { key: `completion-role:${pairing.id}:${world.users.mentee}`, status: 'done' },
      { key: `completion-role:${pairing.id}:${world.users.mentor}`, status: 'done' },
    ].sort((a, b) => a.key.localeCompare(b.key)),
  );
  // The closing message still certifies both, the one who left by their account name.
  expect(world.sim.publicMessages(threadId).at(-1)!.attachments).toHaveLength(2);
  expect(world.sim.publicMessages(world.channels.reports).some((m) => m.content.includes('could not give'))).toBe(
    false,
  );
});

test('a role Discord refuses after the program was made tells the report channel once', async () => {
  const { graduates } = giveBotRole();
  const { pairing } = await pairUp(world, { weeks: 1, 'completion-role': graduates });
  world.sim.guilds.get(world.guildId)!.roles.get(graduates)!.position = 99;
  await runProgram(pairing.next_checkin_at as string, 1);
  // The bot reads the role again before giving it, so it does not even ask Discord.
  expect(world.sim.requests.filter((r) => r.method === 'PUT' && r.path.includes('/roles/'))).toEqual([]);
  expect(rolesOf(world.users.mentor)).not.toContain(graduates);
  const told = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('could not give'));
  expect(told.map((m) => m.content)).toEqual([
    `I could not give <@&${graduates}> to members who finished **Spring Cohort**: Discord refused (50013). Check that I have Manage Roles and that the role is below mine.`,
  ]);
});

test('a completion role carrying staff powers is refused, and so is one chosen by an admin who may not give roles', async () => {
  giveBotRole();
  const { sim, users, channels } = world;
  const mods = sim.addRole(world.guildId, 'Mods', Permissions.Administrator, { position: 40 });
  const create = (user: string, role: string) =>
    sim
      .slash(world.as(user), 'program create', {
        name: 'Autumn',
        template: 'career',
        channel: channels.pairs,
        'report-channel': channels.reports,
        'completion-role': role,
      })
      .reply();
  const dangerous = await create(users.admin, mods);
  expect(dangerous.ephemeral).toBe(true);
  expect(dangerous.content).toMatch(
    new RegExp(`^I will not give <@&${mods}> as the completion role: it carries staff powers`),
  );

  const serverOnly = sim.addRole(world.guildId, 'Organisers', Permissions.ManageGuild);
  const organiser = sim.addUser('orla');
  sim.addMember(world.guildId, organiser, [serverOnly]);
  const graduates = sim.addRole(world.guildId, 'Alumni', 0n, { position: 30 });
  const setter = await create(organiser, graduates);
  expect(setter.content).toBe(
    'Only an admin who may give roles (Manage Roles) can choose the role the bot gives for finishing a program.',
  );
  expect(await world.app.ctx.db.selectFrom('programs').selectAll().execute()).toEqual([]);
});

test('a completion role that gained staff powers after it was chosen is not given; the report channel is told once', async () => {
  const { graduates } = giveBotRole();
  const { pairing } = await pairUp(world, { weeks: 1, 'completion-role': graduates });
  world.sim.guilds.get(world.guildId)!.roles.get(graduates)!.permissions = Permissions.Administrator;
  await runProgram(pairing.next_checkin_at as string, 1);
  expect(rolesOf(world.users.mentor)).not.toContain(graduates);
  expect(rolesOf(world.users.mentee)).not.toContain(graduates);
  expect(world.sim.requests.filter((r) => r.method === 'PUT' && r.path.includes('/roles/'))).toEqual([]);
  const told = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('could not give'));
  expect(told).toHaveLength(1);
});
