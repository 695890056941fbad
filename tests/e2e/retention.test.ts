import { beforeEach, describe, expect, test } from 'vitest';
import { button, pairUp, useWorld, type World } from './harness.ts';

const DAY = 86_400_000;
let world: World;

async function at(when: number): Promise<void> {
  world.clock.set(new Date(when));
  await world.app.scheduler.tick();
}

/** In the pair's thread, on the week 1 prompt: a goal, a check-in answer with a note, a pulse answer with a comment. */
async function pairWrites(mentee: string, threadId: string, words: string): Promise<void> {
  const { sim } = world;
  await sim.slash(world.as(mentee, threadId), 'goal add', { text: `Goal: ${words}` }).reply();
  const prompt = sim.publicMessages(threadId).findLast((m) => m.content.includes('check-in ·'))!;
  await sim.click(mentee, prompt, button(prompt, /On track/).custom_id).reply();
  const note = sim.click(mentee, prompt, button(prompt, /Add a note/).custom_id);
  await (await sim.submitModal(mentee, note, { note: `Note: ${words}` })).reply();
  const pulse = sim.click(mentee, prompt, button(prompt, /How is this going\?/).custom_id);
  await (await sim.submitModal(mentee, pulse, { score: '4', comment: `Comment: ${words}`, name: 'yes' })).reply();
}

/** The mentee ends the pairing with a rating and feedback; returns when. */
async function menteeEnds(mentee: string, threadId: string, words: string): Promise<number> {
  const ended = await world.sim
    .slash(world.as(mentee, threadId), 'mentorship end', { rating: 5, feedback: `Feedback: ${words}` })
    .reply();
  expect(ended.ephemeral).toBe(true);
  return world.clock.now().getTime();
}

/** Everything members wrote in a pairing, as stored. */
async function textOf(pairingId: number) {
  const db = world.app.ctx.db;
  const checkins = db.selectFrom('checkins').select('id').where('pairing_id', '=', pairingId);
  return {
    notes: (await db.selectFrom('checkin_answers').select('note').where('checkin_id', 'in', checkins).execute()).map(
      (r) => r.note,
    ),
    comments: (
      await db.selectFrom('pulse_answers').select('comment').where('pairing_id', '=', pairingId).execute()
    ).map((r) => r.comment),
    feedback: (
      await db.selectFrom('pairing_feedback').select('feedback').where('pairing_id', '=', pairingId).execute()
    ).map((r) => r.feedback),
    goals: (await db.selectFrom('goals').select('text').where('pairing_id', '=', pairingId).execute()).map(
      (r) => r.text,
    ),
  };
}

const written = (words: string) => ({
  notes: [`Note: ${words}`],
  comments: [`Comment: ${words}`],
  feedback: [`Feedback: ${words}`],
  goals: [`Goal: ${words}`],
});
const erased = { notes: [null], comments: [null], feedback: [null], goals: [''] };

/** The numbers admins see: `/program stats` without the comments' text, and every export file. */
async function numbers(program: string) {
  const { sim } = world;
  const stats = await sim.slash(world.as(world.users.admin), 'program stats', { program }).reply();
  const fields = (stats.embeds[0].fields as { name: string; value: string }[]).filter(
    (f) => f.name !== 'Pulse comments',
  );
  const exported = await sim.slash(world.as(world.users.admin), 'program export', { program }).reply();
  const files = exported.message!.attachments.map((f) => [f.filename, f.data.toString('utf8')]);
  return { fields, files };
}

/** Two pairs of one program: the first ends in week 1, the second 30 days later. */
async function twoEndedPairs() {
  const { sim, users } = world;
  const { name, pairing, threadId } = await pairUp(world, { weeks: 4, 'pulse-week': 1, 'mentor-capacity': 2 });
  await at(Date.parse(pairing.next_checkin_at as string));
  await pairWrites(users.mentee, threadId, 'first pair');
  const firstEnded = await menteeEnds(users.mentee, threadId, 'first pair');

  await sim.slash(world.as(users.mentee2), 'mentorship join', { program: name, role: 'mentee', adult: true }).reply();
  await sim
    .slash(world.as(users.admin), 'match pair', { program: name, mentor: users.mentor, mentee: users.mentee2 })
    .reply();
  const second = await world.app.ctx.db
    .selectFrom('pairings')
    .selectAll()
    .where('mentee_id', '=', users.mentee2)
    .executeTakeFirstOrThrow();
  await at(Date.parse(second.next_checkin_at as string));
  await pairWrites(users.mentee2, second.thread_id!, 'second pair');
  await at(firstEnded + 30 * DAY);
  const secondEnded = await menteeEnds(users.mentee2, second.thread_id!, 'second pair');
  return { name, first: pairing.id, firstEnded, second: second.id, secondEnded };
}

describe('with the default retention (365 days)', () => {
  const current = useWorld();
  beforeEach(() => {
    world = current();
  });

  test('a pairing’s written text is erased 365 days after it ends; counts, stats and exports stay the same', async () => {
    const { name, first, firstEnded, second, secondEnded } = await twoEndedPairs();
    expect(await textOf(first)).toEqual(written('first pair'));
    const before = await numbers(name);
    expect(before.fields.find((f) => f.name === 'Average end rating')?.value).toBe('5.0 / 5 from 2 ratings');
    expect(before.files.map(([file]) => file)).toContain('checkins.csv');
    const logged = world.logs.length;

    await at(firstEnded + 364 * DAY);
    expect(await textOf(first)).toEqual(written('first pair'));

    await at(firstEnded + 366 * DAY);
    expect(await textOf(first)).toEqual(erased);
    // Ended 30 days later: still within its 365 days.
    expect(await textOf(second)).toEqual(written('second pair'));
    const rows = await world.app.ctx.db.selectFrom('pairings').select(['id', 'text_erased_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: first, text_erased_at: new Date(firstEnded + 366 * DAY).toISOString() },
      { id: second, text_erased_at: null },
    ]);
    const after = await numbers(name);
    expect(after).toEqual(before);

    const lines = world.logs.slice(logged).filter((line) => line.includes('retention.erased'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ pairings: 1, notes: 1, comments: 1, feedback: 1, goals: 1 });
    expect(lines[0]).not.toContain('first pair');

    // Later ticks find nothing more to do for the first; the second follows at its own time.
    await at(firstEnded + 367 * DAY);
    expect(world.logs.slice(logged).filter((line) => line.includes('retention.erased'))).toHaveLength(1);
    await at(secondEnded + 366 * DAY);
    expect(await textOf(second)).toEqual(erased);
    expect(await numbers(name)).toEqual(before);
  }, 60_000);

  test('/program info states the retention, in English and in French', async () => {
    const { name } = await pairUp(world);
    const field = async (locale: string, title: string) => {
      const reply = await world.sim
        .slash(world.as(world.users.admin, world.channels.general, locale), 'program info', { program: name })
        .reply();
      return reply.embeds[0].fields.find((f: any) => f.name === title)?.value;
    };
    expect(await field('en-US', 'Retention')).toBe(
      'Check-in notes, pulse comments, feedback and goals are erased 365 days after a pairing ends; counts and ratings are kept. ' +
        'Messages in a pair’s Discord thread (the members’ and the bot’s, which may quote goals) stay in Discord until the thread is deleted.',
    );
    expect(await field('fr', 'Conservation')).toBe(
      'Les notes de suivi, commentaires de sondage, retours et objectifs sont effacés 365 jours après la fin d’un binôme ; les décomptes et les évaluations sont conservés. ' +
        'Les messages du fil Discord d’un binôme (ceux des membres et du bot, qui peuvent citer les objectifs) restent sur Discord jusqu’à la suppression du fil.',
    );
  });
});

describe('with RETENTION_DAYS=0', () => {
  const current = useWorld({ RETENTION_DAYS: '0' });
  beforeEach(() => {
    world = current();
  });

  test('everything is kept, however long ago the pairing ended, and /program info says so', async () => {
    const { name, first, firstEnded, second } = await twoEndedPairs();
    await at(firstEnded + 5 * 365 * DAY);
    expect(await textOf(first)).toEqual(written('first pair'));
    expect(await textOf(second)).toEqual(written('second pair'));
    expect(world.logs.some((line) => line.includes('retention.erased'))).toBe(false);
    const info = await world.sim
      .slash(world.as(world.users.admin, world.channels.general, 'fr'), 'program info', { program: name })
      .reply();
    expect(info.embeds[0].fields.find((f: any) => f.name === 'Conservation')?.value).toBe(
      'Les notes de suivi, commentaires de sondage, retours et objectifs sont conservés sans limite de durée.',
    );
  }, 60_000);
});
