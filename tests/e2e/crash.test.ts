import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { DB } from '../../src/db/schema.ts';
import type { RestReply, RestRequest } from '../simulator/rest.ts';
import { outboxDrained, startBotProcess, watchDatabase, type BotProcess } from './bot-process.ts';
import { buttons, pairUp, useWorld, waitFor, type World } from './harness.ts';

/**
 * The real bot process killed with SIGKILL at chosen requests, and a new one started an hour
 * later (past Discord's nonce window, which the simulator's clock follows): every effect the
 * dead process owed is carried out, once.
 */
const HOUR = 3_600_000;
const current = useWorld();
let world: World;
let db: Kysely<DB> | undefined;
let bots: BotProcess[] = [];
beforeEach(() => {
  world = current();
});
afterEach(async () => {
  for (const bot of bots) await bot.kill();
  bots = [];
  await db?.destroy();
  db = undefined;
});

interface KillPoint {
  /** The request at which the process dies. */
  at: (request: RestRequest) => boolean;
  /** Whether Discord acts on that request first (the answer is then lost with the process). */
  discordActs: boolean;
}

/**
 * Hands the world to a bot process, runs `act`, kills the process at the kill point, starts
 * another an hour later and waits until it has nothing left to do.
 */
async function crashAndRecover(kill: KillPoint, act: () => Promise<void>): Promise<Kysely<DB>> {
  await world.app.stop();
  const start = world.clock.now();
  const first = await startBotProcess(world, start);
  bots.push(first);
  let killed: Promise<void> | undefined;
  world.sim.gate = async (request, next): Promise<RestReply> => {
    if (killed || !kill.at(request)) return next();
    if (kill.discordActs) await next();
    killed = first.kill();
    return { status: 500, body: { code: 0, message: 'the process is gone' } };
  };
  await act();
  await waitFor(() => killed !== undefined, 20_000);
  await killed;
  world.sim.gate = undefined;
  const second = await startBotProcess(world, new Date(start.getTime() + HOUR));
  bots.push(second);
  db = watchDatabase(world);
  await outboxDrained(db);
  return db;
}

/** `n` pairs of the program, each with its private thread, made straight in the database and in Discord. */
async function manyPairs(name: string, n: number) {
  const { sim, app, channels } = world;
  const program = await app.ctx.db
    .selectFrom('programs')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const threads: string[] = [];
  const at = world.clock.now().toISOString();
  for (let i = 0; i < n; i += 1) {
    const mentor = sim.addUser(`mentor${i}`);
    const mentee = sim.addUser(`mentee${i}`);
    sim.addMember(world.guildId, mentor);
    sim.addMember(world.guildId, mentee);
    const thread = sim.createThread(channels.pairs, `${name} · pair ${i}`, [mentor, mentee]);
    threads.push(thread);
    await app.ctx.db
      .insertInto('pairings')
      .values({
        program_id: program.id,
        guild_id: world.guildId,
        mentor_id: mentor,
        mentee_id: mentee,
        thread_id: thread,
        welcome_message_id: 'w',
        next_checkin_at: null,
        status: 'active',
        created_by: 'a',
        created_at: at,
      })
      .execute();
  }
  return threads;
}

const isPost = (request: RestRequest, channel?: string) =>
  request.method === 'POST' &&
  request.route === '/channels/{channel_id}/messages' &&
  (!channel || request.params[0] === channel);
const isThreadState = (request: RestRequest) =>
  request.method === 'PATCH' && request.route === '/channels/{channel_id}';

/** Each thread reads the notice exactly once, and is archived and locked. */
function expectClosedOnce(threads: string[], notice: string) {
  for (const id of threads) {
    expect(world.sim.publicMessages(id).filter((m) => m.content.includes(notice))).toHaveLength(1);
    const thread = world.sim.channel(id).thread!;
    expect([thread.archived, thread.locked]).toEqual([true, true]);
  }
}

async function expectNothingLeft(database: Kysely<DB>) {
  expect(
    await database
      .selectFrom('outbox')
      .select(['key', 'status'])
      .where('status', 'in', ['pending', 'failed'])
      .execute(),
  ).toEqual([]);
}

async function endProgramAndCrash(kill: KillPoint) {
  const { name } = await pairUp(world);
  const threads = [
    (await world.app.ctx.db.selectFrom('pairings').select('thread_id').executeTakeFirstOrThrow()).thread_id as string,
    ...(await manyPairs(name, 39)),
  ];
  const database = await crashAndRecover(kill, async () => {
    const ask = await world.sim.slash(world.as(world.users.admin), 'program end', { program: name }).reply();
    world.sim.click(world.users.admin, ask.message!, buttons(ask.message!)[0].custom_id);
  });
  expectClosedOnce(threads, `**${name}** has ended`);
  expect(await database.selectFrom('pairings').select('status').where('status', '<>', 'ended').execute()).toEqual([]);
  await expectNothingLeft(database);
}

test('/program end killed right after its transaction: an hour later all 40 threads are told, archived and locked, once', async () => {
  await endProgramAndCrash({ at: (r) => isPost(r) || isThreadState(r), discordActs: false });
}, 60_000);

test('/program end killed as Discord locks the 13th thread: an hour later all 40 threads are told, archived and locked, once', async () => {
  let locks = 0;
  await endProgramAndCrash({ at: (r) => isThreadState(r) && ++locks === 13, discordActs: true });
}, 60_000);

const ended = (threadId: string) => ({ at: (r: RestRequest) => isPost(r, threadId), discordActs: true });

test('/mentorship end killed as its notice reaches the thread: an hour later the thread is told once, archived and locked', async () => {
  const { threadId } = await pairUp(world);
  await expectNothingLeft(
    await crashAndRecover(ended(threadId), async () => {
      world.sim.slash(world.as(world.users.mentor, threadId), 'mentorship end', {});
    }),
  );
  expectClosedOnce([threadId], 'Your partner has ended this pairing');
}, 60_000);

test('the forget-me confirmation killed as its notice reaches the thread: an hour later the thread is told once, archived and locked', async () => {
  const { threadId } = await pairUp(world);
  await crashAndRecover(ended(threadId), async () => {
    const ask = await world.sim.slash(world.as(world.users.mentee), 'mentorship forget-me').reply();
    world.sim.click(world.users.mentee, ask.message!, buttons(ask.message!)[0].custom_id);
  });
  expectClosedOnce([threadId], 'This pairing has ended');
}, 60_000);

test('/match end killed right after its transaction: an hour later the thread is told once, archived and locked', async () => {
  const { name, threadId } = await pairUp(world);
  await crashAndRecover({ at: (r) => isPost(r, threadId), discordActs: false }, async () => {
    world.sim.slash(world.as(world.users.admin), 'match end', {
      program: name,
      member: world.users.mentee,
      reason: 'moving away',
    });
  });
  expectClosedOnce([threadId], 'This pairing has ended');
}, 60_000);

for (const outcome of ['pair-ended', 'member-removed'] as const) {
  test(`/reports resolve ${outcome} killed as its notice reaches the thread: an hour later the thread is told once, archived and locked`, async () => {
    const { threadId } = await pairUp(world);
    await world.sim.slash(world.as(world.users.mentee, threadId), 'report', { reason: 'Rude replies' }).reply();
    await crashAndRecover(ended(threadId), async () => {
      world.sim.slash(world.as(world.users.moderator), 'reports resolve', { id: 1, outcome });
    });
    expectClosedOnce([threadId], 'This pairing has ended');
    expect(
      world.sim.publicMessages(world.channels.reports).filter((m) => m.embeds[0]?.title?.includes('#1')),
    ).toHaveLength(1);
  }, 60_000);
}

test('/report pause:True killed as the pause notice reaches the thread: an hour later it is locked, and the card is on the queue once', async () => {
  const { threadId } = await pairUp(world);
  const database = await crashAndRecover(ended(threadId), async () => {
    world.sim.slash(world.as(world.users.mentee, threadId), 'report', { reason: 'I feel unsafe', pause: true });
  });
  expect(
    world.sim.publicMessages(threadId).filter((m) => m.content.includes('This pairing is paused for now')),
  ).toHaveLength(1);
  expect(world.sim.channel(threadId).thread!.locked).toBe(true);
  expect(
    world.sim.publicMessages(world.channels.reports).filter((m) => m.embeds[0]?.title?.includes('#1')),
  ).toHaveLength(1);
  expect(await database.selectFrom('pairings').select(['status', 'paused_reason']).execute()).toEqual([
    { status: 'paused', paused_reason: 'report' },
  ]);
  await expectNothingLeft(database);
}, 60_000);

test('a report killed as Discord makes its queue card: an hour later the card is adopted, not posted again', async () => {
  await pairUp(world);
  const database = await crashAndRecover(
    { at: (r) => isPost(r, world.channels.reports), discordActs: true },
    async () => {
      world.sim.slash(world.as(world.users.mentee), 'report', { reason: 'Spam links' });
    },
  );
  const cards = world.sim.publicMessages(world.channels.reports).filter((m) => m.embeds[0]?.title?.includes('#1'));
  expect(cards).toHaveLength(1);
  expect(
    (await database.selectFrom('reports').select('queue_message_id').executeTakeFirstOrThrow()).queue_message_id,
  ).toBe(cards[0]?.id);
}, 60_000);

test('accept-all killed as Discord makes a thread: an hour later every pair has exactly one thread, with both members and one welcome', async () => {
  const { sim, users } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Big',
      template: 'career',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
      'mentor-capacity': 4,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: 'Big' }).reply();
  for (let i = 0; i < 3; i += 1) {
    const mentor = sim.addUser(`mentor${i}`);
    sim.addMember(world.guildId, mentor);
    await sim.slash(world.as(mentor), 'mentorship join', { program: 'Big', role: 'mentor', adult: true }).reply();
  }
  for (let i = 0; i < 12; i += 1) {
    const mentee = sim.addUser(`mentee${i}`);
    sim.addMember(world.guildId, mentee);
    await sim.slash(world.as(mentee), 'mentorship join', { program: 'Big', role: 'mentee', adult: true }).reply();
  }
  const suggestion = await sim.slash(world.as(users.admin), 'match suggest', { program: 'Big' }).reply();
  let made = 0;
  const database = await crashAndRecover(
    {
      at: (r) => r.method === 'POST' && r.route === '/channels/{channel_id}/threads' && ++made === 6,
      discordActs: true,
    },
    async () => {
      sim.click(
        users.admin,
        suggestion.message!,
        buttons(suggestion.message!).find((b: any) => /Accept all/.test(b.label)).custom_id,
      );
    },
  );
  const threads = sim.threadsIn(world.channels.pairs);
  expect(threads).toHaveLength(12);
  const pairings = await database.selectFrom('pairings').select(['thread_id', 'welcome_message_id']).execute();
  expect(new Set(pairings.map((p) => p.thread_id)).size).toBe(12);
  for (const thread of threads) {
    expect(sim.publicMessages(thread.id).filter((m) => m.content.includes('Welcome'))).toHaveLength(1);
    expect(thread.thread!.members.size).toBe(3);
  }
  await expectNothingLeft(database);
}, 60_000);

test('a fan-out killed half-way: an hour later every pair has its prompt exactly once', async () => {
  const { name } = await pairUp(world);
  const threads = await manyPairs(name, 59);
  const due = world.clock.now().toISOString();
  await world.app.ctx.db.updateTable('pairings').set({ next_checkin_at: due, week: 0 }).execute();
  let prompts = 0;
  const database = await crashAndRecover(
    { at: (r) => isPost(r) && String(r.body?.nonce ?? '').startsWith('ci-') && ++prompts === 30, discordActs: true },
    async () => undefined,
  );
  const first = (await database.selectFrom('pairings').select('thread_id').orderBy('id').executeTakeFirstOrThrow())
    .thread_id as string;
  for (const id of [first, ...threads])
    expect(world.sim.publicMessages(id).filter((m) => m.content.includes('check-in ·'))).toHaveLength(1);
  expect(await database.selectFrom('checkins').select('status').where('status', '<>', 'posted').execute()).toEqual([]);
  await expectNothingLeft(database);
}, 60_000);
