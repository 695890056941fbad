import { beforeEach, expect, test } from 'vitest';
import { button, buttons, useWorld, waitFor, type World } from './harness.ts';
import { at, localMinutes, parseIcs, pickButton, proposedTimes, zonedPair } from './meet-world.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const HOUR = 3_600_000;
const reminders = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('Your meeting starts'));

test('a pair in Paris and Montréal agrees on a time in two clicks: .ics with UTC times and a stable UID, one reminder an hour before', async () => {
  const { threadId, pairing } = await zonedPair(world, '2026-06-01T12:00:00Z', { mentor: '18-22' });
  const { sim, users } = world;
  const proposal = await sim.slash(world.as(users.mentee, threadId), 'meet').reply();
  expect(proposal.ephemeral).toBe(false);
  expect(proposal.content).toContain(`<@${users.mentor}>, <@${users.mentee}> proposes these times`);
  expect(proposal.message!.mentions).toEqual([users.mentor]);
  const times = proposedTimes(proposal);
  expect(times).toHaveLength(3);
  const now = Date.parse('2026-06-01T12:00:00Z') / 1000;
  const days = new Set<string>();
  for (const time of times) {
    expect(time).toBeGreaterThan(now);
    expect(time).toBeLessThanOrEqual(now + 7 * 86_400);
    expect(time % 1800).toBe(0);
    // The whole hour falls in the mentor's 18-22 in Paris and the mentee's default 9-21 in Montréal.
    const paris = localMinutes(time, 'Europe/Paris');
    expect(paris).toBeGreaterThanOrEqual(18 * 60);
    expect(paris + 60).toBeLessThanOrEqual(22 * 60);
    const montreal = localMinutes(time, 'America/Montreal');
    expect(montreal).toBeGreaterThanOrEqual(9 * 60);
    expect(montreal + 60).toBeLessThanOrEqual(21 * 60);
    days.add(new Date(time * 1000).toISOString().slice(0, 10));
  }
  expect(days.size).toBe(3);
  expect(buttons(proposal.message!).map((b: any) => b.label)).toEqual(['Time 1', 'Time 2', 'Time 3', 'Withdraw']);

  const picked = await sim.click(users.mentor, proposal.message!, pickButton(proposal.message!, 2)).reply();
  expect(picked.content).toBe(
    `<@${users.mentee}> proposed times to meet; <@${users.mentor}> picked <t:${times[1]}:F>.`,
  );
  expect(picked.components).toEqual([]);
  await waitFor(() => sim.publicMessages(threadId).some((m) => m.content.includes('for one hour')));
  const confirmation = sim.publicMessages(threadId).find((m) => m.content.includes('for one hour'))!;
  expect(confirmation.content).toBe(
    `<@${users.mentee}>, <@${users.mentor}> picked <t:${times[1]}:F> (<t:${times[1]}:R>) for one hour. The attached calendar file adds it to your calendar; a reminder comes here an hour before.`,
  );
  expect(confirmation.mentions).toEqual([users.mentee]);
  const file = confirmation.attachments[0]!;
  expect(file.filename).toBe('meeting.ics');
  const { lines, props } = parseIcs(file.data.toString('utf8'));
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const meeting = await world.app.ctx.db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
  expect(meeting.pairing_id).toBe(pairing.id);
  expect(props.get('UID')).toBe(`meeting-${meeting.id}@mentorship-bot`);
  const icsTime = (s: number) => new Date(s * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
  expect(props.get('DTSTART')).toBe(icsTime(times[1]!));
  expect(props.get('DTEND')).toBe(icsTime(times[1]! + 3600));
  expect(props.get('DTSTAMP')).toBe('20260601T120000Z');
  expect(props.get('SUMMARY')).toBe('Mentorship meeting · Spring Cohort');

  const start = times[1]! * 1000;
  await at(world, start - HOUR - 60_000);
  expect(reminders(threadId)).toHaveLength(0);
  await at(world, start - HOUR);
  await at(world, start - HOUR + 60_000);
  await world.restart();
  await at(world, start - 30 * 60_000);
  const sent = reminders(threadId);
  expect(sent.map((m) => m.content)).toEqual([
    `<@${users.mentor}> <@${users.mentee}> Your meeting starts <t:${times[1]}:R> (<t:${times[1]}:F>).`,
  ]);
});

test('only the partner picks: the proposer and a stranger are refused, a past time is refused, a second pick too', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  const proposal = await sim.slash(world.as(users.mentor, threadId), 'meet').reply();
  const message = proposal.message!;
  const times = proposedTimes(proposal);

  const own = await sim.click(users.mentor, message, pickButton(message, 1)).reply();
  expect(own.ephemeral).toBe(true);
  expect(own.content).toBe('You proposed these times: your partner picks one. You can withdraw them.');
  // Staff can read private threads (Manage Threads), but are not of the pair.
  const stranger = await sim.click(users.staff, message, pickButton(message, 1)).reply();
  expect(stranger.ephemeral).toBe(true);
  expect(stranger.content).toBe('Only the two members of this pair can do that.');
  const notProposer = await sim.click(users.mentee, message, button(message, /Withdraw/).custom_id).reply();
  expect(notProposer.content).toBe(`Only <@${users.mentor}>, who proposed these times, can withdraw them.`);

  world.clock.set(new Date(times[0]! * 1000 + 60_000));
  const past = await sim.click(users.mentee, message, pickButton(message, 1)).reply();
  expect(past.ephemeral).toBe(true);
  expect(past.content).toBe('This time has passed. Use `/meet` for new times.');
  expect(await world.app.ctx.db.selectFrom('meetings').selectAll().execute()).toHaveLength(0);

  const [a, b] = await Promise.all([
    sim.click(users.mentee, message, pickButton(message, 2)).reply(),
    sim.click(users.mentee, message, pickButton(message, 3)).reply(),
  ]);
  const refused = [a, b].filter((r) => r.ephemeral);
  expect(refused.map((r) => r.content)).toEqual(['A time was already picked for these proposals.']);
  const meetings = await world.app.ctx.db.selectFrom('meetings').selectAll().execute();
  expect(meetings).toHaveLength(1);
  expect([times[1], times[2]]).toContain(Date.parse(meetings[0]!.starts_at) / 1000);
  expect(message.components).toEqual([]);
});

test('the proposer withdraws: a pick at the same moment either wins or is refused; an ended pairing’s meeting gets no reminder', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  const first = await sim.slash(world.as(users.mentor, threadId), 'meet').reply();
  const [withdrawn, late] = await Promise.all([
    sim.click(users.mentor, first.message!, button(first.message!, /Withdraw/).custom_id).reply(),
    sim.click(users.mentee, first.message!, pickButton(first.message!, 1)).reply(),
  ]);
  const proposal = await world.app.ctx.db.selectFrom('meeting_proposals').selectAll().executeTakeFirstOrThrow();
  const meetings = await world.app.ctx.db.selectFrom('meetings').selectAll().execute();
  if (proposal.status === 'withdrawn') {
    expect(withdrawn.content).toBe(`<@${users.mentor}> withdrew these proposed times.`);
    expect(late.content).toBe('These times were withdrawn. Use `/meet` for new ones.');
    expect(meetings).toHaveLength(0);
  } else {
    expect(proposal.status).toBe('picked');
    expect(withdrawn.content).toBe('A time was already picked for these proposals.');
    expect(meetings).toHaveLength(1);
  }
  expect(first.message!.components).toEqual([]);

  let time: number;
  if (meetings.length === 1) {
    time = Date.parse(meetings[0]!.starts_at) / 1000;
  } else {
    const second = await sim.slash(world.as(users.mentor, threadId), 'meet').reply();
    time = proposedTimes(second)[0]!;
    await sim.click(users.mentee, second.message!, pickButton(second.message!, 1)).reply();
  }
  await sim.slash(world.as(users.mentee, threadId), 'mentorship end').reply();
  await at(world, time * 1000 - HOUR);
  await at(world, time * 1000 - 10 * 60_000);
  expect(reminders(threadId)).toHaveLength(0);
});

test('one open proposal per pair: a second /meet at once or later is refused; none while a meeting is still to come', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  const db = world.app.ctx.db;
  const both = await Promise.all([
    sim.slash(world.as(users.mentor, threadId), 'meet').reply(),
    sim.slash(world.as(users.mentee, threadId), 'meet').reply(),
  ]);
  const open = 'A proposal of times is already open in this thread: pick from it or withdraw it.';
  expect(both.filter((r) => r.ephemeral).map((r) => r.content)).toEqual([open]);
  const proposal = both.find((r) => !r.ephemeral)!;
  const proposer = proposal === both[0] ? users.mentor : users.mentee;
  const partner = proposer === users.mentor ? users.mentee : users.mentor;
  const again = await sim.slash(world.as(partner, threadId), 'meet').reply();
  expect(again.ephemeral).toBe(true);
  expect(again.content).toBe(open);
  expect(await db.selectFrom('meeting_proposals').selectAll().execute()).toHaveLength(1);

  const time = proposedTimes(proposal)[0]!;
  await sim.click(partner, proposal.message!, pickButton(proposal.message!, 1)).reply();
  const booked = await sim.slash(world.as(proposer, threadId), 'meet').reply();
  expect(booked.ephemeral).toBe(true);
  expect(booked.content).toBe(`You already meet on <t:${time}:F>. Propose new times after that meeting.`);
  expect(await db.selectFrom('meeting_proposals').selectAll().execute()).toHaveLength(1);

  await at(world, time * 1000 + 60_000);
  const next = await sim.slash(world.as(proposer, threadId), 'meet').reply();
  expect(next.ephemeral).toBe(false);
  expect(proposedTimes(next)).toHaveLength(3);
});

test('across the end of summer time in Paris, the same 18:00 there moves from 16:00 to 17:00 UTC', async () => {
  const { threadId } = await zonedPair(world, '2026-10-23T12:00:00Z', { mentor: '18-19' });
  const proposal = await world.sim.slash(world.as(world.users.mentee, threadId), 'meet').reply();
  expect(proposedTimes(proposal).map((s) => new Date(s * 1000).toISOString())).toEqual([
    '2026-10-23T16:00:00.000Z',
    '2026-10-24T16:00:00.000Z',
    '2026-10-25T17:00:00.000Z',
  ]);
});

test('with no common hours in the next 7 days, /meet says so with each member’s hours and stores nothing', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z', { mentor: '9-10', mentee: '9-10' });
  const reply = await world.sim.slash(world.as(world.users.mentor, threadId), 'meet').reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toBe(
    `No common time in the next 7 days: your hours are 9-10 (Europe/Paris) and <@${world.users.mentee}>’s are 9-10 (America/Montreal). Either of you can change them with \`/mentorship settings\`.`,
  );
  expect(await world.app.ctx.db.selectFrom('meeting_proposals').selectAll().execute()).toHaveLength(0);
});

test('forget-me erases the member’s proposed times and meetings: no reminder follows', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  const proposal = await sim.slash(world.as(users.mentor, threadId), 'meet').reply();
  const time = proposedTimes(proposal)[0]!;
  await sim.click(users.mentee, proposal.message!, pickButton(proposal.message!, 1)).reply();
  const db = world.app.ctx.db;
  expect(await db.selectFrom('meetings').selectAll().execute()).toHaveLength(1);
  const ask = await sim.slash(world.as(users.mentee), 'mentorship forget-me').reply();
  await sim.click(users.mentee, ask.message!, buttons(ask.message!)[0].custom_id).reply();
  expect(await db.selectFrom('meetings').selectAll().execute()).toHaveLength(0);
  expect(await db.selectFrom('meeting_proposals').selectAll().execute()).toHaveLength(0);
  await at(world, time * 1000 - HOUR);
  expect(reminders(threadId)).toHaveLength(0);
});
