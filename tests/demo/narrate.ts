import type { SimMessage } from '../simulator/state.ts';
import { typedCommand } from './typed.ts';
import type { DemoWorld, Person } from './world.ts';

/** Prints the story: headings, who did what, and what each person sees, as plain text. */
export class Narrator {
  private step = 0;
  constructor(
    private readonly world: DemoWorld,
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  line(text = ''): void {
    this.write(text);
  }

  heading(title: string): void {
    this.step += 1;
    const head = `━━ ${this.step}. ${title} `;
    this.write('');
    this.write(head.padEnd(Math.max(head.length + 3, 78), '━'));
  }

  /** A narrator's aside. */
  aside(text: string): void {
    this.write(`  · ${text}`);
  }

  /** "Ada (admin) runs /program create name:… ". */
  does(who: Person, action: string): void {
    this.write(`  ${this.who(who)} ${action}`);
  }

  /** A slash command as typed, in the member's language, options resolved to names. */
  command(path: string, options: Record<string, unknown>): string {
    return `${this.world.say.runs} ${typedCommand(this.world, path, options, (value) => this.optionValue(value))}`;
  }

  /** What a person alone sees (an ephemeral reply, or the message a button updated for them). */
  sees(who: Person, message: MessageLike): void {
    this.write(`    ${this.world.say.onlySees(who.name)}`);
    this.block(message);
  }

  /** A message in a channel, a thread or a DM, as everyone there sees it. */
  posted(message: SimMessage): void {
    const channel = this.world.sim.channel(message.channelId);
    const { say, sim } = this.world;
    if (channel.type === 1) this.write(`    ${say.dmTo(this.name(channel.recipientId ?? ''))}`);
    else if (channel.thread) {
      const people = [...channel.thread.members].filter((id) => id !== sim.botUser.id).map((id) => this.name(id));
      this.write(`    ${say.inThread(channel.name, people.join(', '))}`);
    } else if (channel.id === this.world.channels.reports) this.write(`    ${say.queue(channel.name)}`);
    else this.write(`    ${say.inChannel(channel.name)}`);
    this.block(message);
  }

  block(message: MessageLike): void {
    for (const text of renderMessage(message, (raw) => this.text(raw), this.world.say.colon))
      this.write(`      │ ${text}`);
  }

  who(person: Person): string {
    return `${person.name} (${this.world.say[person.part]})`;
  }

  name(id: string): string {
    const { sim } = this.world;
    if (id === sim.botUser.id) return sim.botUser.username;
    return sim.users.get(id)?.username ?? id;
  }

  /**
   * Discord markup to plain text: mentions become names, timestamps dates; bold, underline,
   * italic and code marks go.
   */
  text(raw: string): string {
    const { sim, guildId } = this.world;
    const roles = sim.guilds.get(guildId)?.roles;
    return raw
      .replace(/<@!?(\d+)>/g, (_m, id: string) => `@${this.name(id)}`)
      .replace(/<@&(\d+)>/g, (_m, id: string) => `@${roles?.get(id)?.name ?? id}`)
      .replace(/<#(\d+)>/g, (_m, id: string) => `#${sim.channels.get(id)?.name ?? id}`)
      .replace(/<t:(\d+)(?::[tTdDfFR])?>/g, (_m, seconds: string) => this.date(new Date(Number(seconds) * 1000)))
      .replace(/\*\*|__/g, '')
      .replace(/(^|[^\\\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\\])`([^`\n]+)`/g, '$1$2')
      .replace(/\\([*_~`|>#-])/g, '$1')
      .replace(/^-# /gm, '')
      .replace(/\u200b/g, '');
  }

  /** `Monday 9 March, 17:00 (UTC)`; in French `lundi 9 mars, 17 h (UTC)`. */
  date(at: Date): string {
    const fr = this.world.lang === 'fr';
    const day = at.toLocaleDateString(fr ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    const [hours, minutes] = [at.getUTCHours(), at.getUTCMinutes()];
    const time = fr
      ? `${hours} h${minutes ? String(minutes).padStart(2, '0') : ''}`
      : `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    return `${day}, ${time} (UTC)`;
  }

  private optionValue(value: unknown): string {
    if (typeof value === 'boolean') return this.world.say.boolean(value);
    if (typeof value !== 'string') return String(value);
    const { sim, guildId } = this.world;
    if (sim.users.has(value)) return `@${this.name(value)}`;
    if (sim.channels.has(value)) return `#${sim.channel(value).name}`;
    const role = sim.guilds.get(guildId)?.roles.get(value);
    if (role) return `@${role.name}`;
    return /\s/.test(value) ? `"${value}"` : value;
  }
}

export interface MessageLike {
  content: string;
  embeds: any[];
  components: any[];
  attachments?: { filename: string }[];
}

/** A message as lines of text: its content, its embeds, its files, and its buttons and menus. */
export function renderMessage(message: MessageLike, text: (raw: string) => string, colon = ': '): string[] {
  const out: string[] = [];
  const add = (raw: string, prefix = '') => {
    for (const line of text(raw).split('\n')) out.push(`${prefix}${line}`);
  };
  if (message.content) add(message.content);
  for (const embed of message.embeds) {
    if (out.length) out.push('');
    if (embed.title) add(embed.title, '▌ ');
    if (embed.description) add(embed.description, '▌ ');
    for (const field of embed.fields ?? []) {
      const value = String(field.value);
      if (value.includes('\n')) {
        add(`${field.name}${colon.trimEnd()}`, '▌ ');
        add(value, '▌   ');
      } else add(`${field.name}${colon}${value}`, '▌ ');
    }
    if (embed.image?.url) add(`[${String(embed.image.url).replace('attachment://', '')}]`, '▌ ');
    if (embed.footer?.text) add(embed.footer.text, '▌ ');
  }
  // A file an embed already shows as its image is not listed a second time.
  const inEmbeds = new Set(message.embeds.map((e) => String(e.image?.url ?? '').replace('attachment://', '')));
  for (const file of message.attachments ?? []) if (!inEmbeds.has(file.filename)) out.push(`📎 ${file.filename}`);
  for (const row of message.components) {
    const parts = (row.components ?? []).map((c: any) => {
      if (c.type === 2) return c.disabled ? `(${c.label})` : `[${c.label}]`;
      if (c.type === 3) return `▾ ${(c.options ?? []).map((o: any) => o.label).join(' | ')}`;
      return '';
    });
    if (parts.length) out.push(parts.filter(Boolean).join(' '));
  }
  return out;
}
