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

/** Discord refused a request for good (a 4xx other than 429): sending it again would not help. */
export class RefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Discord says the channel or thread is gone or closed to the bot (404/403). */
export class ChannelUnavailableError extends RefusedError {
  constructor(
    readonly channelId: string,
    status: number,
    code = 0,
  ) {
    super(status, code, `channel ${channelId} unavailable (${status})`);
  }
}

/** Discord says the member is not in the server any more (Unknown Member). */
export class MemberGoneError extends RefusedError {
  constructor(
    readonly guildId: string,
    readonly userId: string,
  ) {
    super(404, 10007, `member ${userId} left guild ${guildId}`);
  }
}
