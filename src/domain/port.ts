/**
 * The narrow port through which the domain acts on Discord. Messages are described neutrally;
 * the Discord adapter turns them into API payloads. Implementations throw
 * ChannelUnavailableError when a channel is gone or closed to the bot.
 */
export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

export interface Button {
  customId: string;
  label: string;
  style: ButtonStyle;
  disabled?: boolean;
}

export interface Embed {
  title: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  color?: number;
  footer?: string;
  /** An image URL, or attachment://NAME for a file sent with the message. */
  image?: string;
}

export interface OutgoingMessage {
  content?: string;
  embeds?: Embed[];
  /** Rows of buttons, at most five per row. */
  buttons?: Button[][];
  /** The only users this message may mention (and so add to a private thread). */
  mentionUsers?: string[];
  /** Makes a retried post return the first message instead of a second one. */
  nonce?: string;
  /** Files sent with the message (an embed shows one as attachment://NAME). */
  files?: { name: string; data: Buffer }[];
}

/** Why the bot may not give a role: it is @everyone, managed by an integration, above the bot's, or Manage Roles is missing. */
export type RoleRefusal = 'unknown' | 'everyone' | 'managed' | 'dangerous' | 'no-permission' | 'above-bot';

/** A message the bot itself sent, as Discord shows it back (the bot may always read its own). */
export interface SentMessage {
  id: string;
  nonce: string | null;
  content: string;
  customIds: string[];
  embedTitles: string[];
}

/**
 * Every method throws RefusedError (or a subclass) when Discord refuses for good, and any
 * other error when the outcome is unknown or passing (5xx, timeouts, 429s).
 */
export interface DiscordPort {
  createPrivateThread(channelId: string, name: string): Promise<{ id: string }>;
  /** Throws MemberGoneError when the member is no longer in the server. */
  addThreadMember(guildId: string, threadId: string, userId: string): Promise<void>;
  /** Takes a member out of a thread (a member already out is no error). */
  removeThreadMember(threadId: string, userId: string): Promise<void>;
  /** The bot's own private thread of `parentId`, active or archived, with exactly this name: one made before a crash. */
  findThread(guildId: string, parentId: string, name: string): Promise<{ id: string } | null>;
  postMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }>;
  /** The bot's own messages in a channel, sent at `since` or later. */
  ownMessagesSince(channelId: string, since: Date): Promise<SentMessage[]>;
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void>;
  setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }): Promise<void>;
  /** The direct-message channel with a user. */
  openDm(userId: string): Promise<string>;
  /**
   * The display names (server nickname, else global name, else username) of those of these
   * users who are in the server, read from its member list a page at a time.
   */
  memberDisplayNames(guildId: string, userIds: readonly string[]): Promise<Map<string, string>>;
  /** Why the bot could not give this role, or null if it can. */
  roleRefusal(guildId: string, roleId: string): Promise<RoleRefusal | null>;
  /** Gives a member a role; throws MemberGoneError when the member left. */
  addMemberRole(guildId: string, userId: string, roleId: string): Promise<void>;
  /** A member's name as the server shows it (nickname, display name, username); null when gone. */
  memberDisplayName(guildId: string, userId: string): Promise<string | null>;
}
