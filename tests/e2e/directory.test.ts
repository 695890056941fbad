import { beforeEach, expect, test } from 'vitest';
import { button, buttons, useWorld, waitFor, type World } from './harness.ts';
import { dmsTo, joined, requestMentor, requestProgram, requestRows } from './request-helpers.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const mentorLines = (content: string) => content.split('\n').filter((line) => /^\*\*\d+\.\*\* <@/.test(line));

test('the directory pages through mentors with room, with topics, experience and time zone, and pages only for that mentee', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentors: string[] = [];
  for (let i = 1; i <= 6; i++)
    mentors.push(
      await joined(world, `mentor${i}`, 'Guild', 'mentor', {
        topics: i === 1 ? 'Écriture, rust' : 'design',
        goals: i === 1 ? 'Ten years of *technical* writing' : '',
        ...(i === 1 ? { timezone: 'Asia/Kolkata' } : {}),
      }),
    );
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  const first = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  expect(first.ephemeral).toBe(true);
  expect(first.content.split('\n')[0]).toBe('Mentors of **Guild** who have room: 6');
  expect(mentorLines(first.content)[0]).toBe(`**1.** <@${mentors[0]}> · écriture, rust · UTC+05:30`);
  expect(first.content).toContain('> Ten years of \\*technical\\* writing');
  expect(mentorLines(first.content)[1]).toBe(`**2.** <@${mentors[1]}> · design · time zone not set`);
  expect(first.content).toContain('Page 1 of 2');
  expect(buttons(first.message!).map((b: any) => b.label)).toEqual([
    'Request 1',
    'Request 2',
    'Request 3',
    'Request 4',
    'Request 5',
    'Previous',
    'Next',
  ]);
  const second = await sim.click(mentee, first.message!, button(first.message!, /Next/).custom_id).reply();
  expect(mentorLines(second.content)).toEqual([`**1.** <@${mentors[5]}> · design · time zone not set`]);
  expect(second.content).toContain('Page 2 of 2');

  // Topic filter without case or accents, and its autocomplete from the mentors' topics.
  const filtered = await sim
    .slash(world.as(mentee), 'mentorship mentors', { program: 'Guild', topic: 'ECRIT' })
    .reply();
  expect(filtered.content.split('\n')[0]).toBe('Mentors of **Guild** for “ECRIT” who have room: 1');
  expect(mentorLines(filtered.content)).toHaveLength(1);
  const suggestions = await sim
    .autocomplete(world.as(mentee), 'mentorship mentors', { program: 'Guild', topic: 'des' }, 'topic')
    .reply();
  expect(suggestions.data.choices).toEqual([{ name: 'design', value: 'design' }]);

  // A mentor cannot browse, nor anyone not waiting as a mentee.
  const refused = await sim.slash(world.as(mentors[0]!), 'mentorship mentors', { program: 'Guild' }).reply();
  expect(refused.content).toBe('Only mentees of **Guild** who are waiting for a mentor can do this.');
});

test('matching modes: admin refuses the directory, request refuses /match suggest, /match pair still works', async () => {
  const { sim, users } = world;
  await requestProgram(world, 'Admins', { matching: 'admin' });
  await joined(world, 'm0', 'Admins', 'mentor');
  const e0 = await joined(world, 'e0', 'Admins', 'mentee');
  const off = await sim.slash(world.as(e0), 'mentorship mentors', { program: 'Admins' }).reply();
  expect(off.content).toContain('Members cannot ask mentors in **Admins**: its matching mode is `admin`');

  await requestProgram(world, 'Guild', { 'request-days': 5 });
  const info = await sim.slash(world.as(users.admin), 'program info', { program: 'Guild' }).reply();
  expect(info.embeds[0].fields).toContainEqual({
    name: 'Matching',
    value: 'mentees ask mentors; requests answered within 5 days',
    inline: true,
  });
  const mentor = await joined(world, 'm1', 'Guild', 'mentor');
  const mentee = await joined(world, 'e1', 'Guild', 'mentee');
  const suggest = await sim.slash(world.as(users.admin), 'match suggest', { program: 'Guild' }).reply();
  expect(suggest.content).toContain('`/match suggest` is off. You can still pair two members with `/match pair`');
  await requestMentor(world, mentee, 'Guild', mentor);
  const paired = await sim.slash(world.as(users.admin), 'match pair', { program: 'Guild', mentor, mentee }).reply();
  expect(paired.content).toContain('Paired');
  // Paired by an admin: the mentee's open request is withdrawn, and the mentor told.
  expect((await requestRows(world))[0]).toMatchObject({ status: 'withdrawn', close_reason: 'paired' });
  await waitFor(() => dmsTo(world, mentor).length === 2);

  const edited = await sim
    .slash(world.as(users.admin), 'program edit', { program: 'Guild', matching: 'both', 'request-days': 20 })
    .reply();
  expect(edited.content).toBe('Request days must be a whole number from 1 to 14.');
});

test('full and away mentors are hidden and their requests declined neutrally; away with a date comes back on its own', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const busy = await joined(world, 'busy', 'Guild', 'mentor', { timezone: 'Europe/Paris' });
  const other = await joined(world, 'other', 'Guild', 'mentor');
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  await requestMentor(world, mentee, 'Guild', busy);

  const away = await sim
    .slash(world.as(busy), 'mentorship availability', { program: 'Guild', status: 'away', until: '2026-03-10' })
    .reply();
  expect(away.content).toContain('You are away in **Guild** until <t:');
  const row = await world.app.ctx.db
    .selectFrom('signups')
    .selectAll()
    .where('user_id', '=', busy)
    .executeTakeFirstOrThrow();
  // Midnight in Paris (UTC+1 in March) is 23:00 UTC the day before.
  expect(row.away_until).toBe('2026-03-09T23:00:00.000Z');
  expect((await requestRows(world))[0]).toMatchObject({ status: 'declined', close_reason: 'away' });
  await waitFor(() => dmsTo(world, mentee).length === 1);
  expect(dmsTo(world, mentee)[0]!.content).toContain('they are not available this time');

  const hidden = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  expect(mentorLines(hidden.content).map((l) => l.includes(`<@${other}>`))).toEqual([true]);
  const direct = await requestMentor(world, mentee, 'Guild', other);
  expect(direct.content).toContain('Your request went to');

  world.clock.set(new Date('2026-03-09T23:00:00Z'));
  const back = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  expect(mentorLines(back.content).some((l) => l.includes(`<@${busy}>`))).toBe(true);

  const full = await sim
    .slash(world.as(other), 'mentorship availability', { program: 'Guild', status: 'full' })
    .reply();
  expect(full.content).toContain('You are marked full in **Guild**');
  expect((await requestRows(world))[1]).toMatchObject({ status: 'declined', close_reason: 'marked-full' });
  const bad = await sim
    .slash(world.as(other), 'mentorship availability', { program: 'Guild', status: 'open', until: '2026-04-01' })
    .reply();
  expect(bad.content).toBe('A return date goes only with the status `away`.');
  const past = await sim
    .slash(world.as(other), 'mentorship availability', { program: 'Guild', status: 'away', until: '2026-01-01' })
    .reply();
  expect(past.content).toContain('a day in the future, at most a year ahead');
  const notMentor = await sim
    .slash(world.as(mentee), 'mentorship availability', { program: 'Guild', status: 'full' })
    .reply();
  expect(notMentor.content).toBe('Only mentors of **Guild** can set their availability there.');
});

test('a topic in Cyrillic or ending in an emoji filters every page the same way, with page ids Discord takes', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const cyrillic = 'разработка программ';
  const emoji = 'a'.repeat(39) + '🚀';
  for (let i = 1; i <= 6; i++) await joined(world, `mentor${i}`, 'Guild', 'mentor', { topics: cyrillic });
  for (let i = 1; i <= 6; i++) await joined(world, `rocket${i}`, 'Guild', 'mentor', { topics: emoji });
  await joined(world, 'other', 'Guild', 'mentor', { topics: 'разработка игр' });
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  for (const topic of [cyrillic, emoji]) {
    const first = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild', topic }).reply();
    const head = first.content.split('\n')[0];
    expect(head).toMatch(/who have room: 6$/);
    for (const b of buttons(first.message!)) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const second = await sim.click(mentee, first.message!, button(first.message!, /Next/).custom_id).reply();
    expect(second.content.split('\n')[0]).toBe(head);
    expect(second.content).toContain('Page 2 of 2');
    expect(mentorLines(second.content)).toHaveLength(1);
  }
});

test('long topics and experience are cut per mentor: every Request button has its mentor shown, and the page line stays', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const topics = Array.from({ length: 10 }, (_, i) => `topic${i}-` + '*'.repeat(32)).join(', ');
  for (let i = 1; i <= 6; i++)
    await joined(world, `mentor${i}`, 'Guild', 'mentor', { topics, goals: 'y'.repeat(1000) });
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  const first = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  expect(first.content.length).toBeLessThanOrEqual(2000);
  expect(mentorLines(first.content)).toHaveLength(5);
  expect(buttons(first.message!).filter((b: any) => /^Request \d$/.test(b.label))).toHaveLength(5);
  expect(first.content.split('\n').at(-1)).toBe('Page 1 of 2');
  for (const line of mentorLines(first.content))
    expect(line).toMatch(/^\*\*\d\.\*\* <@\d+> · topic0.*… · time zone not set$/);
  expect(first.content).toContain('> yyyy');
});

test('a page turned to a directory now empty shows no buttons of the page before', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  const mentors: string[] = [];
  for (let i = 1; i <= 6; i++) mentors.push(await joined(world, `mentor${i}`, 'Guild', 'mentor'));
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  const first = await sim.slash(world.as(mentee), 'mentorship mentors', { program: 'Guild' }).reply();
  for (const mentor of mentors)
    await sim.slash(world.as(mentor), 'mentorship availability', { program: 'Guild', status: 'full' }).reply();
  const next = await sim.click(mentee, first.message!, button(first.message!, /Next/).custom_id).reply();
  expect(next.content).toContain('No mentor has room right now.');
  expect(buttons(next.message!)).toEqual([]);
});

test('topic autocomplete offers only topics of mentors the directory shows, and nothing in admin mode', async () => {
  const { sim } = world;
  await requestProgram(world, 'Guild');
  await joined(world, 'open', 'Guild', 'mentor', { topics: 'design systems' });
  const full = await joined(world, 'full', 'Guild', 'mentor', { topics: 'design reviews' });
  await sim.slash(world.as(full), 'mentorship availability', { program: 'Guild', status: 'full' }).reply();
  const mentee = await joined(world, 'nia', 'Guild', 'mentee');
  const suggest = async () =>
    (
      await sim
        .autocomplete(world.as(mentee), 'mentorship mentors', { program: 'Guild', topic: 'design' }, 'topic')
        .reply()
    ).data.choices;
  expect(await suggest()).toEqual([{ name: 'design systems', value: 'design systems' }]);
  await sim.slash(world.as(world.users.admin), 'program edit', { program: 'Guild', matching: 'admin' }).reply();
  expect(await suggest()).toEqual([]);
});
