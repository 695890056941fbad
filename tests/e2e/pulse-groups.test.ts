import { beforeEach, expect, test } from 'vitest';
import { button, buttons, pairUp, useWorld, type World } from './harness.ts';
import { groupWorld } from './group-world.ts';
import { records } from './export-csv.ts';

const current = useWorld();
let world: World;
let g: ReturnType<typeof groupWorld>;
beforeEach(() => {
  world = current();
  g = groupWorld(world);
});

const WEEK = 7 * 86_400_000;
const PULSE = /How is this going\?|Comment ça se passe/;

async function answer(user: string, message: any, values: Record<string, string>) {
  const opened = world.sim.click(user, message, button(message, PULSE).custom_id);
  return (await world.sim.submitModal(user, opened, values)).reply();
}

test('a group: each member answers for themselves on their own membership; the mentor once; the rate counts the group', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup({ 'pulse-week': 2 });
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await g.tick(first + WEEK);
  const [week1, week2] = g.prompts(threadId);
  expect(buttons(week1!).map((b: any) => b.label)).not.toContain('How is this going?');
  expect(buttons(week2!).map((b: any) => b.label)).toContain('How is this going?');

  await answer(mentees[0]!, week2!, { score: '5' });
  await answer(mentees[1]!, week2!, { score: '3', comment: 'Too many of us' });
  await answer(mentor, week2!, { score: '4' });
  await answer(mentor, week2!, { score: '4', name: 'yes', comment: 'Nice group' });

  const rows = await g
    .db()
    .selectFrom('pulse_answers')
    .innerJoin('pairings', 'pairings.id', 'pulse_answers.pairing_id')
    .select(['pulse_answers.user_id', 'pairings.mentee_id', 'pulse_answers.score'])
    .orderBy('pulse_answers.score')
    .execute();
  expect(rows).toEqual([
    { user_id: mentees[1], mentee_id: mentees[1], score: 3 },
    { user_id: mentor, mentee_id: expect.any(String), score: 4 },
    { user_id: mentees[0], mentee_id: mentees[0], score: 5 },
  ]);
  const stats = await world.sim.slash(world.as(world.users.admin), 'program stats', { program: 'Circle' }).reply();
  const fields = stats.embeds[0].fields as { name: string; value: string }[];
  // Asked: three mentees and their mentor once.
  expect(fields.find((f) => f.name === 'Pulse surveys')?.value).toBe(
    '1★ 0 · 2★ 0 · 3★ 1 · 4★ 1 · 5★ 1 · answered 3 / 4\nTrend: week 2: 4.0',
  );
  expect(fields.find((f) => f.name === 'Pulse comments')?.value).toBe(`“Nice group” (<@${mentor}>)\n“Too many of us”`);
  expect(fields.find((f) => f.name === 'Pairs needing attention')?.value).not.toContain('pulse');
});

test('in French: the form speaks French, and « oui » shows the name', async () => {
  const { pairing, threadId } = await pairUp(world, { weeks: 3, 'pulse-week': 1 });
  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  const prompt = world.sim.publicMessages(threadId).at(-1)!;
  const form = await world.sim.click(world.users.mentee, prompt, button(prompt, PULSE).custom_id, 'fr').reply();
  expect(form.type).toBe(9);
  expect(form.data.title).toBe('Comment ça se passe ?');
  const labels = (form.data.components as any[]).map((row) => row.components[0].label);
  expect(labels).toEqual([
    'Votre note : 1 (mal) à 5 (très bien)',
    'Un commentaire aux organisateurs (facultatif)',
    'Montrer votre nom aux organisateurs ? oui/non',
  ]);
  const opened = world.sim.click(world.users.mentee, prompt, button(prompt, PULSE).custom_id, 'fr');
  await (
    await world.sim.submitModal(world.users.mentee, opened, { score: '3', comment: 'Très bien', name: 'Oui' })
  ).reply();
  expect(await world.app.ctx.db.selectFrom('pulse_answers').select(['score', 'name_shown']).execute()).toEqual([
    { score: 3, name_shown: 1 },
  ]);
});

test('a group mentor’s answer is the group’s: counted once even after its membership ends, never flagging one mentee', async () => {
  const { mentor, mentees, group, threadId } = await g.fullGroup({ 'pulse-week': 2 });
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await g.tick(first + WEEK);
  const [, week2] = g.prompts(threadId);
  await answer(mentor, week2!, { score: '1' });

  const notices = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('pulse'));
  expect(notices.map((m) => m.content)).toEqual([
    `Group #${group.id} (Circle) needs attention: its mentor gave a low pulse score. See \`/program stats\`; the mentees were not told.`,
  ]);
  const stats = async () => {
    const reply = await world.sim.slash(world.as(world.users.admin), 'program stats', { program: 'Circle' }).reply();
    return (name: string) => (reply.embeds[0].fields as any[]).find((f) => f.name === name)?.value as string;
  };
  const attention = (await stats())('Pairs needing attention');
  expect(attention.split('\n').filter((line) => line.includes('pulse'))).toEqual([
    `Group #${group.id} (mentor <@${mentor}>): low pulse score from its mentor`,
  ]);

  const landed = await g
    .db()
    .selectFrom('pulse_answers')
    .innerJoin('pairings', 'pairings.id', 'pulse_answers.pairing_id')
    .select(['pairings.mentee_id'])
    .executeTakeFirstOrThrow();
  await world.sim.slash(world.as(landed.mentee_id, threadId), 'mentorship end').reply();
  await answer(mentor, week2!, { score: '5' });
  const rows = await g.db().selectFrom('pulse_answers').select(['user_id', 'score']).execute();
  expect(rows).toEqual([{ user_id: mentor, score: 5 }]);
  expect((await stats())('Pulse surveys')).toContain(`answered 1 / ${mentees.length + 1}`);

  const exported = await world.sim
    .slash(world.as(world.users.admin), 'program export', { program: 'Circle', what: 'pairs' })
    .reply();
  expect(records(exported.message!.attachments[0]).map((r) => r.pulse_scores)).toEqual(mentees.map(() => ''));
});
