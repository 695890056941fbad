import { beforeEach, expect, test } from 'vitest';
import { startApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { connect } from '../../src/db/connect.ts';
import { createLogger } from '../../src/log.ts';
import type { InteractionHandle } from '../simulator/interactions.ts';
import type { SimMessage } from '../simulator/state.ts';
import { button, pairUp, useWorld, waitFor, type World } from './harness.ts';
import { lockDatabase } from './lock-database.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const LOCK_MS = 5_000;

/** Three pairs in one program, each with this week's prompt in its thread. */
async function threePrompts(): Promise<{ member: string; prompt: SimMessage }[]> {
  const { name, pairing } = await pairUp(world);
  const pairs = [{ mentor: world.users.mentor, mentee: world.users.mentee }];
  for (const n of [2, 3]) {
    const mentor = world.sim.addUser(`mentor${n}`);
    const mentee = world.sim.addUser(`mentee${n}`);
    for (const [id, role] of [
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ] as const) {
      world.sim.addMember(world.guildId, id);
      await world.sim.slash(world.as(id), 'mentorship join', { program: name, role, adult: true }).reply();
    }
    await world.sim.slash(world.as(world.users.admin), 'match pair', { program: name, mentor, mentee }).reply();
    pairs.push({ mentor, mentee });
  }
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  const threads = await world.app.ctx.db.selectFrom('pairings').select(['mentor_id', 'thread_id']).execute();
  return pairs.flatMap(({ mentor, mentee }) => {
    const threadId = threads.find((p) => p.mentor_id === mentor)?.thread_id as string;
    const prompt = world.sim.publicMessages(threadId).find((m) => m.content.includes('check-in ·'));
    if (!prompt) throw new Error(`no prompt in ${threadId}`);
    return [
      { member: mentor, prompt },
      { member: mentee, prompt },
    ];
  });
}

/** Milliseconds from the click to Discord's first response (reply, deferral or modal). */
function acknowledgedAfter(handle: InteractionHandle): Promise<number> {
  const i = handle.interaction;
  return new Promise((resolve) => {
    const check = () => (i.response ? resolve(Date.now() - i.createdAt) : i.waiters.push(check));
    check();
  });
}

const statuses = ['on-track', 'need-help', 'stuck'] as const;
const labels = { 'on-track': 'On track', 'need-help': 'Need help', stuck: 'Stuck' };

function clickAll(clicks: { member: string; prompt: SimMessage }[]) {
  return clicks.map(({ member, prompt }, i) => {
    const status = statuses[i % 3]!;
    const handle = world.sim.click(member, prompt, button(prompt, new RegExp(`^${labels[status]}$`)).custom_id);
    return { member, status, handle, acknowledged: acknowledgedAfter(handle) };
  });
}

/** The router's log lines for check-in answers, once all `count` are written (after each answer is sent). */
async function answerLogs(count: number): Promise<Record<string, unknown>[]> {
  const lines = () =>
    world.logs.map((line) => JSON.parse(line)).filter((l) => l.event === 'interaction' && l.name === 'checkin');
  await waitFor(() => lines().length >= count);
  return lines();
}

test('with the database locked for 5 s, six answers clicked at once are all acknowledged within 3 s and stored once the lock goes', async () => {
  const clicks = await threePrompts();
  const promptsBefore = clicks.map(({ prompt }) => prompt.content);
  const lock = await lockDatabase(world, LOCK_MS);
  const sent = clickAll(clicks);

  const ackMs = await Promise.all(sent.map((s) => s.acknowledged));
  console.info(`acknowledged after (ms): ${ackMs.join(', ')}`);
  for (const ms of ackMs) expect(ms).toBeLessThan(3_000);
  await lock.released;
  const replies = await Promise.all(sent.map((s) => s.handle.reply()));

  expect(world.sim.rejections).toEqual([]);
  for (const [i, reply] of replies.entries()) {
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      `Thanks! Your week 1 check-in is recorded as **${labels[sent[i]!.status]}**. You can change it until the next check-in.`,
    );
  }
  const stored = await world.app.ctx.db.selectFrom('checkin_answers').select(['user_id', 'status']).execute();
  expect(stored).toHaveLength(6);
  expect(stored).toEqual(expect.arrayContaining(sent.map((s) => ({ user_id: s.member, status: s.status }))));
  // Deferred as updates, so the prompts themselves are untouched.
  expect(clicks.map(({ prompt }) => prompt.content)).toEqual(promptsBefore);
  expect((await answerLogs(6)).map((l) => [l.outcome, l.autoDeferred])).toEqual(Array(6).fill(['ok', true]));
});

test('locked past the bot’s wait, each member is told to try again, nothing is stored, and a later click goes through', async () => {
  const clicks = await threePrompts();
  // The same bot, with a 2 s wait for the database instead of the default, to keep this test short.
  await world.app.stop();
  const config = parseConfig({ DISCORD_TOKEN: world.sim.token, DISCORD_API_URL: world.sim.apiUrl });
  const db = connect(world.databaseUrl, { busyDeadlineMs: 2_000 });
  world.app = await startApp(config, {
    clock: world.clock,
    log: createLogger('info', (line) => world.logs.push(line)),
    db,
    startTimer: false,
  });

  const lock = await lockDatabase(world, 4_000);
  const sent = clickAll(clicks);
  const ackMs = await Promise.all(sent.map((s) => s.acknowledged));
  console.info(`acknowledged after (ms): ${ackMs.join(', ')}`);
  for (const ms of ackMs) expect(ms).toBeLessThan(3_000);
  const replies = await Promise.all(sent.map((s) => s.handle.reply()));

  expect(world.sim.rejections).toEqual([]);
  expect(replies.map((r) => [r.content, r.ephemeral])).toEqual(
    Array(6).fill(['The bot is busy; try again in a moment.', true]),
  );
  expect(await world.app.ctx.db.selectFrom('checkin_answers').selectAll().execute()).toEqual([]);
  expect((await answerLogs(6)).map((l) => l.outcome)).toEqual(Array(6).fill('busy'));

  await lock.released;
  const [first] = clicks;
  const retry = await world.sim
    .click(first!.member, first!.prompt, button(first!.prompt, /^On track$/).custom_id)
    .reply();
  expect(retry.content).toContain('is recorded as **On track**');
  expect(await world.app.ctx.db.selectFrom('checkin_answers').select(['user_id', 'status']).execute()).toEqual([
    { user_id: first!.member, status: 'on-track' },
  ]);
});

test('a slash command slowed by a lock is deferred privately, then its answer replaces the "thinking…"', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  const lock = await lockDatabase(world, 2_500);
  const handle = world.sim.slash(world.as(world.users.mentee, threadId), 'checkin status', { status: 'stuck' });
  expect(await acknowledgedAfter(handle)).toBeLessThan(3_000);
  expect(handle.interaction.response).toEqual({ type: 5, data: { flags: 64 } });
  const reply = await handle.reply();
  await lock.released;
  expect([reply.content, reply.ephemeral]).toEqual([
    'Thanks! Your week 1 check-in is recorded as **Stuck**. You can change it until the next check-in.',
    true,
  ]);
  expect(world.sim.rejections).toEqual([]);
});
