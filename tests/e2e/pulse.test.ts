import { beforeEach, expect, test } from 'vitest';
import { closingId } from '../../src/custom-ids/checkin.ts';
import { button, buttons, pairUp, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const DAY = 86_400_000;

async function at(iso: string | Date): Promise<void> {
  world.clock.set(new Date(iso));
  await world.app.scheduler.tick();
}

/** Pairs up and runs the scheduler through `weeks` weekly check-ins; returns the thread's messages. */
async function runWeeks(program: Record<string, unknown>, weeks: number) {
  const paired = await pairUp(world, program);
  const first = Date.parse(paired.pairing.next_checkin_at as string);
  for (let week = 0; week < weeks; week += 1) await at(new Date(first + week * 7 * DAY));
  return { ...paired, messages: world.sim.publicMessages(paired.threadId) };
}

const weekPrompt = (messages: any[], week: number) =>
  messages.find((m) => m.content.includes(`week ${week} check-in`))!;

async function answer(user: string, message: any, values: Record<string, string>) {
  const opened = world.sim.click(user, message, button(message, /How is this going\?/).custom_id);
  return (await world.sim.submitModal(user, opened, values)).reply();
}

const stats = async (program = 'Spring Cohort') =>
  (await world.sim.slash(world.as(world.users.admin), 'program stats', { program }).reply()).embeds[0].fields as {
    name: string;
    value: string;
  }[];
const field = (fields: { name: string; value: string }[], name: string) => fields.find((f) => f.name === name)?.value;

test('the pulse week prompt alone carries the pulse button; each member answers privately; admins see the aggregate', async () => {
  const { messages, threadId, pairing } = await runWeeks({ weeks: 4, 'pulse-week': 2 }, 2);
  expect(buttons(weekPrompt(messages, 1)).map((b: any) => b.label)).not.toContain('How is this going?');
  const prompt = weekPrompt(messages, 2);
  expect(buttons(prompt).map((b: any) => b.label)).toContain('How is this going?');
  const before = world.sim.publicMessages(threadId).length;

  const saved = await answer(world.users.mentee, prompt, { score: '2', comment: '  We  rarely meet ', name: '' });
  expect(saved.ephemeral).toBe(true);
  expect(saved.content).toContain('your answer (2 / 5) is recorded');
  await answer(world.users.mentor, prompt, { score: '5', comment: 'Going great', name: 'yes' });
  // Answering again replaces the answer.
  await answer(world.users.mentor, prompt, { score: '4', comment: 'Going well', name: 'yes' });
  await answer(world.users.mentee, prompt, { score: '1', comment: 'We rarely meet', name: 'no' });
  await answer(world.users.mentee, prompt, { score: '2', comment: '  We  rarely meet ', name: '' });
  expect(world.sim.publicMessages(threadId)).toHaveLength(before); // nothing in the thread
  const notices = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('pulse'));
  expect(notices.map((m) => m.content)).toEqual([
    `Pairing #${pairing.id} (Spring Cohort) needs attention: low pulse score. See \`/program stats\`; the partner was not told.`,
  ]);
  expect(notices[0]!.mentions).toEqual([]);

  const rows = await world.app.ctx.db
    .selectFrom('pulse_answers')
    .select(['user_id', 'week', 'kind', 'score', 'comment', 'name_shown'])
    .orderBy('score')
    .execute();
  expect(rows).toEqual([
    { user_id: world.users.mentee, week: 2, kind: 'pulse', score: 2, comment: 'We rarely meet', name_shown: 0 },
    { user_id: world.users.mentor, week: 2, kind: 'pulse', score: 4, comment: 'Going well', name_shown: 1 },
  ]);

  const fields = await stats();
  expect(field(fields, 'Pulse surveys')).toBe('1★ 0 · 2★ 1 · 3★ 0 · 4★ 1 · 5★ 0 · answered 2 / 2\nTrend: week 2: 3.0');
  const comments = field(fields, 'Pulse comments')!;
  expect(comments).toBe(`“Going well” (<@${world.users.mentor}>)\n“We rarely meet”`);
  expect(comments).not.toContain(world.users.mentee);
  expect(field(fields, 'Pairs needing attention')).toContain('low pulse score');
});

test('the pulse form refuses a bad score, a bad yes/no and outsiders, ephemerally, and records nothing', async () => {
  const { messages } = await runWeeks({ weeks: 4, 'pulse-week': 1 }, 1);
  const prompt = weekPrompt(messages, 1);
  for (const [values, error] of [
    [{ score: '6' }, 'Give your score as one number from 1 (poorly) to 5 (very well).'],
    [{ score: '3.5' }, 'Give your score as one number from 1 (poorly) to 5 (very well).'],
    [{ score: '3', name: 'maybe' }, 'Answer `yes` or `no` to showing your name (leave it empty for no).'],
  ] as const) {
    const refused = await answer(world.users.mentee, prompt, values);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe(error);
  }
  // Staff see the thread but are not of the pair: no form opens for them.
  const staff = await world.sim
    .click(world.users.staff, prompt, button(prompt, /How is this going\?/).custom_id)
    .reply();
  expect(staff.ephemeral).toBe(true);
  expect(staff.type).not.toBe(9);
  expect(staff.content).toBe('Only the two members of this pair can do that.');
  expect(await world.app.ctx.db.selectFrom('pulse_answers').selectAll().execute()).toEqual([]);
  expect(field(await stats(), 'Pulse surveys')).toBe('no answers yet');
});

test('pulse-week 0 turns pulses off; /program info shows the pulse week', async () => {
  const { messages, name } = await runWeeks({ weeks: 4, 'pulse-week': 0 }, 4);
  expect(messages.flatMap((m) => buttons(m).map((b: any) => b.label))).not.toContain('How is this going?');
  const info = await world.sim.slash(world.as(world.users.admin), 'program info', { program: name }).reply();
  expect(info.embeds[0].fields.find((f: any) => f.name === 'Pulse survey').value).toBe('off');
  await world.sim.slash(world.as(world.users.admin), 'program edit', { program: name, 'pulse-week': 3 }).reply();
  const edited = await world.sim.slash(world.as(world.users.admin), 'program info', { program: name }).reply();
  expect(edited.embeds[0].fields.find((f: any) => f.name === 'Pulse survey').value).toBe('week 3');
});

test('the closing form is the end rating; forget-me erases the member’s answers and comments', async () => {
  const { messages } = await runWeeks({ weeks: 2, 'pulse-week': 0 }, 3);
  const closing = messages.at(-1)!;
  expect(closing.content).toContain('that was the last week');
  expect(buttons(closing).map((b: any) => b.label)).toEqual([
    'How is this going?',
    'Keep going informally',
    'End the pairing',
  ]);
  await answer(world.users.mentee, closing, { score: '4', comment: 'Thanks!', name: 'no' });
  await answer(world.users.mentor, closing, { score: '5', comment: '', name: '' });
  const fields = await stats();
  expect(field(fields, 'Average end rating')).toBe('4.5 / 5 from 2 ratings');
  expect(field(fields, 'Pulse surveys')).toBe('1★ 0 · 2★ 0 · 3★ 0 · 4★ 1 · 5★ 1 · answered 2 / 2\nTrend: end: 4.5');

  const ask = await world.sim.slash(world.as(world.users.mentee), 'mentorship forget-me').reply();
  await world.sim.click(world.users.mentee, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  expect(await world.app.ctx.db.selectFrom('pulse_answers').select(['user_id', 'comment']).execute()).toEqual([
    { user_id: world.users.mentor, comment: null },
  ]);
});

test('checking in every other week, the prompt whose span holds the pulse week asks it', async () => {
  const { pairing, threadId } = await pairUp(world, { weeks: 6, 'every-weeks': 2, 'pulse-week': 4 });
  const first = Date.parse(pairing.next_checkin_at as string);
  for (const step of [0, 1, 2]) await at(new Date(first + step * 14 * DAY));
  const prompts = world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'));
  expect(prompts.map((m) => /week (\d)/.exec(m.content)?.[1])).toEqual(['1', '3', '5']);
  expect(prompts.map((m) => buttons(m).some((b: any) => b.label === 'How is this going?'))).toEqual([
    false,
    true,
    false,
  ]);
  const form = await world.sim
    .click(world.users.mentee, prompts[1]!, button(prompts[1]!, /How is this going\?/).custom_id)
    .reply();
  expect(form.type).toBe(9);
  await answer(world.users.mentee, prompts[1]!, { score: '4' });
  expect(field(await stats(), 'Pulse surveys')).toBe(
    '1★ 0 · 2★ 0 · 3★ 0 · 4★ 1 · 5★ 0 · answered 1 / 2\nTrend: week 3: 4.0',
  );
});

test('a closing message posted before pulse surveys: its old rating buttons open the same form', async () => {
  const { messages, threadId } = await runWeeks({ weeks: 1, 'pulse-week': 0 }, 2);
  const closing = messages.at(-1)!;
  const checkinId = Number(/:(\d+)$/.exec(button(closing, /How is this going/).custom_id)![1]);
  await world.app.ctx.discord.postMessage(threadId, {
    content: 'Old closing',
    buttons: [[{ customId: closingId.encode([checkinId, 'rate-3']), label: '3 ★', style: 'secondary' }]],
  });
  const old = world.sim.publicMessages(threadId).at(-1)!;
  const form = world.sim.click(world.users.mentor, old, button(old, /3 ★/).custom_id);
  expect((await (await world.sim.submitModal(world.users.mentor, form, { score: '5' })).reply()).content).toContain(
    'your answer (5 / 5) is recorded',
  );
  expect(await world.app.ctx.db.selectFrom('pulse_answers').select(['user_id', 'kind', 'score']).execute()).toEqual([
    { user_id: world.users.mentor, kind: 'closing', score: 5 },
  ]);
});

test('once a member pressed End on the closing message, both can still give the closing rating; outsiders cannot', async () => {
  const { messages } = await runWeeks({ weeks: 2, 'pulse-week': 0 }, 3);
  const closing = messages.at(-1)!;
  expect(closing.content).toContain('that was the last week');
  await world.sim.click(world.users.mentor, closing, button(closing, /End the pairing/).custom_id).reply();
  const pairing = await world.app.ctx.db.selectFrom('pairings').select('status').executeTakeFirstOrThrow();
  expect(pairing.status).toBe('ended');

  const saved = await answer(world.users.mentee, closing, { score: '4' });
  expect(saved.content).toContain('your answer (4 / 5) is recorded');
  await answer(world.users.mentor, closing, { score: '2' });
  const staff = await world.sim
    .click(world.users.staff, closing, button(closing, /How is this going\?/).custom_id)
    .reply();
  expect(staff.content).toBe('Only the two members of this pair can do that.');
  const rows = await world.app.ctx.db
    .selectFrom('pulse_answers')
    .select(['user_id', 'kind', 'score'])
    .orderBy('score')
    .execute();
  expect(rows).toEqual([
    { user_id: world.users.mentor, kind: 'closing', score: 2 },
    { user_id: world.users.mentee, kind: 'closing', score: 4 },
  ]);
});

test('a pulse week after the program’s last week is refused on create and edit, in English and French; 0 is fine', async () => {
  const { admin } = world.users;
  const create = (locale: string | undefined, pulseWeek: number) =>
    world.sim
      .slash(world.as(admin, undefined, locale), 'program create', {
        name: 'Short',
        template: 'skills',
        channel: world.channels.pairs,
        'report-channel': world.channels.reports,
        weeks: 3,
        'pulse-week': pulseWeek,
      })
      .reply();
  const refused = await create(undefined, 4);
  expect([refused.ephemeral, refused.content]).toEqual([
    true,
    'The pulse week (4) is after the program’s last week (3). Pick a week from 1 to 3, or 0 for no pulse survey.',
  ]);
  expect((await create('fr', 5)).content).toBe(
    'La semaine du sondage (5) tombe après la dernière semaine du programme (3). Choisissez une semaine de 1 à 3, ou 0 pour aucun sondage.',
  );
  expect(await world.app.ctx.db.selectFrom('programs').selectAll().execute()).toEqual([]);

  await create(undefined, 0);
  const edit = (pulseWeek: number) =>
    world.sim.slash(world.as(admin), 'program edit', { program: 'Short', 'pulse-week': pulseWeek }).reply();
  expect((await edit(6)).content).toContain('The pulse week (6) is after the program’s last week (3).');
  await edit(3);
  const program = await world.app.ctx.db.selectFrom('programs').select('pulse_week').executeTakeFirstOrThrow();
  expect(program.pulse_week).toBe(3);
});
