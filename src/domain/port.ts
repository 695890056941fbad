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
}

export interface DiscordPort {
  createPrivateThread(channelId: string, name: string): Promise<{ id: string }>;
  /** Throws MemberGoneError when the member is no longer in the server. */
  addThreadMember(guildId: string, threadId: string, userId: string): Promise<void>;
  /** Active threads of a server whose name ends with `suffix`, to adopt one made before a crash. */
  findActiveThread(guildId: string, parentId: string, suffix: string): Promise<{ id: string } | null>;
  postMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }>;
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void>;
  setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }): Promise<void>;
  sendDirectMessage(userId: string, message: OutgoingMessage): Promise<{ id: string }>;
}
