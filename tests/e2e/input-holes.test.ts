import { beforeEach, describe, expect, test } from 'vitest';
import { pairUp, useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const reports = () => world.app.ctx.db.selectFrom('reports').selectAll().execute();
const REASON = 'They insulted people here';
const GONE = 'I cannot find that message in this channel; it may have been deleted. Nothing was reported.';

describe('the message menu re-reads the reported message from Discord', () => {
  test('a forged form naming a message that does not exist is refused and stores nothing', async () => {
    const { sim, users, channels } = world;
    await pairUp(world);
    // The bot re-reads the message from Discord; Discord's Unknown Message is how it learns there is none.
    world.expectRefused({
      status: 404,
      code: 10008,
      method: 'GET',
      path: `/channels/${channels.general}/messages/1234567890123456789`,
    });
    const reply = await sim
      .forgeModal(world.as(users.mentee), `reportmsg:${channels.general}:1234567890123456789`, { reason: REASON })
      .reply();
    expect(reply).toMatchObject({ ephemeral: true, content: GONE });
    expect(await reports()).toEqual([]);
  });

  test('a forged form naming a message of another channel or server, or no message id at all, is refused', async () => {
    const { sim, users, channels } = world;
    const { threadId } = await pairUp(world);
    const inThread = sim.postAs(users.mentor, threadId, 'private talk');
    const otherGuild = sim.createGuild('Elsewhere');
    const elsewhere = sim.createChannel(otherGuild.id, 'general');
    const farAway = sim.postAs(otherGuild.ownerId, elsewhere, 'hello');
    const forged = [`reportmsg:${threadId}:${inThread.id}`, `reportmsg:${elsewhere}:${farAway.id}`];
    for (const customId of forged) {
      const reply = await sim.forgeModal(world.as(users.outsider), customId, { reason: REASON }).reply();
      expect([customId, reply.ephemeral, reply.content]).toEqual([customId, true, GONE]);
    }
    // An id that is no message id at all is not even read: a stale form.
    const junk = await sim
      .forgeModal(world.as(users.outsider), `reportmsg:${channels.general}:..%2F..%2Fusers%2F%40me`, { reason: REASON })
      .reply();
    expect(junk).toMatchObject({ ephemeral: true, content: 'This button is no longer valid.' });
    expect(await reports()).toEqual([]);
    expect(sim.requests.filter((r) => r.method === 'GET' && r.path.includes('/messages/'))).toEqual([]);
  });

  test('the author named in a forged form is ignored: the report names the message’s real author', async () => {
    const { sim, users, channels } = world;
    await pairUp(world);
    const message = sim.postAs(users.outsider, channels.general, 'rude words');
    const named = await sim
      .forgeModal(world.as(users.mentee), `reportmsg:${channels.general}:${message.id}:${users.mentor}`, {
        reason: REASON,
      })
      .reply();
    expect(named.content).toBe('This button is no longer valid.');
    const reply = await sim
      .forgeModal(world.as(users.mentee), `reportmsg:${channels.general}:${message.id}`, { reason: REASON })
      .reply();
    expect(reply.content).toContain('Your report is **#1**');
    const [report] = await reports();
    expect(report).toMatchObject({
      reporter_id: users.mentee,
      reported_id: users.outsider,
      message_link: `https://discord.com/channels/${world.guildId}/${channels.general}/${message.id}`,
    });
    expect(
      sim.requests.some(
        (r) => r.method === 'GET' && r.path.endsWith(`/channels/${channels.general}/messages/${message.id}`),
      ),
    ).toBe(true);
  });
});

describe('reports nobody could act on are refused', () => {
  test('/report about oneself or about the bot is refused, ephemerally, with nothing stored', async () => {
    const { sim, users } = world;
    await pairUp(world);
    const self = await sim.slash(world.as(users.mentee), 'report', { reason: REASON, member: users.mentee }).reply();
    expect(self).toMatchObject({
      ephemeral: true,
      content: 'You cannot report yourself. Leave `member` out, or name the member concerned.',
    });
    const bot = await sim.slash(world.as(users.mentee), 'report', { reason: REASON, member: sim.botUser.id }).reply();
    expect(bot).toMatchObject({
      ephemeral: true,
      content: 'Bots cannot be reported, me included. Leave `member` out, or name the member concerned.',
    });
    const french = await sim
      .slash(world.as(users.mentee, undefined, 'fr'), 'report', { reason: REASON, member: users.mentee })
      .reply();
    expect(french.content).toBe(
      'Vous ne pouvez pas vous signaler vous-même. Laissez `membre` vide, ou indiquez le membre concerné.',
    );
    expect(await reports()).toEqual([]);
  });

  test('the message menu on one’s own message is refused before the form opens, and so is a forged form for it', async () => {
    const { sim, users, channels } = world;
    await pairUp(world);
    const own = sim.postAs(users.mentee, channels.general, 'my own words');
    const menu = await sim.messageCommand(world.as(users.mentee), 'Report to moderators', own).reply();
    expect(menu).toMatchObject({
      ephemeral: true,
      content: 'You cannot report your own message. To tell the moderators about something else, use `/report`.',
    });
    const forged = await sim
      .forgeModal(world.as(users.mentee), `reportmsg:${channels.general}:${own.id}`, { reason: REASON })
      .reply();
    expect(forged).toMatchObject({ ephemeral: true, content: menu.content });
    expect(await reports()).toEqual([]);
  });

  test('the message menu on the bot’s own message is refused, and so is a forged form for it', async () => {
    const { sim, users, channels } = world;
    await pairUp(world);
    const panel = sim.publicMessages(channels.pairs)[0]!;
    expect(panel.authorId).toBe(sim.botUser.id);
    const menu = await sim
      .messageCommand(world.as(users.mentee, channels.pairs), 'Report to moderators', panel)
      .reply();
    expect(menu).toMatchObject({
      ephemeral: true,
      content:
        'Messages from bots, mine included, cannot be reported. To tell the moderators about something else, use `/report`.',
    });
    const forged = await sim
      .forgeModal(world.as(users.mentee, channels.pairs), `reportmsg:${channels.pairs}:${panel.id}`, { reason: REASON })
      .reply();
    expect(forged.content).toBe(menu.content);
    expect(await reports()).toEqual([]);
  });
});

describe('free text is cleaned of invisible characters, and text that shows nothing is refused', () => {
  const INVISIBLE = 'Some of what you typed is made only of invisible characters. Write it out in plain text.';

  test('a report reason of zero-width characters is refused, from /report and from the message form', async () => {
    const { sim, users, channels } = world;
    await pairUp(world);
    const slash = await sim
      .slash(world.as(users.mentee), 'report', { reason: '\u200B\u200C\u200D\u2060\uFEFF' })
      .reply();
    expect(slash).toMatchObject({ ephemeral: true, content: INVISIBLE });
    const message = sim.postAs(users.outsider, channels.general, 'rude words');
    const form = sim.messageCommand(world.as(users.mentee), 'Report to moderators', message);
    const submitted = await (await sim.submitModal(users.mentee, form, { reason: '\u200B\u00AD\u202E' })).reply();
    expect(submitted).toMatchObject({ ephemeral: true, content: INVISIBLE });
    expect(await reports()).toEqual([]);

    await sim.slash(world.as(users.mentee), 'report', { reason: '\u202EThey\u200B said\u0000 it ' }).reply();
    expect((await reports())[0]?.reason).toBe('They said it');
  });

  test('topics made only of invisible characters are refused; mixed topics are stored clean', async () => {
    const { sim, users, channels } = world;
    const db = world.app.ctx.db;
    await sim
      .slash(world.as(users.admin), 'program create', {
        name: 'Guild',
        template: 'skills',
        channel: channels.pairs,
        'report-channel': channels.reports,
      })
      .reply();
    await sim.slash(world.as(users.admin), 'program open', { program: 'Guild' }).reply();
    for (const topics of ['\u200B', '\u2060\u200D, \u3164', 'career, \uFEFF']) {
      const reply = await sim
        .slash(world.as(users.mentee), 'mentorship join', { program: 'Guild', role: 'mentee', adult: true, topics })
        .reply();
      expect([topics, reply.ephemeral, reply.content]).toEqual([topics, true, INVISIBLE]);
    }
    expect(await db.selectFrom('signups').selectAll().execute()).toEqual([]);

    await sim
      .slash(world.as(users.mentee), 'mentorship join', {
        program: 'Guild',
        role: 'mentee',
        adult: true,
        topics: 'Type\u200BScript, \u202ERust\u202C ,typescript,  Career\u00AD Growth',
        goals: '\u200BLearn\u2066 Rust\u2069',
      })
      .reply();
    const signup = await db.selectFrom('signups').select(['topics', 'goals']).executeTakeFirstOrThrow();
    expect(JSON.parse(signup.topics)).toEqual(['typescript', 'rust', 'career growth']);
    expect(signup.goals).toBe('Learn Rust');
  });

  test('goal text and program names that show nothing are refused; real ones are stored clean', async () => {
    const { sim, users, channels } = world;
    const db = world.app.ctx.db;
    const { threadId } = await pairUp(world);
    const blankGoal = await sim.slash(world.as(users.mentee, threadId), 'goal add', { text: '\u200B \u200D' }).reply();
    expect(blankGoal).toMatchObject({ ephemeral: true, content: INVISIBLE });
    await sim.slash(world.as(users.mentee, threadId), 'goal add', { text: 'Ship\u00AD the\u200B demo' }).reply();
    expect(await db.selectFrom('goals').select('text').execute()).toEqual([{ text: 'Ship the demo' }]);

    const blankName = await sim
      .slash(world.as(users.admin), 'program create', {
        name: '\u3164\u200B',
        template: 'skills',
        channel: channels.pairs,
        'report-channel': channels.reports,
      })
      .reply();
    expect(blankName).toMatchObject({ ephemeral: true, content: INVISIBLE });
    await sim
      .slash(world.as(users.admin), 'program create', {
        name: 'Autumn\u200B Cohort',
        template: 'skills',
        channel: channels.pairs,
        'report-channel': channels.reports,
      })
      .reply();
    expect(await db.selectFrom('programs').select('name').where('name', 'like', 'Autumn%').execute()).toEqual([
      { name: 'Autumn Cohort' },
    ]);
  });

  test('NUL characters, which PostgreSQL refuses in text, are stripped from every kind of text before storing', async () => {
    const { sim, users, channels } = world;
    const db = world.app.ctx.db;
    await sim
      .slash(world.as(users.admin), 'program create', {
        name: 'Nul\u0000 Cohort',
        template: 'skills',
        channel: channels.pairs,
        'report-channel': channels.reports,
      })
      .reply();
    await sim.slash(world.as(users.admin), 'program open', { program: 'Nul Cohort' }).reply();
    const joined = await sim
      .slash(world.as(users.mentee), 'mentorship join', {
        program: 'Nul\u0000 Cohort',
        role: 'mentee',
        adult: true,
        topics: 'rust\u0000, go',
        goals: 'Learn\u0000 to ship',
      })
      .reply();
    expect(joined.content).toContain('signed up');
    const { threadId } = await pairUp(world);
    await sim.slash(world.as(users.mentee, threadId), 'goal add', { text: 'Ship\u0000 it' }).reply();
    const report = await sim
      .slash(world.as(users.mentee, threadId), 'report', { member: users.mentor, reason: 'Rude\u0000 words here' })
      .reply();
    expect(report.ephemeral).toBe(true);
    const texts = [
      ...(await db.selectFrom('programs').select('name as text').execute()),
      ...(await db.selectFrom('signups').select('topics as text').execute()),
      ...(await db.selectFrom('signups').select('goals as text').execute()),
      ...(await db.selectFrom('goals').select('text').execute()),
      ...(await db.selectFrom('reports').select('reason as text').execute()),
    ].map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['Nul Cohort', 'Ship it', 'Rude words here']));
    expect(texts.filter((t) => t.includes('\u0000'))).toEqual([]);
  });
});

test('/program info shows that sign-ups are closed after /program close', async () => {
  const { sim, users } = world;
  const admin = world.as(users.admin);
  const { name } = await pairUp(world);
  await sim
    .slash(admin, 'program create', {
      name: 'Waiting Room',
      template: 'skills',
      channel: world.channels.pairs,
      'report-channel': world.channels.reports,
    })
    .reply();
  await sim.slash(admin, 'program open', { program: 'Waiting Room' }).reply();
  const signups = (embed: any) => embed.fields.find((f: any) => f.name === 'Sign-ups').value;

  const before = (await sim.slash(admin, 'program info', { program: 'Waiting Room' }).reply()).embeds[0];
  expect([before.title, signups(before)]).toEqual(['Waiting Room · Skill development · open', 'open']);
  await sim.slash(admin, 'program close', { program: 'Waiting Room' }).reply();
  const after = (await sim.slash(admin, 'program info', { program: 'Waiting Room' }).reply()).embeds[0];
  expect([after.title, signups(after)]).toEqual(['Waiting Room · Skill development · sign-ups closed', 'closed']);

  await sim.slash(admin, 'program close', { program: name }).reply();
  const running = (await sim.slash(admin, 'program info', { program: name }).reply()).embeds[0];
  expect([running.title, signups(running)]).toEqual([`${name} · Career advancement · running`, 'closed']);
});
