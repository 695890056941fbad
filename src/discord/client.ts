import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The gateway client: the Guilds intent (never message content), plus Server Members only if
 * asked for, to hear members leave. Users, members and messages are not cached beyond the
 * bot's own: interactions carry what we need.
 */
export function createClient(apiUrl: string | undefined, memberEvents = false): Client {
  return new Client({
    intents: memberEvents ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] : [GatewayIntentBits.Guilds],
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}
