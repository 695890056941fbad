import { renderOutboxView } from '../../src/discord/views/outbox-views.ts';
import { beforeEach, expect, test } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { subjects } from '../../src/domain/outbox/subjects.ts';
import { OutboxWorker } from '../../src/domain/outbox/worker.ts';
import { silentLogger } from '../../src/log.ts';
import { button, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const PAIRS = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cohort() {
  const { sim, users, channels } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name: 'Race',
      template: 'skills',
      channel: channels.pairs,
      'report-channel': channels.reports,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: 'Race' }).reply();
  for (let i = 0; i < PAIRS; i += 1) {
    for (const role of ['mentor', 'mentee'] as const) {
      const user = sim.addUser(`${role}${i}`);
      sim.addMember(world.guildId, user);
      await sim.slash(world.as(user), 'mentorship join', { program: 'Race', role, adult: true }).reply();
    }
  }
  return sim.slash(world.as(users.admin), 'match suggest', { program: 'Race' }).reply();
}

for (const second of [55, 57, 59]) {
  test(`accept-all at hh:mm:${second}, racing the minute's ticks and a second process, with slow threads: one thread per pair`, async () => {
    const { sim, users } = world;
    const suggestion = await cohort();
    // Discord takes 150-300 ms to make each thread.
    sim.gate = async (request, next) => {
      if (request.method === 'POST' && request.route === '/channels/{channel_id}/threads')
        await sleep(150 + Math.random() * 150);
      return next();
    };
    const minute = new Date(world.clock.now());
    minute.setUTCSeconds(second, 0);
    world.clock.set(minute);
    // Another bot process on the same database: its own connection and its own worker.
    const otherDb = connect(world.databaseUrl);
    const other = new OutboxWorker(
      { db: otherDb, discord: world.app.ctx.discord, clock: world.clock, log: silentLogger, render: renderOutboxView },
      subjects,
    );

    const accept = sim.click(users.admin, suggestion.message!, button(suggestion.message!, /Accept all/).custom_id);
    let done = false;
    // Time runs at its real pace from hh:mm:ss, across the minute, with ticks all along.
    let last = Date.now();
    const time = setInterval(() => {
      world.clock.advance(Date.now() - last);
      last = Date.now();
    }, 20);
    const racing = (async () => {
      while (!done) {
        await Promise.all([world.app.scheduler.tick(), other.drain()]);
        await sleep(50);
      }
    })();
    const reply = await accept.reply();
    await waitFor(() => reply.message!.content.startsWith(`${PAIRS} / ${PAIRS} pairs created.`), 30_000);
    done = true;
    clearInterval(time);
    expect(world.clock.now().getUTCSeconds()).toBeLessThan(second); // the minute was crossed during the work
    await racing;
    await other.stop();
    await otherDb.destroy();

    const threads = sim.threadsIn(world.channels.pairs);
    expect(threads).toHaveLength(PAIRS);
    const pairings = await world.app.ctx.db
      .selectFrom('pairings')
      .select(['thread_id', 'mentor_id', 'mentee_id'])
      .execute();
    expect(pairings).toHaveLength(PAIRS);
    expect(new Set(pairings.map((p) => p.thread_id))).toEqual(new Set(threads.map((t) => t.id)));
    for (const pairing of pairings) {
      const thread = sim.channel(pairing.thread_id as string);
      expect([...thread.thread!.members].sort()).toEqual([sim.botUser.id, pairing.mentor_id, pairing.mentee_id].sort());
      expect(sim.publicMessages(thread.id).filter((m) => m.content.includes('Welcome'))).toHaveLength(1);
    }
    const claims = await world.app.ctx.db
      .selectFrom('outbox')
      .select(['kind', 'attempts'])
      .where('kind', '=', 'create-thread')
      .execute();
    expect(claims.map((c) => c.attempts)).toEqual(Array(PAIRS).fill(1));
  }, 60_000);
}
