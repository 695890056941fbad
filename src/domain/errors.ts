import type { MessageKey, MessageParams } from '../i18n/index.ts';

/** A refusal the user should read: shown ephemerally, in their language; nothing was changed. */
export class UserFacingError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

/** Discord says the channel or thread is gone or closed to the bot (404/403). */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly channelId: string,
    readonly status: number,
  ) {
    super(`channel ${channelId} unavailable (${status})`);
  }
}

/** Discord says the member is not in the server any more (Unknown Member). */
export class MemberGoneError extends Error {
  constructor(
    readonly guildId: string,
    readonly userId: string,
  ) {
    super(`member ${userId} left guild ${guildId}`);
  }
}
