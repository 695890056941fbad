import { beforeEach, expect, test } from 'vitest';
import { button, buttons, pairUp, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const DAY = 86_400_000;
const prompts = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'));

/** Moves the clock to `iso` and runs the scheduler's tick, as node-cron would that minute. */
async function at(iso: string | Date): Promise<void> {
  world.clock.set(new Date(iso));
  await world.app.scheduler.tick();
}

test.each([
  [
    'Europe/Paris',
    'spring forward',
    '2026-03-16T09:00:00Z',
    ['2026-03-23T17:00:00Z', '2026-03-30T16:00:00Z', '2026-04-06T16:00:00Z'],
  ],
  [
    'Europe/Paris',
    'fall back',
    '2026-10-12T09:00:00Z',
    ['2026-10-19T16:00:00Z', '2026-10-26T17:00:00Z', '2026-11-02T17:00:00Z'],
  ],
  [
    'America/New_York',
    'spring forward',
    '2026-02-23T09:00:00Z',
    ['2026-03-02T23:00:00Z', '2026-03-09T22:00:00Z', '2026-03-16T22:00:00Z'],
  ],
  [
    'America/New_York',
    'fall back',
    '2026-10-19T09:00:00Z',
    ['2026-10-26T22:00:00Z', '2026-11-02T23:00:00Z', '2026-11-09T23:00:00Z'],
  ],
])(
  '%s %s: each week posts once at 18:00 local, a minute early posts nothing',
  async (timezone, _change, pairedAt, slots) => {
    world.clock.set(new Date(pairedAt));
    const { threadId } = await pairUp(world, { timezone, 'checkin-hour': 18 });
    for (const [week, slot] of slots.entries()) {
      await at(new Date(Date.parse(slot) - 60_000));
      expect(prompts(threadId)).toHaveLength(week);
      await at(slot);
      await at(new Date(Date.parse(slot) + 60_000));
      expect(prompts(threadId)).toHaveLength(week + 1);
      expect(prompts(threadId)[week]?.content).toContain(`week ${week + 1} check-in`);
    }
  },
);

test('one gentle reminder after three days without an answer, none once someone answered', async () => {
  const { pairing, threadId } = await pairUp(world);
  const first = Date.parse(pairing.next_checkin_at as string);
  await at(new Date(first));
  await at(new Date(first + 3 * DAY - 60_000));
  const reminders = () => world.sim.publicMessages(threadId).filter((m) => m.content.includes('gentle reminder'));
  expect(reminders()).toHaveLength(0);
  await at(new Date(first + 3 * DAY));
  await at(new Date(first + 4 * DAY));
  expect(reminders()).toHaveLength(1);
  expect(reminders()[0]?.mentions.sort()).toEqual([world.users.mentor, world.users.mentee].sort());

  await at(new Date(first + 7 * DAY));
  const week2 = prompts(threadId)[1]!;
  await world.sim.click(world.users.mentor, week2, button(week2, /On track/).custom_id).reply();
  await at(new Date(first + 11 * DAY));
  expect(reminders()).toHaveLength(1);
});

test('a pair that answers neither of two prompts in a row is reported once per silent streak, with the pairing and weeks only', async () => {
  const { name, pairing, threadId } = await pairUp(world, { weeks: 12 });
  const first = Date.parse(pairing.next_checkin_at as string);
  for (const day of [0, 3, 7, 10, 11, 14, 17, 21]) await at(new Date(first + day * DAY));
  const notices = () =>
    world.sim
      .publicMessages(world.channels.reports)
      .filter((m) => m.content.includes('has not answered'))
      .map((m) => m.content);
  expect(notices()).toEqual([`Pairing #${pairing.id} (${name}) has not answered the check-ins of weeks 1, 2.`]);

  const week4 = prompts(threadId)[3]!;
  await world.sim.click(world.users.mentor, week4, button(week4, /On track/).custom_id).reply();
  for (const day of [28, 31, 35, 38]) await at(new Date(first + day * DAY));
  expect(notices()).toEqual([
    `Pairing #${pairing.id} (${name}) has not answered the check-ins of weeks 1, 2.`,
    `Pairing #${pairing.id} (${name}) has not answered the check-ins of weeks 5, 6.`,
  ]);
});

test('goals: added in the thread, shown as a checklist in the next prompt, marked done; only the pair may touch them', async () => {
  const { pairing, threadId } = await pairUp(world);
  const mentee = world.as(world.users.mentee, threadId);
  expect(
    (await world.sim.slash(mentee, 'goal add', { text: 'Ship my **first** talk @everyone' }).reply()).content,
  ).toBe('Added goal 1: Ship my \\*\\*first\\*\\* talk @\u200beveryone');
  await world.sim.slash(world.as(world.users.mentor, threadId), 'goal add', { text: 'Read two papers' }).reply();
  expect((await world.sim.slash(mentee, 'goal done', { id: 2 }).reply()).content).toBe('Goal 2 is done. Well done!');
  expect((await world.sim.slash(mentee, 'goal done', { id: 2 }).reply()).content).toBe('Goal 2 is already done.');
  expect((await world.sim.slash(mentee, 'goal done', { id: 7 }).reply()).content).toMatch(/no goal 7/);
  expect((await world.sim.slash(world.as(world.users.staff, threadId), 'goal list').reply()).content).toBe(
    'Only the two members of this pair can do that.',
  );
  expect((await world.sim.slash(world.as(world.users.mentee), 'goal list').reply()).content).toBe(
    'Use this command inside your mentorship thread.',
  );

  await at(pairing.next_checkin_at as string);
  const prompt = prompts(threadId)[0]!;
  expect(prompt.content).toContain(
    '**Your goals**\n☐ 1. Ship my \\*\\*first\\*\\* talk @\u200beveryone\n☑ 2. Read two papers',
  );
  expect(prompt.mentionEveryone).toBe(false);
  expect(world.sim.unsafeMentions).toEqual([]);
});

test('answers can change during the week; a note needs an answer first and is kept with it', async () => {
  const { pairing, threadId } = await pairUp(world);
  await at(pairing.next_checkin_at as string);
  const prompt = prompts(threadId)[0]!;
  const noteFirst = world.sim.click(world.users.mentee, prompt, button(prompt, /Add a note/).custom_id);
  const refused = await (await world.sim.submitModal(world.users.mentee, noteFirst, { note: 'Too early' })).reply();
  expect(refused.content).toBe('Pick how it is going with a button first, then add your note.');

  await world.sim.click(world.users.mentee, prompt, button(prompt, /Stuck/).custom_id).reply();
  await world.sim.click(world.users.mentee, prompt, button(prompt, /On track/).custom_id).reply();
  const form = world.sim.click(world.users.mentee, prompt, button(prompt, /Add a note/).custom_id);
  const saved = await (await world.sim.submitModal(world.users.mentee, form, { note: 'We met on Tuesday' })).reply();
  expect(saved.content).toBe('Your note for week 1 is saved.');
  expect(await world.app.ctx.db.selectFrom('checkin_answers').select(['user_id', 'status', 'note']).execute()).toEqual([
    { user_id: world.users.mentee, status: 'on-track', note: 'We met on Tuesday' },
  ]);
});

test('after the last week, the closing message asks for a rating (the pulse form) and offers to go on or to end; no prompt follows', async () => {
  const { pairing, threadId } = await pairUp(world, { weeks: 2 });
  const first = Date.parse(pairing.next_checkin_at as string);
  for (const week of [0, 1, 2, 3]) await at(new Date(first + week * 7 * DAY));
  const messages = world.sim.publicMessages(threadId);
  expect(prompts(threadId).map((m) => /week (\d)/.exec(m.content)?.[1])).toEqual(['1', '2']);
  expect(prompts(threadId)[1]?.content).toContain('Looking back, looking forward');
  const closing = messages.at(-1)!;
  expect(closing.content).toContain('that was the last week of **Spring Cohort**');
  expect(buttons(closing).map((b: any) => b.label)).toEqual([
    'How is this going?',
    'Keep going informally',
    'End the pairing',
  ]);

  const form = world.sim.click(world.users.mentee, closing, button(closing, /How is this going/).custom_id);
  expect((await (await world.sim.submitModal(world.users.mentee, form, { score: '4' })).reply()).content).toContain(
    'your answer (4 / 5) is recorded',
  );
  expect(
    (await world.sim.click(world.users.mentor, closing, button(closing, /Keep going/).custom_id).reply()).content,
  ).toContain('stays open');
  const db = world.app.ctx.db;
  expect(await db.selectFrom('pulse_answers').select(['user_id', 'score', 'kind']).execute()).toEqual([
    { user_id: world.users.mentee, score: 4, kind: 'closing' },
  ]);
  expect(await db.selectFrom('pairings').select(['status', 'next_checkin_at']).executeTakeFirst()).toEqual({
    status: 'active',
    next_checkin_at: null,
  });
  expect(
    (await db.selectFrom('pairings').select('continued_at').executeTakeFirstOrThrow()).continued_at,
  ).not.toBeNull();

  const ended = await world.sim
    .click(world.users.mentee, closing, button(closing, /End the pairing/).custom_id)
    .reply();
  expect(ended.content).toBe('Your pairing has ended. Thank you for taking part.');
  expect(world.sim.channel(threadId).thread!.locked).toBe(true);
});

test('a locked thread pauses the pairing and tells the report channel', async () => {
  const { pairing, threadId } = await pairUp(world);
  world.expectRefused({ status: 403, code: 50083, path: threadId }, 'the post to the locked thread');
  Object.assign(world.sim.channel(threadId).thread!, { archived: true, locked: true });
  await at(pairing.next_checkin_at as string);
  await at(new Date(Date.parse(pairing.next_checkin_at as string) + 60_000));
  expect(await world.app.ctx.db.selectFrom('pairings').select(['status', 'paused_reason']).executeTakeFirst()).toEqual({
    status: 'paused',
    paused_reason: 'thread-unavailable',
  });
  expect(
    world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('could not post the week 1')),
  ).toHaveLength(1);
  expect(
    world.sim.requests.filter((r) => r.path === `/channels/${threadId}/messages` && r.status === 403),
  ).toHaveLength(1);
});
