import { beforeEach, describe, expect, test } from 'vitest';
import { button, pairUp, useWorld, type World } from './harness.ts';

/*
 * The closing form of an ended pairing: open for 14 days after the end, never once retention
 * erased the pairing, so nothing a member writes outlives RETENTION_DAYS (and no low score tells
 * the moderators about a pairing long over).
 */

const DAY = 86_400_000;
const CLOSED = 'This closing form is closed: it takes answers for 14 days after a pairing ends.';
const CLOSED_FR = 'Ce formulaire de fin est fermé : il reçoit des réponses pendant 14 jours après la fin d’un binôme.';
let world: World;

async function at(when: number): Promise<void> {
  world.clock.set(new Date(when));
  await world.app.scheduler.tick();
}

/** A two-week program run to its closing message, which the mentor ends the pairing from; returns when. */
async function endedFromClosing() {
  const { users, sim } = world;
  const paired = await pairUp(world, { weeks: 2, 'pulse-week': 0 });
  const first = Date.parse(paired.pairing.next_checkin_at as string);
  for (let week = 0; week < 3; week += 1) await at(first + week * 7 * DAY);
  const closing = sim.publicMessages(paired.threadId).at(-1)!;
  expect(closing.content).toContain('that was the last week');
  await sim.click(users.mentor, closing, button(closing, /End the pairing/).custom_id).reply();
  return { ...paired, closing, ended: world.clock.now().getTime() };
}

const form = (user: string, closing: any, locale?: string) =>
  world.sim.click(user, closing, button(closing, /How is this going\?/).custom_id, locale);

async function storedComments(pairingId: number) {
  const rows = await world.app.ctx.db
    .selectFrom('pulse_answers')
    .select(['user_id', 'score', 'comment'])
    .where('pairing_id', '=', pairingId)
    .orderBy('user_id')
    .execute();
  return rows;
}

const lowNotices = () =>
  world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('needs attention'));

describe('with the default retention (365 days)', () => {
  const current = useWorld();
  beforeEach(() => {
    world = current();
  });

  test('the closing form takes answers for 14 days after the end, then says it is closed (English, French)', async () => {
    const { users, sim } = world;
    const { pairing, closing, ended } = await endedFromClosing();

    world.clock.set(new Date(ended + 13 * DAY));
    const saved = await (await sim.submitModal(users.mentee, form(users.mentee, closing), { score: '4' })).reply();
    expect(saved.content).toContain('your answer (4 / 5) is recorded');

    // A form opened within the 14 days but sent after them is refused too.
    const opened = form(users.mentor, closing);
    expect((await opened.reply()).type).toBe(9);
    world.clock.set(new Date(ended + 14 * DAY + 60_000));
    const late = await (await sim.submitModal(users.mentor, opened, { score: '1', comment: 'too late' })).reply();
    expect(late).toMatchObject({ ephemeral: true, content: CLOSED });
    expect((await form(users.mentor, closing).reply()).content).toBe(CLOSED);
    expect((await form(users.mentee, closing, 'fr').reply()).content).toBe(CLOSED_FR);

    await world.app.ctx.outbox.drain();
    expect(await storedComments(pairing.id)).toEqual([{ user_id: users.mentee, score: 4, comment: null }]);
    expect(lowNotices()).toEqual([]);
  }, 60_000);

  test('a year later the closing form is closed: no comment outlives the erasure, no late notice', async () => {
    const { users, sim } = world;
    const { pairing, closing, ended, name } = await endedFromClosing();
    await at(ended + 366 * DAY);
    const row = await world.app.ctx.db
      .selectFrom('pairings')
      .select('text_erased_at')
      .where('id', '=', pairing.id)
      .executeTakeFirstOrThrow();
    expect(row.text_erased_at).not.toBeNull();

    const refused = await form(users.mentee, closing).reply();
    expect(refused).toMatchObject({ ephemeral: true, content: CLOSED });
    await at(ended + 400 * DAY);
    await world.app.ctx.outbox.drain();
    expect(await storedComments(pairing.id)).toEqual([]);
    expect(lowNotices()).toEqual([]);
    const stats = await sim.slash(world.as(users.admin), 'program stats', { program: name }).reply();
    expect(stats.embeds[0].fields.find((f: any) => f.name === 'Pulse comments')).toBeUndefined();
  }, 60_000);
});

describe('with RETENTION_DAYS=1', () => {
  const current = useWorld({ RETENTION_DAYS: '1' });
  beforeEach(() => {
    world = current();
  });

  test('the closing form closes as soon as the pairing is erased, within its 14 days', async () => {
    const { users } = world;
    const { pairing, closing, ended } = await endedFromClosing();
    await at(ended + 2 * DAY);
    // The refusal says how long the form was open: the 1 day retention left it, not 14.
    expect((await form(users.mentee, closing).reply()).content).toBe(
      'This closing form is closed: it takes answers for 1 day after a pairing ends.',
    );
    expect(await storedComments(pairing.id)).toEqual([]);
  }, 60_000);
});
