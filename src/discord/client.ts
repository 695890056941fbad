import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The gateway client: the Guilds intent only (no message content, no members list). Users,
 * members and messages are not cached beyond the bot's own: interactions carry what we need.
 */
export function createClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}
