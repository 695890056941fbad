import type { InteractionHandle, ReplyView } from '../simulator/interactions.ts';
import type { SimMessage } from '../simulator/state.ts';
import type { MessageLike, Narrator } from './narrate.ts';
import { problems, type DemoWorld, type Person } from './world.ts';

/** A step of the story did not go as written: said plainly, with no stack trace. */
export class DemoError extends Error {}

/** The family of a custom_id (`checkin:12:on-track` → `checkin`), as the bot's codecs write it. */
export const kindOf = (customId: string) => (customId.split(':')[0] ?? '').split('.')[0] ?? '';

export const buttonsOf = (message: { components: any[] }): any[] =>
  message.components.flatMap((row: any) => row.components ?? []).filter((c: any) => c.type === 2);

/** What a reply shows to the one who got it. */
export const shown = (reply: ReplyView): MessageLike => ({
  content: reply.content,
  embeds: reply.embeds,
  components: reply.components,
  attachments: reply.message?.attachments ?? [],
});

/**
 * The members' hands: each action is narrated, sent to the simulated Discord as a real client
 * would send it (in the members' locale), and checked: a refusal, a rate limit, a warning or an
 * error in the bot's log, or a refused interaction stops the demo.
 */
export class Hands {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly world: DemoWorld,
    private readonly n: Narrator,
  ) {}

  private actor(who: Person, channel = this.world.channels.general) {
    return { user: who.id, guild: this.world.guildId, channel, locale: this.world.locale };
  }

  /** " in #thread" for an action in a pair thread; nothing elsewhere. */
  private where(channelId: string | undefined): string {
    const place = channelId ? this.world.sim.channels.get(channelId) : undefined;
    return place?.thread ? this.world.say.inPlace(place.name) : '';
  }

  check(): void {
    const found = problems(this.world);
    if (found.length) throw new DemoError(found.join('\n'));
  }

  async slash(who: Person, path: string, options: Record<string, unknown> = {}, channel?: string): Promise<ReplyView> {
    this.n.does(who, this.n.command(path, options) + this.where(channel));
    const reply = await this.world.sim.slash(this.actor(who, channel), path, options).reply();
    this.check();
    return reply;
  }

  /** Presses the button of `message` whose custom_id is of `kind` (and has the part `part`, e.g. `mentee`). */
  press(who: Person, message: SimMessage, kind: string, part?: string): InteractionHandle {
    const button = buttonsOf(message).find(
      (b) => kindOf(b.custom_id) === kind && (part === undefined || b.custom_id.split(':').includes(part)),
    );
    if (!button) throw new DemoError(this.world.say.broken.noButton(who.name, [kind, part].filter(Boolean).join(' ')));
    this.n.does(who, this.world.say.presses(button.label) + this.where(message.channelId));
    return this.world.sim.click(who.id, message, button.custom_id, this.world.locale);
  }

  async pressed(who: Person, message: SimMessage, kind: string, part?: string): Promise<ReplyView> {
    const reply = await this.press(who, message, kind, part).reply();
    this.check();
    return reply;
  }

  /** Presses a button without narrating it (the story only tells how many did). */
  async quietly(who: Person, message: SimMessage, kind: string, part?: string): Promise<void> {
    const button = buttonsOf(message).find(
      (b) => kindOf(b.custom_id) === kind && b.custom_id.split(':').includes(part),
    );
    if (!button) throw new DemoError(this.world.say.broken.noButton(who.name, `${kind} ${part}`));
    await this.world.sim.click(who.id, message, button.custom_id, this.world.locale).reply();
    this.check();
  }

  /** Picks the option `value` in the select menu of `message`. */
  async pick(who: Person, message: SimMessage, value: string): Promise<ReplyView> {
    const menu = message.components.flatMap((row: any) => row.components ?? []).find((c: any) => c.type === 3);
    const option = menu?.options.find((o: any) => o.value === value);
    if (!menu || !option) throw new DemoError(this.world.say.broken.noChoice(who.name, value));
    this.n.does(who, this.world.say.picks(option.label));
    const reply = await this.world.sim.select(who.id, message, menu.custom_id, [value], this.world.locale).reply();
    this.check();
    return reply;
  }

  /** Fills in and sends the form (modal) that `opened` answered with, in the member's locale. */
  async form(who: Person, opened: InteractionHandle, values: Record<string, string>): Promise<ReplyView> {
    const modal = await opened.reply();
    if (modal.type !== 9) throw new DemoError(this.world.say.broken.notAForm(who.name, modal.content));
    const fields = (modal.data.components as any[]).flatMap((row) =>
      row.type === 18 ? [{ ...row.component, label: row.label }] : row.components,
    );
    this.n.does(who, this.world.say.fillsForm);
    for (const field of fields)
      if (values[field.custom_id]) this.n.line(`      ${field.label}${this.world.say.colon}${values[field.custom_id]}`);
    const submitted = await this.world.sim.submitModal(who.id, opened, values, this.world.locale);
    const reply = await submitted.reply();
    this.check();
    return reply;
  }

  /** Public messages (channels, threads, DMs) posted or edited since the last call, oldest first. */
  news(): SimMessage[] {
    const fresh: SimMessage[] = [];
    for (const messages of this.world.sim.messages.values())
      for (const message of messages) {
        if (message.flags & 64) continue;
        const stamp = message.editedAt ?? message.createdAt;
        if (this.seen.get(message.id) === stamp) continue;
        this.seen.set(message.id, stamp);
        fresh.push(message);
      }
    return fresh.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** Prints every public message posted or edited since the last call, and returns them. */
  show(): SimMessage[] {
    const news = this.news();
    for (const message of news) this.n.posted(message);
    return news;
  }

  /** Waits (real time) for something the bot does after answering, such as editing a progress message. */
  async until(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      this.check();
      if (Date.now() > deadline) throw new DemoError(this.world.say.broken.tooLate(what, timeoutMs / 1000));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
