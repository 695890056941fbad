import { beforeEach, expect, test } from 'vitest';
import { button, buttons, pairUp, useWorld, type World } from './harness.ts';
import { fileNamed, records } from './export-csv.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const admin = () => world.as(world.users.admin);

test('/program export sends the admin, privately, CSV files of pairs, sign-ups, check-ins and reports', async () => {
  const { sim, users, clock, app } = world;
  const { name, pairing, threadId } = await pairUp(world);
  sim.setNickname(world.guildId, users.mentor, 'Zoé "la" Mentor, PhD');
  sim.setNickname(world.guildId, users.mentee, '@SUM(A1:A9)');
  const topics = '=HYPERLINK("http://evil"), Café crème, -1';
  await sim
    .slash(world.as(users.mentee2), 'mentorship join', { program: name, role: 'mentee', adult: true, topics })
    .reply();
  clock.set(new Date(pairing.next_checkin_at as string));
  await app.scheduler.tick();
  const note = 'secret note about my struggles';
  await sim.slash(world.as(users.mentee, threadId), 'checkin status', { status: 'need-help', note }).reply();
  await sim
    .slash(world.as(users.mentee, threadId), 'report', { reason: 'They keep asking for my address', pause: true })
    .reply();

  const reply = await sim.slash(admin(), 'program export', { program: name }).reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toContain(`Data of **${name}**`);
  const files = reply.message!.attachments;
  expect(files.map((f) => f.filename)).toEqual(['pairs.csv', 'signups.csv', 'checkins.csv', 'reports.csv']);
  for (const file of files) {
    const text = file!.data.toString('utf8');
    expect(text).not.toContain(note);
    expect(text).not.toContain('address');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  }

  const [pair, ...otherPairs] = records(fileNamed(files, 'pairs.csv'));
  expect(otherPairs).toEqual([]);
  expect(pair).toMatchObject({
    pairing_id: String(pairing.id),
    group: '',
    mentor_id: users.mentor,
    mentor_name: 'Zoé "la" Mentor, PhD',
    mentee_id: users.mentee,
    mentee_name: "'@SUM(A1:A9)",
    status: 'paused',
    weeks_done: '1',
    checkin_answer_rate: '0.50',
    pulse_scores: '',
    end_rating: '',
    ended_by: '',
  });
  expect(pair!.last_answer_at).toBe(clock.now().toISOString());

  const signups = records(fileNamed(files, 'signups.csv'));
  expect(signups.map((s) => [s.user_id, s.role, s.status])).toEqual([
    [users.mentor, 'mentor', 'paired'],
    [users.mentee, 'mentee', 'paired'],
    [users.mentee2, 'mentee', 'waiting'],
  ]);
  const waiting = signups[2]!;
  expect(waiting.topics).toBe(`'=hyperlink("http://evil"); café crème; -1`);
  expect(waiting.waiting_since).not.toBe('');
  expect(signups[0]!.availability).toBe('open');
  expect(signups[1]!.availability).toBe('');

  expect(records(fileNamed(files, 'checkins.csv'))).toEqual([
    { week: '1', asked: '2', answered: '1', on_track: '0', need_help: '1', stuck: '0' },
  ]);
  expect(records(fileNamed(files, 'reports.csv'))).toEqual([{ status: 'open', outcome: '', count: '1' }]);
});

test('an ended pairing shows who ended it, why, and the end ratings; `what` picks one file', async () => {
  const { sim, users } = world;
  const { name, pairing, threadId } = await pairUp(world);
  const feedback = 'words only for the program team';
  await sim.slash(world.as(users.mentor, threadId), 'mentorship end', { rating: 4, feedback }).reply();
  const ended = await world.app.ctx.db
    .selectFrom('pairings')
    .select(['status', 'ended_by', 'end_reason'])
    .where('id', '=', pairing.id)
    .executeTakeFirstOrThrow();
  expect(ended.status).toBe('ended');

  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  const files = reply.message!.attachments;
  expect(files.map((f) => f.filename)).toEqual(['pairs.csv']);
  const [pair] = records(files[0]);
  expect(pair).toMatchObject({
    status: 'ended',
    ended_by: users.mentor,
    end_reason: ended.end_reason,
    end_rating: '4',
  });
  expect(files[0]!.data.toString('utf8')).not.toContain(feedback);
  expect(pair!.ended_at).not.toBe('');
});

test('only admins may export, and the refusal is private', async () => {
  const { name } = await pairUp(world);
  const reply = await world.sim.slash(world.as(world.users.mentor), 'program export', { program: name }).reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.message?.attachments ?? []).toEqual([]);
  expect(reply.content).toMatch(/Manage Server/);
  const unknown = await world.sim.slash(admin(), 'program export', { program: 'Nope' }).reply();
  expect(unknown.ephemeral).toBe(true);
  expect(unknown.message?.attachments ?? []).toEqual([]);
});

test('French admins get French, and French text round-trips through the files', async () => {
  const { sim, users, channels } = world;
  const { name } = await pairUp(world);
  sim.setNickname(world.guildId, users.mentee, 'Hélène Çédille');
  const reply = await sim
    .slash(world.as(users.admin, channels.general, 'fr'), 'program export', { program: name, what: 'signups' })
    .reply();
  expect(reply.content).toContain(`Données de **${name}**`);
  const signups = records(reply.message!.attachments[0]);
  expect(signups.find((s) => s.user_id === users.mentee)!.name).toBe('Hélène Çédille');
});

test('pairs.csv carries the pair’s pulse scores, lowest first, without saying who gave which', async () => {
  const { sim, users, clock, app } = world;
  const { name, pairing, threadId } = await pairUp(world, { 'pulse-week': 1 });
  clock.set(new Date(pairing.next_checkin_at as string));
  await app.scheduler.tick();
  await app.ctx.outbox.drain();
  const prompt = sim.publicMessages(threadId).find((m) => m.content.includes('check-in ·'))!;
  for (const [user, score] of [
    [users.mentor, '4'],
    [users.mentee, '2'],
  ] as const) {
    const opened = sim.click(user, prompt, button(prompt, /How is this going/).custom_id);
    await (await sim.submitModal(user, opened, { score })).reply();
  }
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  const [pair] = records(fileNamed(reply.message!.attachments, 'pairs.csv'));
  expect(pair?.pulse_scores).toBe('2;4');
});

async function forgetMe(user: string) {
  const ask = await world.sim.slash(world.as(user), 'mentorship forget-me').reply();
  await world.sim.click(user, ask.message!, buttons(ask.message!)[0]!.custom_id).reply();
}

test('a member who used forget-me is neither named nor identified in pairs.csv, not even as who ended it', async () => {
  const { sim, users } = world;
  const { name, pairing } = await pairUp(world);
  sim.setNickname(world.guildId, users.mentee, 'Forgotten Fiona');
  await forgetMe(users.mentee);
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  const file = fileNamed(reply.message!.attachments, 'pairs.csv');
  expect(file!.data.toString('utf8')).not.toContain(users.mentee);
  expect(file!.data.toString('utf8')).not.toContain('Forgotten Fiona');
  const [row] = records(file);
  expect(row).toMatchObject({ status: 'ended', mentor_id: users.mentor, end_reason: 'member-left' });
  expect(row!.ended_by).toBe(`forgotten-ended_by-${pairing.id}`);
  expect(row!.mentee_id).toBe(`forgotten-mentee_id-${pairing.id}`);
});

test('a forgotten member kept by id in a reported pairing is not looked up by name', async () => {
  const { sim, users } = world;
  const { name, threadId } = await pairUp(world);
  sim.setNickname(world.guildId, users.mentee, 'Forgotten Fiona');
  sim.setNickname(world.guildId, users.mentor, 'Marta Mentor');
  await sim.slash(world.as(users.mentee, threadId), 'report', { reason: 'They keep asking for my address' }).reply();
  await forgetMe(users.mentee);
  const reply = await sim.slash(admin(), 'program export', { program: name, what: 'pairs' }).reply();
  const file = fileNamed(reply.message!.attachments, 'pairs.csv');
  expect(file!.data.toString('utf8')).not.toContain('Forgotten Fiona');
  const [row] = records(file);
  expect(row).toMatchObject({ mentee_id: users.mentee, mentee_name: users.mentee, mentor_name: 'Marta Mentor' });
});
