import { Events, GatewayDispatchEvents, type Client } from 'discord.js';
import type { AppContext } from '../context.ts';
import { memberGone } from '../domain/pairings/pairing-close.ts';
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
  const guard = (name: string, work: Promise<unknown>) => work.catch((error: unknown) => ctx.log.error('event.failed', { event: name, error: String(error) }));
  client.on(Events.Raw, ({ t, d }: RawPacket) => {
    if (t === GatewayDispatchEvents.ThreadDelete && d?.id) void guard('thread-delete', threadDeleted(ctx, d.id));
    if (t === GatewayDispatchEvents.GuildMemberRemove && d?.guild_id && d.user?.id) void guard('member-remove', memberGone(ctx, d.guild_id, d.user.id));
  });
}
