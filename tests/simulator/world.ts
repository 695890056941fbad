import type { Gateway } from './gateway.ts';
import {
  channelPayload,
  everyonePermissions,
  snowflake,
  type SimChannel,
  type SimGuild,
  type SimMessage,
} from './state.ts';
import { SimMessages } from './messages.ts';

/**
 * The world as a test shapes it: users, guilds, roles, members, nicknames, channels, threads and
 * members' own messages, announced on the gateway as Discord would.
 */
export class SimWorld extends SimMessages {
  gateway!: Gateway;

  addUser(username: string, options: { acceptsDms?: boolean } = {}): string {
    const user = { id: snowflake(), username, acceptsDms: options.acceptsDms ?? true };
    this.users.set(user.id, user);
    return user.id;
  }

  createGuild(name: string, options: { preferredLocale?: string } = {}): SimGuild {
    const owner = this.addUser(`${name}-owner`);
    const id = snowflake();
    const guild: SimGuild = {
      id,
      name,
      ownerId: owner,
      preferredLocale: options.preferredLocale ?? 'en-US',
      roles: new Map(),
      members: new Map([
        [owner, []],
        [this.botUser.id, []],
      ]),
    };
    guild.roles.set(id, { id, name: '@everyone', permissions: everyonePermissions, position: 0 });
    this.guilds.set(id, guild);
    this.gateway.dispatch('GUILD_CREATE', this.guildBody(guild), guild.id);
    return guild;
  }

  /** A role above every other (unless `position` says where), as Discord places a new one. */
  addRole(
    guildId: string,
    name: string,
    permissions: bigint,
    options: { position?: number; managed?: boolean } = {},
  ): string {
    const id = snowflake();
    const roles = this.guilds.get(guildId)?.roles;
    const position = options.position ?? roles?.size ?? 0;
    roles?.set(id, { id, name, permissions, position, managed: options.managed ?? false });
    return id;
  }

  addMember(guildId: string, userId: string, roleIds: string[] = []): void {
    this.guilds.get(guildId)?.members.set(userId, roleIds);
  }

  /** A member sets (or, with null, clears) their nickname in the server. */
  setNickname(guildId: string, userId: string, nick: string | null): void {
    const guild = this.guilds.get(guildId);
    if (!guild) return;
    guild.nicks ??= new Map();
    if (nick === null) guild.nicks.delete(userId);
    else guild.nicks.set(userId, nick);
  }

  /** A member leaves; only bots with the Server Members intent (1 << 1) hear of it. */
  removeMember(guildId: string, userId: string): void {
    this.guilds.get(guildId)?.members.delete(userId);
    for (const channel of this.channels.values())
      if (channel.guildId === guildId) channel.thread?.members.delete(userId);
    this.gateway.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user: this.userBody(userId) }, guildId, 1 << 1);
  }

  createChannel(guildId: string, name: string, type = 0): string {
    const channel: SimChannel = {
      id: snowflake(),
      type,
      name,
      guildId,
      parentId: null,
      thread: null,
      botDenied: false,
    };
    this.channels.set(channel.id, channel);
    this.gateway.dispatch('CHANNEL_CREATE', channelPayload(channel), guildId);
    return channel.id;
  }

  /**
   * A thread that already exists (made earlier): by default the bot's private thread with these
   * members besides it; a member may have made it instead, public (type 11) or private.
   */
  createThread(parentId: string, name: string, members: string[], made: { by?: string; type?: 11 | 12 } = {}): string {
    const parent = this.channel(parentId);
    const owner = made.by ?? this.botUser.id;
    const thread: SimChannel = {
      id: snowflake(),
      type: made.type ?? 12,
      name,
      guildId: parent.guildId,
      parentId,
      botDenied: false,
      thread: {
        archived: false,
        locked: false,
        invitable: false,
        ownerId: owner,
        members: new Set([owner, ...members]),
        createdAt: new Date().toISOString(),
      },
    };
    this.channels.set(thread.id, thread);
    return thread.id;
  }

  /** Deletes a channel; `unseen` skips the gateway event, as if the bot had been offline. */
  deleteChannel(id: string, options: { unseen?: boolean } = {}): void {
    const channel = this.channels.get(id);
    if (!channel) return;
    this.channels.delete(id);
    if (!options.unseen)
      this.gateway.dispatch(
        channel.thread ? 'THREAD_DELETE' : 'CHANNEL_DELETE',
        {
          id,
          type: channel.type,
          guild_id: channel.guildId,
          parent_id: channel.parentId,
        },
        channel.guildId,
      );
  }

  channel(id: string): SimChannel {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`no channel ${id}`);
    return channel;
  }

  /** A member posts a message (what the bot never reads: it has no Message Content intent). */
  postAs(userId: string, channelId: string, content: string): SimMessage {
    return this.storeMessage(this.channel(channelId), userId, { content });
  }

  threadsIn(parentId: string): SimChannel[] {
    return [...this.channels.values()].filter((c) => c.parentId === parentId && c.thread);
  }
}
