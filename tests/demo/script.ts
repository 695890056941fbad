import type { SimMessage } from '../simulator/state.ts';
import { buttonsOf, DemoError, Hands, kindOf, shown } from './act.ts';
import { Narrator } from './narrate.ts';
import { profileOf } from './cast.ts';
import { answerCheckins, moderate, readStats, report, weekTwo } from './script-later.ts';
import type { DemoWorld, Person } from './world.ts';

/** What the story carries from one step to the next. */
export interface Story {
  world: DemoWorld;
  n: Narrator;
  hands: Hands;
  program: string;
  /** The pair threads, in the order they were made, with their mentor and mentee. */
  pairs: Pair[];
  /** The pair whose thread is shown in full: Mina's, whoever the matcher gave her. */
  featured: Pair;
  prompts: SimMessage[];
}

export interface Pair {
  threadId: string;
  mentor: Person;
  mentee: Person;
}

/** Plays the whole story; throws a DemoError when something does not go as written. */
export async function play(world: DemoWorld): Promise<void> {
  const n = new Narrator(world);
  const hands = new Hands(world, n);
  const story: Story = { world, n, hands, program: world.say.programName, pairs: [], featured: null!, prompts: [] };
  n.line(world.say.title);
  const { say, sim, channels } = world;
  const list = (people: Person[]) =>
    people
      .map((p) => p.name)
      .join(', ')
      .replace(/, ([^,]+)$/, `${say.and}$1`);
  n.line(
    say.server(
      sim.guilds.get(world.guildId)!.name,
      sim.channel(channels.pairs).name,
      sim.channel(channels.reports).name,
    ),
  );
  n.line(say.cast(world.ada.name, world.mo.name, list(world.mentors), list(world.mentees)));
  story.hands.news(); // nothing to show yet: the channels start empty
  await createProgram(story);
  await signUp(story);
  await acceptCohort(story);
  showThreads(story);
  await nextWeek(story);
  await answerCheckins(story);
  await report(story);
  await moderate(story);
  await weekTwo(story);
  await readStats(story);
}

async function createProgram(story: Story): Promise<void> {
  const { world, n, hands, program } = story;
  const { ada, channels, roles } = world;
  n.heading(world.say.stepCreate);
  const created = await hands.slash(ada, 'program create', {
    name: program,
    template: 'career',
    channel: channels.pairs,
    'report-channel': channels.reports,
    'moderator-role': roles.moderator,
    'mentor-capacity': 2,
  });
  n.sees(ada, shown(created));
  const opened = await hands.slash(ada, 'program open', { program });
  n.sees(ada, shown(opened));
  if (hands.show().length === 0) throw new DemoError(world.say.broken.noPanel);
}

async function signUp(story: Story): Promise<void> {
  const { world, n, hands, program } = story;
  n.heading(world.say.stepSignups);
  const panel = world.sim.publicMessages(world.channels.pairs)[0]!;
  const people = [...world.mentors, ...world.mentees];
  for (const [index, who] of people.entries()) {
    const profile = profileOf(who.name, world.lang);
    // Half the mentees use the panel's button and its form; everyone else the slash command.
    const viaPanel = who.part === 'mentee' && index % 2 === 0;
    const reply = viaPanel
      ? await hands.form(who, hands.press(who, panel, 'signup', who.part), {
          ...profile,
          adult: world.lang === 'fr' ? 'oui' : 'yes',
        })
      : await hands.slash(
          who,
          'mentorship join',
          { program, role: who.part, adult: true, ...profile },
          world.channels.general,
        );
    n.sees(who, shown(reply));
  }
  hands.news(); // the panel's counts were edited twelve times; its last state is shown once
  n.posted(panel);
}

async function acceptCohort(story: Story): Promise<void> {
  const { world, n, hands, program } = story;
  const { ada, sim } = world;
  n.heading(world.say.stepMatch);
  const suggestion = await hands.slash(ada, 'match suggest', { program });
  n.sees(ada, shown(suggestion));
  if (!suggestion.message) throw new DemoError(world.say.broken.noButtons);
  const message = suggestion.message;
  await hands.pressed(ada, message, 'matchall');
  // Accepting edits the suggestion as threads are made; done when the last edit has no buttons.
  await hands.until(
    world.say.broken.accepting,
    () => message.components.length === 0 && message.content !== suggestion.content && !message.content.endsWith('…'),
  );
  n.sees(ada, message);
  const threads = sim.threadsIn(world.channels.pairs);
  if (threads.length === 0) throw new DemoError(world.say.broken.noThread);
  const person = (id: string) => [...world.mentors, ...world.mentees].find((p) => p.id === id);
  story.pairs = threads.map((thread) => {
    const members = [...thread.thread!.members].map(person);
    const mentor = members.find((p) => p?.part === 'mentor');
    const mentee = members.find((p) => p?.part === 'mentee');
    if (!mentor || !mentee) throw new DemoError(world.say.broken.notAPair(thread.name));
    return { threadId: thread.id, mentor, mentee };
  });
  const featured = story.pairs.find((p) => p.mentee.name === 'Mina');
  if (!featured) throw new DemoError(world.say.broken.notPaired('Mina'));
  story.featured = featured;
}

function showThreads(story: Story): void {
  const { world, n, hands, pairs, featured } = story;
  n.heading(world.say.stepThreads);
  const news = hands.news();
  for (const pair of pairs)
    if (!news.some((m) => m.channelId === pair.threadId))
      throw new DemoError(world.say.broken.noWelcome(world.sim.channel(pair.threadId).name));
  const others = pairs.filter((p) => p !== featured);
  n.aside(world.say.threadsOpened(pairs.length, featured.mentee.name));
  for (const message of news.filter((m) => m.channelId === featured.threadId)) n.posted(message);
  const names = others.map((p) => `#${world.sim.channel(p.threadId).name} (${p.mentor.name}, ${p.mentee.name})`);
  if (names.length) n.aside(world.say.alsoOpened(names.join(', ')));
}

/** Monday 9 March, 17:00 UTC: the program's check-in hour, a week after the pairs were made. */
const WEEK_ONE = new Date('2026-03-09T17:00:00Z');

async function nextWeek(story: Story): Promise<void> {
  const { world, n, featured } = story;
  n.heading(world.say.stepWeek);
  story.prompts = await promptsAt(story, WEEK_ONE);
  n.aside(`${world.say.promptsPosted(story.prompts.length, 1)} ${world.say.inThreadOf(featured.mentee.name)}`);
  n.posted(story.prompts.find((m) => m.channelId === featured.threadId)!);
}

/** Moves the clock to `at`, runs the scheduler, and returns the check-in prompt of every pair. */
export async function promptsAt(story: Story, at: Date): Promise<SimMessage[]> {
  const { world, n, hands, pairs } = story;
  world.clock.set(at);
  n.aside(world.say.clockMoves(n.date(at)));
  await world.app.scheduler.tick();
  await world.app.ctx.outbox.drain();
  hands.check();
  const news = hands.news();
  return pairs.map((pair) => {
    const prompt = news.find(
      (m) => m.channelId === pair.threadId && buttonsOf(m).some((b) => kindOf(b.custom_id) === 'checkin'),
    );
    if (!prompt) throw new DemoError(world.say.broken.noPrompt(world.sim.channel(pair.threadId).name));
    return prompt;
  });
}
