import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoError, shown } from './act.ts';
import { promptsAt, type Pair, type Story } from './script.ts';

/** The second half of the story: answers, a report and its moderation, and the stats. */

/**
 * Who answers week 1, by mentee (pairing order does not matter): Mina's pair is shown in full;
 * Sam answers "Stuck" and his mentor stays silent (Sam reports it next); Priya's and Zoe's pairs
 * stay quiet. 10 of 16 answers: the stats read 63% (10/16).
 */
const WEEK_ONE_ANSWERS: Record<string, { mentee?: string; mentor?: string }> = {
  Noor: { mentee: 'on-track', mentor: 'on-track' },
  Omar: { mentee: 'stuck' },
  Sam: { mentee: 'stuck' },
  Yuki: { mentee: 'on-track', mentor: 'on-track' },
  Leo: { mentee: 'on-track', mentor: 'on-track' },
};

export async function answerCheckins(story: Story): Promise<void> {
  const { world, n, hands, pairs, prompts, featured } = story;
  n.heading(world.say.stepAnswers);
  const promptOf = (pair: Pair) => prompts[pairs.indexOf(pair)]!;
  const prompt = promptOf(featured);
  const { mentor, mentee } = featured;
  n.sees(mentor, shown(await hands.pressed(mentor, prompt, 'checkin', 'on-track')));
  n.sees(mentee, shown(await hands.pressed(mentee, prompt, 'checkin', 'need-help')));
  const form = hands.press(mentee, prompt, 'checkinnote');
  n.sees(mentee, shown(await hands.form(mentee, form, { note: world.say.noteText })));
  n.aside(world.say.noteIsPrivate(mentee.name));
  const quiet: string[] = [];
  for (const pair of pairs.filter((p) => p !== featured)) {
    const plan = WEEK_ONE_ANSWERS[pair.mentee.name] ?? {};
    const silent: string[] = [];
    for (const who of [pair.mentor, pair.mentee]) {
      const answer = who === pair.mentee ? plan.mentee : plan.mentor;
      if (answer) n.sees(who, shown(await hands.pressed(who, promptOf(pair), 'checkin', answer)));
      else silent.push(who.name);
    }
    if (silent.length)
      quiet.push(`${silent.join(world.say.and)}${world.say.inPlace(world.sim.channel(pair.threadId).name)}`);
  }
  n.aside(world.say.quiet(quiet.join(world.say.semicolon)));
  for (const message of hands.news()) if (message.channelId === featured.threadId) n.posted(message);
}

export async function report(story: Story): Promise<void> {
  const { world, n, hands, pairs } = story;
  n.heading(world.say.stepReport);
  // Sam answered "Stuck", and Sam's mentor did not answer that check-in at all.
  const pair = pairs.find((p) => p.mentee.name === 'Sam')!;
  const ack = await hands.slash(
    pair.mentee,
    'report',
    { reason: world.say.reportReason, member: pair.mentor.id },
    pair.threadId,
  );
  n.sees(pair.mentee, shown(ack));
  const news = hands.show();
  if (!news.some((m) => m.channelId === world.channels.reports)) throw new DemoError(world.say.broken.noQueueCard);
}

export async function moderate(story: Story): Promise<void> {
  const { world, n, hands } = story;
  const { mo, sim } = world;
  n.heading(world.say.stepModeration);
  const card = sim.publicMessages(world.channels.reports).at(-1)!;
  world.clock.advance(20 * 60_000);
  n.aside(world.say.later(20));
  n.sees(mo, shown(await hands.pressed(mo, card, 'report', 'claim')));
  if (!hands.show().some((m) => m.id === card.id)) throw new DemoError(world.say.broken.cardNotClaimed);
  const chooser = await hands.pressed(mo, card, 'report', 'resolve');
  n.sees(mo, shown(chooser));
  if (!chooser.message) throw new DemoError(world.say.broken.noOutcomes);
  const done = await hands.pick(mo, chooser.message, 'warned');
  n.sees(mo, shown(done));
  const news = hands.show();
  if (!news.some((m) => m.id === card.id)) throw new DemoError(world.say.broken.cardNotResolved);
  const sam = world.mentees.find((p) => p.name === 'Sam')!;
  const dm = news.find((m) => sim.channel(m.channelId).type === 1 && sim.channel(m.channelId).recipientId === sam.id);
  if (!dm) throw new DemoError(world.say.broken.noDm(sam.name));
}

/** Monday 16 March, 17:00 UTC: week 2's prompts. */
const WEEK_TWO = new Date('2026-03-16T17:00:00Z');

/** Week 2, in short: every member answers "On track", so the chart has a second bar. */
export async function weekTwo(story: Story): Promise<void> {
  const { world, n, hands, pairs } = story;
  n.heading(world.say.stepWeekTwo);
  const prompts = await promptsAt(story, WEEK_TWO);
  n.aside(world.say.promptsPosted(prompts.length, 2));
  for (const [index, pair] of pairs.entries())
    for (const who of [pair.mentor, pair.mentee]) await hands.quietly(who, prompts[index]!, 'checkin', 'on-track');
  hands.news();
  n.aside(world.say.allAnswered(pairs.length * 2));
}

/** The admin's stats; the chart they carry is written to a new folder, kept, whose path is printed. */
export async function readStats(story: Story): Promise<void> {
  const { world, n, hands, program } = story;
  n.heading(world.say.stepStats);
  const stats = await hands.slash(world.ada, 'program stats', { program });
  n.sees(world.ada, shown(stats));
  const chart = stats.message?.attachments.find((a) => a.filename.endsWith('.png'));
  if (!chart || chart.data.subarray(1, 4).toString() !== 'PNG') throw new DemoError(world.say.broken.noChart);
  const chartPath = join(mkdtempSync(join(tmpdir(), 'mentorship-demo-')), 'answer-rate.png');
  writeFileSync(chartPath, chart.data);
  n.line();
  n.aside(world.say.chartSaved(chartPath));
}
