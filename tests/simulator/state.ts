/** The simulated Discord's world: guilds, members, channels, threads and messages. */

let sequence = 0n;
const epoch = 1420070400000n;

/** A fresh snowflake for a moment (now, by default); the sequence keeps every one distinct. */
export function snowflake(at: number = Date.now()): string {
  sequence += 1n;
  return (((BigInt(at) - epoch) << 22n) | (sequence & 0x3fffffn)).toString();
}

export interface SimUser {
  id: string;
  username: string;
  bot?: boolean;
  /** False when the user has closed their DMs to the bot. */
  acceptsDms: boolean;
}

export interface SimRole {
  id: string;
  name: string;
  permissions: bigint;
  /** Higher is above; @everyone is 0. A bot gives only roles below its highest. */
  position: number;
  /** Managed by an integration (a bot's own role, a subscription): nobody may give it. */
  managed?: boolean;
}

export interface SimGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  roles: Map<string, SimRole>;
  /** user id → role ids */
  members: Map<string, string[]>;
  /** user id → server nickname, for members who set one */
  nicks?: Map<string, string>;
}

export interface SimThread {
  archived: boolean;
  locked: boolean;
  invitable: boolean;
  ownerId: string;
  members: Set<string>;
  createdAt: string;
}

export interface SimChannel {
  id: string;
  type: number;
  name: string;
  guildId: string | null;
  parentId: string | null;
  thread: SimThread | null;
  /** Channels the bot may not post or make threads in (a missing permission). */
  botDenied: boolean;
  recipientId?: string;
}

export interface SimMessage {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: any[];
  components: any[];
  nonce: string | null;
  mentions: string[];
  mentionEveryone: boolean;
  flags: number;
  createdAt: string;
  editedAt: string | null;
  attachments: SimAttachment[];
  /** Set on interaction responses: the interaction they answer. */
  interactionId?: string;
}

export interface SimAttachment {
  id: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export const Permissions = {
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  ManageRoles: 1n << 28n,
  ManageThreads: 1n << 34n,
  CreatePrivateThreads: 1n << 36n,
  SendMessagesInThreads: 1n << 38n,
  ModerateMembers: 1n << 40n,
} as const;

export const everyonePermissions =
  Permissions.ViewChannel | Permissions.SendMessages | Permissions.SendMessagesInThreads;

export function memberPermissions(guild: SimGuild, userId: string): bigint {
  if (guild.ownerId === userId) return (1n << 53n) - 1n;
  let permissions = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const roleId of guild.members.get(userId) ?? []) permissions |= guild.roles.get(roleId)?.permissions ?? 0n;
  return permissions & Permissions.Administrator ? (1n << 53n) - 1n : permissions;
}

export function userPayload(user: SimUser) {
  return {
    id: user.id,
    username: user.username,
    global_name: user.username,
    discriminator: '0',
    avatar: null,
    public_flags: 0,
    flags: 0,
    primary_guild: null,
    ...(user.bot ? { bot: true } : {}),
  };
}

export function channelPayload(channel: SimChannel) {
  const base = {
    id: channel.id,
    type: channel.type,
    name: channel.name,
    flags: 0,
    ...(channel.guildId ? { guild_id: channel.guildId } : {}),
  };
  if (channel.type === 1) return { id: channel.id, type: 1, flags: 0, last_message_id: null, recipients: [] };
  if (!channel.thread)
    return {
      ...base,
      position: 0,
      permission_overwrites: [],
      parent_id: channel.parentId,
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
  const t = channel.thread;
  return {
    ...base,
    parent_id: channel.parentId,
    owner_id: t.ownerId,
    last_message_id: null,
    rate_limit_per_user: 0,
    member_count: t.members.size,
    message_count: 0,
    total_message_sent: 0,
    thread_metadata: {
      archived: t.archived,
      locked: t.locked,
      invitable: t.invitable,
      auto_archive_duration: 10080,
      archive_timestamp: t.createdAt,
      create_timestamp: t.createdAt,
    },
  };
}

export function messagePayload(message: SimMessage, author: SimUser) {
  return {
    id: message.id,
    type: 0,
    channel_id: message.channelId,
    author: userPayload(author),
    content: message.content,
    timestamp: message.createdAt,
    edited_timestamp: message.editedAt,
    tts: false,
    mention_everyone: message.mentionEveryone,
    mentions: message.mentions.map((id) => ({
      id,
      username: id,
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: 0,
      flags: 0,
      primary_guild: null,
    })),
    mention_roles: [],
    attachments: message.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.data.length,
      content_type: a.contentType,
      url: `https://cdn.discordapp.com/attachments/${message.channelId}/${a.id}/${a.filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${message.channelId}/${a.id}/${a.filename}`,
    })),
    embeds: message.embeds.map((embed) => ({ type: 'rich', ...embed })),
    components: numbered(message.components),
    pinned: false,
    flags: message.flags,
    ...(message.nonce ? { nonce: message.nonce } : {}),
  };
}

/** Components as Discord answers them: each with a numeric id, in order, rows included. */
function numbered(components: any[]): any[] {
  let next = 1;
  const number = (component: any): any => ({
    id: next++,
    ...component,
    ...(component.components ? { components: component.components.map(number) } : {}),
  });
  return components.map(number);
}
