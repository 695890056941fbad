import { beforeEach, describe, expect, test } from 'vitest';
import { useWorld, type World } from './harness.ts';

// Each test has a world of its own: what one test made never decides what another sees.
const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

/** Every table's row count: a refusal must leave all of them as they were. */
async function snapshot() {
  const db = world.app.ctx.db;
  const tables = [
    'programs',
    'signups',
    'pairings',
    'checkins',
    'checkin_answers',
    'reports',
    'audit_entries',
    'blocks',
    'goals',
  ] as const;
  const counts = await Promise.all(
    tables.map(async (table) => [
      table,
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ]),
  );
  return {
    rows: Object.fromEntries(counts),
    messages: [...world.sim.messages.values()].flat().filter((m) => (m.flags & 64) === 0).length,
    threads: [...world.sim.channels.values()].filter((c) => c.thread).length,
  };
}

async function expectRefusal(
  run: () => { reply(): Promise<{ ephemeral: boolean; content: string }> },
  message: RegExp,
): Promise<void> {
  const before = await snapshot();
  const reply = await run().reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(message);
  expect(await snapshot()).toEqual(before);
  expect(world.sim.rejections).toEqual([]);
}

async function createProgram(name: string, extra: Record<string, unknown> = {}) {
  const { sim, users, channels } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name,
      template: 'skills',
      channel: channels.pairs,
      'report-channel': channels.reports,
      ...extra,
    })
    .reply();
}

describe('program commands', () => {
  const create = (user: string, options: Record<string, unknown>) => () =>
    world.sim.slash(world.as(user), 'program create', {
      name: 'Refused',
      template: 'career',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
      ...options,
    });

  test('a member without Manage Server is refused, even where the server opened the command to them', () =>
    expectRefusal(create(world.users.mentee, {}), /Manage Server/));
  test('a channel that is not a text channel is refused', () =>
    expectRefusal(create(world.users.admin, { channel: world.channels.voice }), /must be a text channel/));
  test('an unknown time zone is refused', () =>
    expectRefusal(create(world.users.admin, { timezone: 'Mars/Olympus_Mons' }), /not a time zone I know/));
  test('an hour outside 0-23 is refused', () =>
    expectRefusal(create(world.users.admin, { 'checkin-hour': 24 }), /between 0 and 23/));
  test('a name already used in the server, in any case, is refused', async () => {
    await createProgram('Design Guild');
    await expectRefusal(create(world.users.admin, { name: 'design  GUILD' }), /already exists/);
  });
  test.each([
    ['program edit', { program: 'Design Guild', weeks: 4 }],
    ['program list', {}],
    ['program info', { program: 'Design Guild' }],
    ['program open', { program: 'Design Guild' }],
    ['program close', { program: 'Design Guild' }],
    ['program end', { program: 'Design Guild' }],
    ['program stats', { program: 'Design Guild' }],
    ['match pair', { program: 'Design Guild' }],
  ])('/%s is refused to a member without Manage Server', async (path, options: Record<string, unknown>) => {
    await createProgram('Design Guild');
    const pair = path === 'match pair' ? { mentor: world.users.mentor, mentee: world.users.mentee } : {};
    await expectRefusal(
      () => world.sim.slash(world.as(world.users.mentee), path, { ...options, ...pair }),
      /Manage Server/,
    );
  });
  test('ending a program that has ended is refused', async () => {
    await createProgram('Short Lived');
    const ask = await world.sim.slash(world.as(world.users.admin), 'program end', { program: 'Short Lived' }).reply();
    await world.sim.click(world.users.admin, ask.message!, ask.message!.components[0].components[0].custom_id).reply();
    await expectRefusal(
      () => world.sim.slash(world.as(world.users.admin), 'program end', { program: 'Short Lived' }),
      /has ended/,
    );
    await expectRefusal(
      () => world.sim.slash(world.as(world.users.admin), 'program edit', { program: 'Short Lived', weeks: 3 }),
      /has ended/,
    );
  });
  test('opening an unknown program is refused', () =>
    expectRefusal(
      () => world.sim.slash(world.as(world.users.admin), 'program open', { program: 'Nope' }),
      /no program with that name/,
    ));
});

describe('sign-ups', () => {
  beforeEach(async () => {
    await createProgram('Open Program');
    await world.sim.slash(world.as(world.users.admin), 'program open', { program: 'Open Program' }).reply();
    await createProgram('Closed Program');
  });
  const join = (user: string, options: Record<string, unknown>) => () =>
    world.sim.slash(world.as(user), 'mentorship join', {
      program: 'Open Program',
      role: 'mentee',
      adult: true,
      ...options,
    });

  test('adult:False is refused', () => expectRefusal(join(world.users.mentee2, { adult: false }), /18 or older/));
  test('more than 10 topics are refused', () =>
    expectRefusal(join(world.users.mentee2, { topics: 'a,b,c,d,e,f,g,h,i,j,k' }), /at most 10 topics/));
  test('a topic over 40 characters is refused', () =>
    expectRefusal(join(world.users.mentee2, { topics: `ok, ${'x'.repeat(41)}` }), /at most 40 characters/));
  test('a bad time zone is refused', () =>
    expectRefusal(join(world.users.mentee2, { timezone: 'Europe/Atlantis' }), /not a time zone/));
  test('a program whose sign-ups are not open is refused', () =>
    expectRefusal(
      join(world.users.mentee2, { program: 'Closed Program' }),
      /Sign-ups for \*\*Closed Program\*\* are closed/,
    ));
  test('signing up twice is refused', async () => {
    expect((await join(world.users.outsider, {})().reply()).content).toContain('signed up');
    await expectRefusal(
      join(world.users.outsider, { role: 'mentor' }),
      /already signed up to \*\*Open Program\*\* as a mentee/,
    );
  });
});

describe('pairing', () => {
  beforeEach(async () => {
    const { sim, users } = world;
    await createProgram('Pairs Program', { 'mentor-capacity': 2 });
    await sim.slash(world.as(users.admin), 'program open', { program: 'Pairs Program' }).reply();
    await sim
      .slash(world.as(users.mentor), 'mentorship join', { program: 'Pairs Program', role: 'mentor', adult: true })
      .reply();
    await sim
      .slash(world.as(users.moderator), 'mentorship join', { program: 'Pairs Program', role: 'mentor', adult: true })
      .reply();
    await sim
      .slash(world.as(users.mentee), 'mentorship join', { program: 'Pairs Program', role: 'mentee', adult: true })
      .reply();
    await sim
      .slash(world.as(users.mentee2), 'mentorship join', { program: 'Pairs Program', role: 'mentee', adult: true })
      .reply();
    await sim
      .slash(world.as(users.admin), 'match pair', {
        program: 'Pairs Program',
        mentor: users.mentor,
        mentee: users.mentee,
      })
      .reply();
  });
  const pair = (user: string, mentor: string, mentee: string) => () =>
    world.sim.slash(world.as(user), 'match pair', { program: 'Pairs Program', mentor, mentee });

  test('a mentee who already has a mentor is refused', () =>
    expectRefusal(pair(world.users.admin, world.users.moderator, world.users.mentee), /already has a mentor/));
  test('pairing a member with themselves is refused', () =>
    expectRefusal(pair(world.users.admin, world.users.mentee2, world.users.mentee2), /cannot mentor themselves/));
  test('someone not signed up in that role is refused', () =>
    expectRefusal(
      pair(world.users.admin, world.users.mentee2, world.users.mentor),
      /is not signed up to \*\*Pairs Program\*\* as a mentor/,
    ));
  test('a member without Manage Server cannot pair', () =>
    expectRefusal(pair(world.users.mentor, world.users.mentor, world.users.mentee2), /Manage Server/));

  test('/checkin outside a pair thread is refused', () =>
    expectRefusal(
      () => world.sim.slash(world.as(world.users.mentee), 'checkin status', { status: 'stuck' }),
      /inside your mentorship thread/,
    ));

  test("someone else clicking the pair's check-in buttons is refused", async () => {
    const { sim, clock, app, users } = world;
    const pairing = await app.ctx.db
      .selectFrom('pairings')
      .selectAll()
      .where('mentee_id', '=', users.mentee)
      .executeTakeFirstOrThrow();
    clock.set(new Date(pairing.next_checkin_at as string));
    await app.scheduler.tick();
    const prompt = sim.publicMessages(pairing.thread_id as string).at(-1)!;
    const button = prompt.components[0].components[0].custom_id;
    // Staff with Manage Threads can see every private thread, but the buttons are the pair's.
    await expectRefusal(() => sim.click(users.staff, prompt, button), /Only the two members of this pair/);
  });
});

describe('reports', () => {
  beforeEach(() => createProgram('Reports Program'));
  const report = (options: Record<string, unknown>) => () =>
    world.sim.slash(world.as(world.users.mentee2), 'report', { reason: 'Something is wrong', ...options });

  test('a link that is not a message link is refused', () =>
    expectRefusal(report({ 'message-link': 'https://example.com/x' }), /not a Discord message link/));
  test('a link to another server is refused', () =>
    expectRefusal(
      report({
        'message-link': 'https://discord.com/channels/123456789012345678/123456789012345679/123456789012345680',
      }),
      /not in this server/,
    ));
  test('a sixth open report is refused', async () => {
    for (let i = 0; i < 5; i += 1) expect((await report({})().reply()).content).toContain('Your report is');
    await expectRefusal(report({}), /already have 5 open reports/);
  });
  test('members who are not moderators cannot list or claim reports', async () => {
    expect((await report({})().reply()).content).toContain('Your report is');
    await expectRefusal(() => world.sim.slash(world.as(world.users.mentee2), 'reports list'), /Only the moderators/);
    const card = world.sim.publicMessages(world.channels.reports).at(-1)!;
    await expectRefusal(
      () => world.sim.click(world.users.mentee, card, card.components[0].components[0].custom_id),
      /Only the moderators/,
    );
  });
});
