import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoError, shown } from './act.ts';
import type { Story } from './script.ts';

/** The second half of the story: answers, a report and its moderation, and the stats. */

export async function answerCheckins(story: Story): Promise<void> {
  const { world, n, hands, pairs, prompts } = story;
  n.heading(world.say.stepAnswers);
  const [first, ...others] = pairs;
  const prompt = prompts[0]!;
  n.sees(first!.mentor, shown(await hands.pressed(first!.mentor, prompt, 'checkin', 'on-track')));
  n.sees(first!.mentee, shown(await hands.pressed(first!.mentee, prompt, 'checkin', 'need-help')));
  const form = hands.press(first!.mentee, prompt, 'checkinnote');
  n.sees(first!.mentee, shown(await hands.form(first!.mentee, form, { note: world.say.noteText })));
  // Most of the other pairs answer too, some only one of the two; a few stay quiet this week.
  for (const [index, pair] of others.entries()) {
    if (index % 3 === 2) continue;
    const answer = index % 2 === 0 ? 'on-track' : 'stuck';
    n.sees(pair.mentee, shown(await hands.pressed(pair.mentee, prompts[index + 1]!, 'checkin', answer)));
    if (index % 2 === 0)
      n.sees(pair.mentor, shown(await hands.pressed(pair.mentor, prompts[index + 1]!, 'checkin', 'on-track')));
  }
  for (const message of hands.news()) if (message.channelId === first!.threadId) n.posted(message);
}

export async function report(story: Story): Promise<void> {
  const { world, n, hands, pairs } = story;
  n.heading(world.say.stepReport);
  // Sam answered "Stuck", and Sam's mentor did not answer that check-in at all.
  const pair = pairs.find((p) => p.mentee.name === 'Sam') ?? pairs[0]!;
  const ack = await hands.slash(
    pair.mentee,
    'report',
    { reason: world.say.reportReason, member: pair.mentor.id },
    pair.threadId,
  );
  n.sees(pair.mentee, shown(ack));
  const news = hands.show();
  if (!news.some((m) => m.channelId === world.channels.reports))
    throw new DemoError('the report reached no queue card in the report channel');
}

export async function moderate(story: Story): Promise<void> {
  const { world, n, hands } = story;
  const { mo, sim } = world;
  n.heading(world.say.stepModeration);
  const card = sim.publicMessages(world.channels.reports).at(-1)!;
  n.sees(mo, shown(await hands.pressed(mo, card, 'report', 'claim')));
  hands.show();
  const chooser = await hands.pressed(mo, card, 'report', 'resolve');
  n.sees(mo, shown(chooser));
  if (!chooser.message) throw new DemoError('resolving offered no outcomes to pick from');
  const done = await hands.pick(mo, chooser.message, 'warned');
  n.sees(mo, shown(done));
  const news = hands.show();
  if (!news.some((m) => m.id === card.id))
    throw new DemoError('the queue card did not change when the report was resolved');
}

/** The admin's stats; the chart they carry is written to a new folder, kept, whose path is printed. */
export async function readStats(story: Story): Promise<void> {
  const { world, n, hands, program } = story;
  n.heading(world.say.stepStats);
  const stats = await hands.slash(world.ada, 'program stats', { program });
  n.sees(world.ada, shown(stats));
  const chart = stats.message?.attachments.find((a) => a.filename.endsWith('.png'));
  if (!chart || chart.data.subarray(1, 4).toString() !== 'PNG')
    throw new DemoError('the stats came without a PNG chart');
  const chartPath = join(mkdtempSync(join(tmpdir(), 'mentorship-demo-')), 'answer-rate.png');
  writeFileSync(chartPath, chart.data);
  n.line();
  n.aside(world.say.chartSaved(chartPath));
}
