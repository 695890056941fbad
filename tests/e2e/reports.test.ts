import { beforeEach, expect, test } from 'vitest';
import { buttons, loseAnswers, pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const cards = () =>
  world.sim.publicMessages(world.channels.reports).filter((m) => m.embeds[0]?.title?.startsWith('Report #'));
const dmsTo = (user: string) =>
  [...world.sim.channels.values()]
    .filter((c) => c.type === 1 && c.recipientId === user)
    .flatMap((c) => world.sim.messagesIn(c.id));

test('Report to moderators on a message keeps its link and author, never its text', async () => {
  const { sim, users, channels } = world;
  await pairUp(world);
  const message = sim.postAs(users.outsider, channels.general, 'something nasty that must not be stored');
  const form = sim.messageCommand(world.as(users.mentee), 'Report to moderators', message);
  const ack = await (await sim.submitModal(users.mentee, form, { reason: 'Insulting people in #general' })).reply();
  expect(ack).toMatchObject({
    ephemeral: true,
    content: 'Thank you. Your report is **#1**; only the moderators can see it.',
  });
  const report = await world.app.ctx.db.selectFrom('reports').selectAll().executeTakeFirstOrThrow();
  expect(report).toMatchObject({
    reporter_id: users.mentee,
    reported_id: users.outsider,
    message_link: `https://discord.com/channels/${world.guildId}/${channels.general}/${message.id}`,
    reason: 'Insulting people in #general',
  });
  expect(JSON.stringify(report)).not.toContain('nasty');
  expect(cards()[0]?.embeds[0].fields.find((f: any) => f.name === 'Message').value).toBe(report.message_link);
  // An unclaimed card says nobody has it; other empty fields keep "none".
  const field = (name: string) => cards()[0]?.embeds[0].fields.find((f: any) => f.name === name)?.value;
  expect([field('Claimed by'), field('Pairing')]).toEqual(['nobody', 'none']);
  expect(dmsTo(users.outsider)).toEqual([]);
});

test('pause from a pair thread pauses the pairing at once, and the thread learns only that; resolving with no action resumes it', async () => {
  const { sim, users } = world;
  const { pairing, threadId } = await pairUp(world);
  const ack = await sim
    .slash(world.as(users.mentee, threadId), 'report', { reason: 'They keep asking for my address', pause: true })
    .reply();
  expect(ack.content).toContain('#1');
  const thread = sim.channel(threadId).thread!;
  expect(thread.locked).toBe(true);
  expect(sim.publicMessages(threadId).at(-1)?.content).toBe(
    'This pairing is paused for now. The moderators will be in touch.',
  );
  expect(
    sim
      .publicMessages(threadId)
      .slice(1)
      .some((m) => /report|address/i.test(m.content)),
  ).toBe(false);
  expect(
    await world.app.ctx.db
      .selectFrom('reports')
      .select(['reported_id', 'pairing_id', 'paused_pairing'])
      .executeTakeFirst(),
  ).toEqual({ reported_id: users.mentor, pairing_id: pairing.id, paused_pairing: 1 });

  world.clock.set(new Date(pairing.next_checkin_at as string));
  await world.app.scheduler.tick();
  expect(sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'))).toHaveLength(0);

  await sim
    .slash(world.as(users.moderator), 'reports resolve', {
      id: 1,
      outcome: 'no-action',
      note: 'Misunderstanding, talked to both',
    })
    .reply();
  expect(thread.locked).toBe(false);
  expect(sim.publicMessages(threadId).at(-1)?.content).toBe('This pairing is active again. Welcome back, both of you.');
  expect((await world.app.ctx.db.selectFrom('pairings').select('status').executeTakeFirstOrThrow()).status).toBe(
    'active',
  );
  expect(dmsTo(users.mentee).map((m) => m.content)).toEqual([
    `Your report #1 (Spring Cohort) was reviewed by the moderators: No action. Thank you for speaking up.`,
  ]);
  expect(dmsTo(users.mentor)).toEqual([]);
});

test('pause outside the reporter’s own pair thread is refused and nothing is saved', async () => {
  await pairUp(world);
  const reply = await world.sim.slash(world.as(world.users.mentee), 'report', { reason: 'x', pause: true }).reply();
  expect(reply.content).toBe('`pause` works inside your own active mentorship thread.');
  expect(await world.app.ctx.db.selectFrom('reports').selectAll().execute()).toEqual([]);
});

test('member-removed ends the pairing, removes the member from the program and blocks the pair', async () => {
  const { sim, users } = world;
  const { name, threadId } = await pairUp(world);
  await sim.slash(world.as(users.mentee, threadId), 'report', { reason: 'Harassment', member: users.mentor }).reply();
  const card = cards()[0]!;
  const chooser = await sim
    .click(users.moderator, card, buttons(card).find((b: any) => b.label === 'Resolve').custom_id)
    .reply();
  const done = await sim.select(users.moderator, chooser.message!, 'reportoutcome:1', ['member-removed']).reply();
  expect(done.content).toBe('Report #1 is resolved: Member removed.');
  const db = world.app.ctx.db;
  expect(
    await db.selectFrom('signups').select(['user_id', 'status']).where('user_id', '=', users.mentor).execute(),
  ).toEqual([{ user_id: users.mentor, status: 'removed' }]);
  expect(await db.selectFrom('blocks').select(['blocker_id', 'blocked_id']).execute()).toEqual([
    { blocker_id: users.mentee, blocked_id: users.mentor },
  ]);
  expect((await db.selectFrom('pairings').select('status').executeTakeFirstOrThrow()).status).toBe('ended');
  expect(card.embeds[0].fields.find((f: any) => f.name === 'Outcome').value).toBe('Member removed');
  expect(buttons(card).map((b: any) => [b.label, b.disabled])).toEqual([
    ['Claim', true],
    ['Resolve', true],
    ['Dismiss', true],
  ]);
  const rejoin = await sim
    .slash(world.as(users.mentor), 'mentorship join', { program: name, role: 'mentor', adult: true })
    .reply();
  expect(rejoin.content).toContain('You were removed from');
});

test('a reporter with closed DMs finds the outcome in /mentorship profile, once', async () => {
  const { sim, users } = world;
  await pairUp(world);
  sim.users.get(users.mentee)!.acceptsDms = false;
  world.expectRefused({ status: 403, code: 50007 }, 'the outcome DM to the reporter with closed DMs');
  await sim.slash(world.as(users.mentee), 'report', { reason: 'Spam' }).reply();
  await sim.slash(world.as(users.moderator), 'reports resolve', { id: 1, outcome: 'warned' }).reply();
  const profile = await sim.slash(world.as(users.mentee), 'mentorship profile').reply();
  expect(profile.content).toContain('**Your reports**\nReport #1: Member warned');
  const again = await sim.slash(world.as(users.mentee), 'mentorship profile').reply();
  expect(again.content).toContain('**Your mentorship**\n**Spring Cohort** · mentee · paired');
  expect(again.content).not.toContain('Your reports');
});

test('a report nobody claims for 24 hours is announced again, once', async () => {
  await pairUp(world);
  await world.sim.slash(world.as(world.users.mentee), 'report', { reason: 'Help' }).reply();
  const start = world.clock.now().getTime();
  for (const hours of [23, 24, 30]) {
    world.clock.set(new Date(start + hours * 3_600_000));
    await world.app.scheduler.tick();
  }
  const again = world.sim.publicMessages(world.channels.reports).filter((m) => m.content.includes('waited 24 hours'));
  expect(again.map((m) => m.content)).toEqual([
    'Report #1 has waited 24 hours without a moderator. Could someone take it?',
  ]);
});

test('a card whose answer was lost is adopted by the restart an hour later, past the nonce window: posted once', async () => {
  await pairUp(world);
  const heal = loseAnswers(world, (method, route) => method === 'POST' && route === '/channels/{channel_id}/messages');
  const ack = await world.sim.slash(world.as(world.users.mentee), 'report', { reason: 'Scam links' }).reply();
  heal();
  expect(ack.content).toContain('#1');
  expect(cards()).toHaveLength(1); // Discord made the card, the bot never heard back
  expect(
    (await world.app.ctx.db.selectFrom('reports').select('queue_message_id').executeTakeFirstOrThrow())
      .queue_message_id,
  ).toBeNull();
  world.clock.advance(3_600_000);
  await world.restart();
  expect(cards()).toHaveLength(1);
  expect(
    (await world.app.ctx.db.selectFrom('reports').select('queue_message_id').executeTakeFirstOrThrow())
      .queue_message_id,
  ).toBe(cards()[0]?.id);
});

test('a broken report channel keeps the report, lists it, and warns the next admin command', async () => {
  const { sim, users, channels } = world;
  await pairUp(world);
  sim.deleteChannel(channels.reports);
  world.expectRefused(
    { status: 404, code: 10003, method: 'POST', path: `/channels/${channels.reports}/messages` },
    'the card for the deleted report channel',
  );
  const ack = await sim.slash(world.as(users.mentee), 'report', { reason: 'Threats' }).reply();
  expect(ack.content).toContain('#1');
  expect((await sim.slash(world.as(users.moderator), 'reports list').reply()).content).toContain('**#1** · Open');
  const handle = sim.slash(world.as(users.admin), 'program list');
  await handle.reply();
  await waitFor(() => handle.interaction.followUps.length > 0);
  expect(handle.interaction.followUps[0]?.content).toBe(
    `⚠️ I could not post report #1 to <#${channels.reports}>: check that the channel exists and that I can post there. \`/reports list\` shows it meanwhile.`,
  );
  expect(handle.interaction.followUps[0]?.flags).toBe(64);
});

test('members who are not moderators cannot view, claim, resolve or dismiss, by command or button', async () => {
  const { sim, users } = world;
  const { threadId } = await pairUp(world);
  await sim.slash(world.as(users.mentee, threadId), 'report', { reason: 'Rude' }).reply();
  const card = cards()[0]!;
  for (const [path, options] of [
    ['reports view', { id: 1 }],
    ['reports claim', { id: 1 }],
    ['reports resolve', { id: 1, outcome: 'warned' }],
  ] as const) {
    expect((await sim.slash(world.as(users.mentor), path, options).reply()).content).toBe(
      'Only the moderators of this program can do this.',
    );
  }
  for (const label of ['Claim', 'Resolve', 'Dismiss']) {
    expect(
      (await sim.click(users.mentor, card, buttons(card).find((b: any) => b.label === label).custom_id).reply())
        .content,
    ).toBe('Only the moderators of this program can do this.');
  }
  expect((await world.app.ctx.db.selectFrom('reports').select('status').executeTakeFirstOrThrow()).status).toBe('open');
});

test('/reports view shows the pairing, earlier reports about the member and the audit trail; the list pages', async () => {
  const { sim, users } = world;
  const { pairing, threadId } = await pairUp(world);
  await sim
    .slash(world.as(users.mentee, threadId), 'report', { reason: 'First **issue**', member: users.mentor })
    .reply();
  await sim.slash(world.as(users.moderator), 'reports claim', { id: 1 }).reply();
  await sim
    .slash(world.as(users.moderator), 'reports resolve', { id: 1, outcome: 'warned', note: 'Spoke to them' })
    .reply();
  const reportMentor = async (i: number) => {
    const reporter = sim.addUser(`r${i}`);
    sim.addMember(world.guildId, reporter);
    await sim.slash(world.as(reporter), 'report', { reason: `Report ${i}`, member: users.mentor }).reply();
  };
  await reportMentor(0);
  const view = await sim.slash(world.as(users.moderator), 'reports view', { id: 2 }).reply();
  expect(view.content).toContain('**Earlier reports about this member**\n#1 · Resolved · Member warned');
  for (let i = 1; i < 11; i += 1) await reportMentor(i);
  const first = await sim.slash(world.as(users.moderator), 'reports view', { id: 1 }).reply();
  expect(first.content).toContain(
    `Pairing #${pairing.id}: <@${users.mentor}> and <@${users.mentee}> (active) · <#${threadId}>`,
  );
  expect(first.content).toContain('Reason: First \\*\\*issue\\*\\*');
  expect(first.content).toContain('Moderator note: Spoke to them');
  expect(first.content).toMatch(
    /\*\*Audit trail\*\*\n<t:\d+:R> <@\d+> report\.claim\n<t:\d+:R> <@\d+> report\.resolved/,
  );

  const page1 = await sim.slash(world.as(users.moderator), 'reports list').reply();
  expect(page1.content.split('\n')).toHaveLength(11);
  expect(page1.content).toContain('(1/2)');
  const page2 = await sim
    .click(users.moderator, page1.message!, buttons(page1.message!).find((b: any) => b.label === 'Next').custom_id)
    .reply();
  expect(page2.content).toContain('**#1** · Resolved');
});
