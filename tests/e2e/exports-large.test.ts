import { beforeEach, expect, test } from 'vitest';
import { pairUp, useWorld, waitFor, type World } from './harness.ts';
import { fileNamed, records } from './export-csv.ts';
import { groupWorld } from './group-world.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const admin = () => world.as(world.users.admin);

/** A running program with `count` more pairs, made straight in the database. */
async function bigProgram(count: number) {
  const { sim, app } = world;
  const { name, pairing } = await pairUp(world);
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const mentor = sim.addUser(`mentor${i}`);
    const mentee = sim.addUser(`mentee${i}`);
    sim.addMember(world.guildId, mentor);
    // Every third mentee has left the server: their id stands for their name.
    if (i % 3) sim.addMember(world.guildId, mentee);
    rows.push({
      program_id: pairing.program_id,
      guild_id: world.guildId,
      mentor_id: mentor,
      mentee_id: mentee,
      status: 'active' as const,
      created_by: world.users.admin,
      created_at: pairing.created_at,
    });
  }
  // Names are read for people still signed up in the program (forget-me removes a sign-up).
  const signups = rows.flatMap((row) =>
    (['mentor', 'mentee'] as const).map((role) => ({
      program_id: pairing.program_id,
      guild_id: world.guildId,
      user_id: role === 'mentor' ? row.mentor_id : row.mentee_id,
      role,
      topics: '[]',
      goals: '',
      timezone: null,
      adult_attested_at: pairing.created_at,
      status: 'paired' as const,
      created_at: pairing.created_at,
      updated_at: pairing.created_at,
    })),
  );
  for (let i = 0; i < rows.length; i += 200) {
    await app.ctx.db
      .insertInto('pairings')
      .values(rows.slice(i, i + 200))
      .execute();
    await app.ctx.db
      .insertInto('signups')
      .values(signups.slice(2 * i, 2 * i + 400))
      .execute();
  }
  return name;
}

test('a program of thousands of pairs exports every one, with names read across pages of the member list', async () => {
  const { sim } = world;
  const count = 2_400;
  const name = await bigProgram(count);
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  expect(reply.ephemeral).toBe(true);
  const pairs = records(fileNamed(reply.message!.attachments, 'pairs.csv'));
  expect(pairs).toHaveLength(count + 1);
  expect(new Set(pairs.map((p) => p.pairing_id)).size).toBe(count + 1);
  for (const [i, row] of pairs.slice(1).entries()) {
    expect(row.mentor_name).toBe(`mentor${i}`);
    expect(row.mentee_name).toBe(i % 3 ? `mentee${i}` : row.mentee_id);
  }
  const listed = sim.requests.filter((r) => r.method === 'GET' && r.route === '/guilds/{guild_id}/members');
  expect(listed.length).toBeGreaterThan(4);
});

test('group memberships are one row each, with their group', async () => {
  const g = groupWorld(world);
  const { mentor, mentees, group } = await g.fullGroup();
  const reply = await world.sim.slash(admin(), 'program export', { program: 'Circle', what: 'pairs' }).reply();
  const pairs = records(reply.message!.attachments[0]);
  expect(pairs.map((p) => [p.group, p.mentor_id, p.mentee_id])).toEqual(
    (await g.memberships()).map((m) => [String(group.id), mentor, m.mentee_id]),
  );
  expect(pairs.map((p) => p.mentee_id).sort()).toEqual([...mentees].sort());
});

test('when Discord will not list the members (no Server Members intent), members are read one by one', async () => {
  const { sim, users } = world;
  const { name } = await pairUp(world);
  sim.setNickname(world.guildId, users.mentor, 'Zoé');
  sim.setNickname(world.guildId, users.mentee, 'Léo');
  // The app lacks the Server Members intent: Discord refuses to list the members.
  sim.gate = async (request, next) =>
    request.route === '/guilds/{guild_id}/members'
      ? { status: 403, body: { code: 50001, message: 'Missing Access' } }
      : next();
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  sim.gate = undefined;
  const [pair] = records(reply.message!.attachments[0]);
  expect(pair).toMatchObject({ mentor_id: users.mentor, mentor_name: 'Zoé', mentee_name: 'Léo' });
});

test('when neither the list nor one-by-one reads are allowed, the export still comes, with ids for names', async () => {
  const { sim, users } = world;
  const { name } = await pairUp(world);
  sim.gate = async (request, next) =>
    request.route.startsWith('/guilds/{guild_id}/members')
      ? { status: 403, body: { code: 50001, message: 'Missing Access' } }
      : next();
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  sim.gate = undefined;
  const [pair] = records(reply.message!.attachments[0]);
  expect(pair).toMatchObject({ mentor_id: users.mentor, mentor_name: users.mentor, mentee_name: users.mentee });
});

test('an export larger than a message allows comes in parts, ten files a message, all private', async () => {
  const { sim } = world;
  const name = await bigProgram(2_400);
  sim.attachmentSizeLimit = 100_000;
  const handle = sim.slash(admin(), 'program export', { program: name });
  await handle.reply();
  // About 90 bytes a row: 2,401 pairs and 4,802 sign-ups make parts of at most 9 KB, ten a message.
  const done = () => [handle.interaction.original!, ...handle.interaction.followUps];
  await waitFor(
    async () =>
      done()
        .at(-1)
        ?.attachments.some((f) => f.filename === 'reports.csv') ?? false,
  );
  const messages = done();
  expect(messages.length).toBeGreaterThanOrEqual(3);
  expect(messages.slice(0, -1).map((m) => m.attachments.length)).toEqual(messages.slice(0, -1).map(() => 10));
  for (const message of messages) {
    expect(message.flags & 64).toBe(64);
    expect(message.attachments.reduce((sum, f) => sum + f.data.length, 0)).toBeLessThanOrEqual(100_000);
  }
  expect(messages[0]!.content).toContain('pairs.csv, pairs-2.csv');
  expect(messages[1]!.content).toBe(`More data of **${name}** (2/${messages.length}).`);
  const files = messages.flatMap((m) => m.attachments);
  const pairFiles = files.filter((f) => /^pairs(-\d+)?\.csv$/.test(f.filename));
  expect(pairFiles.map((f) => f.filename).slice(0, 2)).toEqual(['pairs.csv', 'pairs-2.csv']);
  expect(pairFiles.flatMap((f) => records(f))).toHaveLength(2_401);
  const signupFiles = files.filter((f) => /^signups(-\d+)?\.csv$/.test(f.filename));
  expect(signupFiles.flatMap((f) => records(f)).length).toBeGreaterThanOrEqual(4_800);
  expect(files.slice(-2).map((f) => f.filename)).toEqual(['checkins.csv', 'reports.csv']);
});
