import { ChannelType, DiscordAPIError, Routes, SnowflakeUtil, type REST } from 'discord.js';
import type {
  APIThreadChannel,
  APIMessage,
  RESTPostAPIChannelMessageJSONBody,
  RESTGetAPIGuildThreadsResult,
  APIChannel,
  APIGuildMember,
  APIRole,
  APIUser,
} from 'discord.js';
import { roleRefusalOf } from './role-check.ts';
import { ChannelUnavailableError, MemberGoneError, RefusedError } from '../domain/errors.ts';
import type { ButtonStyle, DiscordPort, OutgoingMessage, RoleRefusal, SentMessage } from '../domain/port.ts';

/** Discord's largest page of a server's member list. */
const MEMBER_PAGE = 1000;

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
      ...(e.fields
        ? { fields: e.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) }
        : {}),
      ...(e.color !== undefined ? { color: e.color } : {}),
      ...(e.footer ? { footer: { text: e.footer } } : {}),
      ...(e.image ? { image: { url: e.image } } : {}),
    }));
  }
  if (message.buttons) {
    body.components = message.buttons.map((row) => ({
      type: 1,
      components: row.map((b) => ({
        type: 2,
        style: buttonStyles[b.style],
        label: b.label,
        custom_id: b.customId,
        disabled: b.disabled ?? false,
      })),
    }));
  }
  if (message.nonce) {
    body.nonce = message.nonce;
    body.enforce_nonce = true;
  }
  return body;
}

/** The custom ids of a message's components, in order, at any depth. */
function customIdsOf(components: readonly unknown[]): string[] {
  return components.flatMap((c) => {
    const component = c as { custom_id?: string; components?: unknown[] };
    return [...(component.custom_id ? [component.custom_id] : []), ...customIdsOf(component.components ?? [])];
  });
}

/** The domain's port, over discord.js's REST client. */
export class RestDiscordPort implements DiscordPort {
  /**
   * `unretried` serves requests that must not be repeated on a lost answer (thread creation);
   * `botId` names the bot's own messages.
   */
  constructor(
    private readonly rest: REST,
    private readonly unretried: REST = rest,
    private readonly botId: () => string = () => '',
  ) {}

  /** Sorts Discord's answers: gone or closed channels, other refusals for good, and the rest. */
  private async call<T>(channelId: string, request: () => Promise<unknown>): Promise<T> {
    try {
      return (await request()) as T;
    } catch (error) {
      if (!(error instanceof DiscordAPIError)) throw error;
      const code = Number(error.code);
      if ((error.status === 404 || error.status === 403) && unavailableCodes.has(code))
        throw new ChannelUnavailableError(channelId, error.status, code);
      // 429s pass, and so does a 401: a token being replaced is no reason to drop what was owed.
      if (error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 401)
        throw new RefusedError(error.status, code, error.message);
      throw error;
    }
  }

  async createPrivateThread(channelId: string, name: string): Promise<{ id: string }> {
    const body = { name, type: 12, invitable: false, auto_archive_duration: 10080 };
    const thread = await this.call<APIThreadChannel>(channelId, () =>
      this.unretried.post(Routes.threads(channelId), { body }),
    );
    return { id: thread.id };
  }

  async addThreadMember(guildId: string, threadId: string, userId: string): Promise<void> {
    try {
      await this.call(threadId, () => this.rest.put(Routes.threadMembers(threadId, userId)));
    } catch (error) {
      if (error instanceof RefusedError && error.code === 10007) throw new MemberGoneError(guildId, userId);
      throw error;
    }
  }

  async removeThreadMember(threadId: string, userId: string): Promise<void> {
    try {
      await this.call(threadId, () => this.rest.delete(Routes.threadMembers(threadId, userId)));
    } catch (error) {
      // A member no longer in the server (or no longer in the thread) is out already.
      if (error instanceof RefusedError && error.code === 10007) return;
      throw error;
    }
  }

  async findThread(guildId: string, parentId: string, name: string): Promise<{ id: string } | null> {
    const mine = (c: APIChannel) =>
      c.type === ChannelType.PrivateThread &&
      c.parent_id === parentId &&
      c.owner_id === this.botId() &&
      c.name === name;
    const active = await this.call<RESTGetAPIGuildThreadsResult>(parentId, () =>
      this.rest.get(Routes.guildActiveThreads(guildId)),
    );
    const found = active.threads.find(mine);
    if (found) return { id: found.id };
    const archived = await this.call<RESTGetAPIGuildThreadsResult>(parentId, () =>
      this.rest.get(Routes.channelThreads(parentId, 'private'), { query: new URLSearchParams({ limit: '100' }) }),
    );
    const old = archived.threads.find(mine);
    return old ? { id: old.id } : null;
  }

  async ownMessagesSince(channelId: string, since: Date): Promise<SentMessage[]> {
    const after = SnowflakeUtil.generate({ timestamp: since.getTime() }).toString();
    const messages = await this.call<APIMessage[]>(channelId, () =>
      this.rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ after, limit: '100' }) }),
    );
    return messages
      .filter((m) => m.author.id === this.botId())
      .map((m) => ({
        id: m.id,
        nonce: m.nonce === undefined ? null : String(m.nonce),
        content: m.content,
        customIds: customIdsOf(m.components ?? []),
        embedTitles: m.embeds.map((e) => e.title ?? ''),
      }));
  }

  async postMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }> {
    const posted = await this.call<APIMessage>(channelId, () =>
      this.rest.post(Routes.channelMessages(channelId), {
        body: toApiMessage(message),
        ...(message.files?.length ? { files: message.files } : {}),
      }),
    );
    return { id: posted.id };
  }

  async editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const { nonce: _nonce, enforce_nonce: _enforce, ...body } = toApiMessage(message);
    await this.call(channelId, () => this.rest.patch(Routes.channelMessage(channelId, messageId), { body }));
  }

  async setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }): Promise<void> {
    await this.call(threadId, () => this.rest.patch(Routes.channel(threadId), { body: state }));
  }

  async openDm(userId: string): Promise<string> {
    const dm = await this.call<APIChannel>(userId, () =>
      this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
    );
    return dm.id;
  }

  async memberDisplayNames(guildId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(userIds);
    const names = new Map<string, string>();
    let after = '0';
    while (names.size < wanted.size) {
      const query = new URLSearchParams({ limit: String(MEMBER_PAGE), after });
      const page = await this.call<APIGuildMember[]>(guildId, () =>
        this.rest.get(Routes.guildMembers(guildId), { query }),
      );
      for (const member of page) {
        const user = member.user;
        if (wanted.has(user.id)) names.set(user.id, member.nick ?? user.global_name ?? user.username);
      }
      if (page.length < MEMBER_PAGE) break;
      after = page.at(-1)!.user.id;
    }
    return names;
  }

  async roleRefusal(guildId: string, roleId: string): Promise<RoleRefusal | null> {
    return roleRefusalOf(guildId, roleId, {
      roles: () => this.call<APIRole[]>(guildId, () => this.rest.get(Routes.guildRoles(guildId))),
      me: () => this.call<APIGuildMember>(guildId, () => this.rest.get(Routes.guildMember(guildId, this.botId()))),
    });
  }

  async addMemberRole(guildId: string, userId: string, roleId: string): Promise<void> {
    try {
      await this.rest.put(Routes.guildMemberRole(guildId, userId, roleId));
    } catch (error) {
      if (error instanceof DiscordAPIError && Number(error.code) === 10007) throw new MemberGoneError(guildId, userId);
      if (error instanceof DiscordAPIError && error.status >= 400 && error.status < 500 && error.status !== 429)
        throw new RefusedError(error.status, Number(error.code), error.message);
      throw error;
    }
  }

  async memberDisplayName(guildId: string, userId: string): Promise<string | null> {
    try {
      const member = (await this.rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
      return member.nick ?? member.user.global_name ?? member.user.username;
    } catch (error) {
      if (!(error instanceof DiscordAPIError) || Number(error.code) !== 10007) throw error;
    }
    // A member who left is named as their account is.
    try {
      const user = (await this.rest.get(Routes.user(userId))) as APIUser;
      return user.global_name ?? user.username;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 404) return null;
      throw error;
    }
  }
}
