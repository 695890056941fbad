import { Client, GatewayIntentBits, Options } from 'discord.js';
import { pacedRequest, type Pacer } from './pacer.ts';

/**
 * REST options that pace every request at the moment it leaves (see pacer.ts), shared by all
 * the bot's REST clients. discord.js's own fixed-window global limiter would hold requests at
 * its window's edge and release them in a burst that trips the real limit: it is set aside.
 */
export function pacedRest(pacer: Pacer) {
  return { makeRequest: pacedRequest(pacer), globalRequestsPerSecond: 1_000 };
}

/**
 * The gateway client: the Guilds intent (never message content), plus Server Members only if
 * asked for, to hear members leave. Users, members and messages are not cached beyond the
 * bot's own: interactions carry what we need. Messages sent through it ping no one unless they
 * name whom (`allowedMentions`).
 */
export function createClient(apiUrl: string | undefined, pacer: Pacer, memberEvents = false): Client {
  return new Client({
    intents: memberEvents ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] : [GatewayIntentBits.Guilds],
    rest: { ...pacedRest(pacer), ...(apiUrl ? { api: apiUrl } : {}) },
    // No mention pings unless a message says so: a forgotten option can never ping anyone.
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}
