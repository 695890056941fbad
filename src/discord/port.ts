import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { APIThreadChannel, APIMessage, RESTPostAPIChannelMessageJSONBody, RESTGetAPIGuildThreadsResult, APIChannel } from 'discord.js';
import { ChannelUnavailableError, MemberGoneError } from '../domain/errors.ts';
import type { ButtonStyle, DiscordPort, OutgoingMessage } from '../domain/port.ts';

const buttonStyles: Record<ButtonStyle, number> = { primary: 1, secondary: 2, success: 3, danger: 4 };

/** Discord error codes meaning "this channel is gone or closed to you". */
const unavailableCodes = new Set([10003, 50001, 50013, 50083, 160005]);

/** Turns a neutral message into Discord's payload. Mentions are off except the named users. */
export function toApiMessage(message: OutgoingMessage): RESTPostAPIChannelMessageJSONBody {
  const body: RESTPostAPIChannelMessageJSONBody = {
    allowed_mentions: { parse: [], users: message.mentionUsers ?? [] },
  };
  if (message.content !== undefined) body.content = message.content;
  if (message.embeds) {
    body.embeds = message.embeds.map((e) => ({
      title: e.title,
      ...(e.description ? { description: e.description } : {}),
      ...(e.fields ? { fields: e.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) } : {}),
      ...(e.color !== undefined ? { color: e.color } : {}),
      ...(e.footer ? { footer: { text: e.footer } } : {}),
      ...(e.image ? { image: { url: e.image } } : {}),
    }));
  }
  if (message.buttons) {
    body.components = message.buttons.map((row) => ({
      type: 1,
      components: row.map((b) => ({ type: 2, style: buttonStyles[b.style], label: b.label, custom_id: b.customId, disabled: b.disabled ?? false })),
    }));
  }
  if (message.nonce) {
    body.nonce = message.nonce;
    body.enforce_nonce = true;
  }
  return body;
}

/** The domain's port, over discord.js's REST client. */
export class RestDiscordPort implements DiscordPort {
  /** `unretried` serves requests that must not be repeated on a lost answer (thread creation). */
  constructor(
    private readonly rest: REST,
    private readonly unretried: REST = rest,
  ) {}

  private async call<T>(channelId: string, request: () => Promise<unknown>): Promise<T> {
    try {
      return (await request()) as T;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.status === 404 || error.status === 403) && unavailableCodes.has(Number(error.code))) {
        throw new ChannelUnavailableError(channelId, error.status);
      }
      throw error;
    }
  }

  async createPrivateThread(channelId: string, name: string): Promise<{ id: string }> {
    const body = { name, type: 12, invitable: false, auto_archive_duration: 10080 };
    const thread = await this.call<APIThreadChannel>(channelId, () => this.unretried.post(Routes.threads(channelId), { body }));
    return { id: thread.id };
  }

  async addThreadMember(guildId: string, threadId: string, userId: string): Promise<void> {
    try {
      await this.call(threadId, () => this.rest.put(Routes.threadMembers(threadId, userId)));
    } catch (error) {
      if (error instanceof DiscordAPIError && Number(error.code) === 10007) throw new MemberGoneError(guildId, userId);
      throw error;
    }
  }

  async findActiveThread(guildId: string, parentId: string, suffix: string): Promise<{ id: string } | null> {
    const result = await this.call<RESTGetAPIGuildThreadsResult>(parentId, () => this.rest.get(Routes.guildActiveThreads(guildId)));
    const found = result.threads.find((c: APIChannel) => 'parent_id' in c && c.parent_id === parentId && c.name?.endsWith(suffix));
    return found ? { id: found.id } : null;
  }

  async postMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }> {
    const posted = await this.call<APIMessage>(channelId, () => this.rest.post(Routes.channelMessages(channelId), { body: toApiMessage(message) }));
    return { id: posted.id };
  }

  async editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const { nonce: _nonce, enforce_nonce: _enforce, ...body } = toApiMessage(message);
    await this.call(channelId, () => this.rest.patch(Routes.channelMessage(channelId, messageId), { body }));
  }

  async setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }): Promise<void> {
    await this.call(threadId, () => this.rest.patch(Routes.channel(threadId), { body: state }));
  }

  async sendDirectMessage(userId: string, message: OutgoingMessage): Promise<{ id: string }> {
    const dm = await this.call<APIChannel>(userId, () => this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
    return this.postMessage(dm.id, message);
  }
}
