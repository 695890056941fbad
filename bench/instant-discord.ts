import type { DiscordPort } from '../src/domain/port.ts';

/** A Discord that answers at once: isolates the bot's own cost. */
export const instantDiscord: DiscordPort = {
  createPrivateThread: async () => ({ id: '1' }),
  addThreadMember: async () => undefined,
  findActiveThread: async () => null,
  postMessage: async () => ({ id: '1' }),
  editMessage: async () => undefined,
  setThreadState: async () => undefined,
  sendDirectMessage: async () => ({ id: '1' }),
};
