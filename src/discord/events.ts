import { Events, GatewayDispatchEvents, type Client } from 'discord.js';
import type { AppContext } from '../context.ts';
import { memberGone } from '../domain/pairings/pairing-end.service.ts';
import { threadDeleted } from '../domain/pairings/thread-lost.ts';

interface RawPacket {
  t?: string;
  d?: { id?: string; guild_id?: string; user?: { id?: string } };
}

/**
 * Gateway events the domain cares about, read from the raw dispatch: the bot caches neither
 * members nor archived threads, and discord.js only reports what it has cached. Member
 * removals arrive only with the optional Server Members intent.
 */
export function attachEvents(client: Client, ctx: AppContext): void {
  // Each event's work logs through a child carrying the event's name (not `event`: that is the line's own).
  const guard = (name: string, work: (ctx: AppContext) => Promise<unknown>): void => {
    const log = ctx.log.child({ gatewayEvent: name });
    work({ ...ctx, log }).catch((error: unknown) => log.error('event.failed', { err: error }));
  };
  client.on(Events.Raw, ({ t, d }: RawPacket) => {
    const [id, guildId, userId] = [d?.id, d?.guild_id, d?.user?.id];
    if (t === GatewayDispatchEvents.ThreadDelete && id) guard('thread-delete', (scoped) => threadDeleted(scoped, id));
    if (t === GatewayDispatchEvents.GuildMemberRemove && guildId && userId)
      guard('member-remove', (scoped) => memberGone(scoped, guildId, userId));
  });
}
