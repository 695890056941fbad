import { Events, GatewayDispatchEvents, type Client } from 'discord.js';
import type { AppContext } from '../context.ts';
import { memberGone } from '../domain/pairings/pairing-close.ts';
import { threadDeleted } from '../domain/pairings/thread-lost.ts';

/**
 * Gateway events the domain cares about. Thread deletions are read from the raw dispatch, so
 * that a thread missing from the cache (archived before a restart) still counts.
 */
export function attachEvents(client: Client, ctx: AppContext): void {
  const guard = (name: string, work: Promise<unknown>) => work.catch((error: unknown) => ctx.log.error('event.failed', { event: name, error: String(error) }));
  client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }) => {
    if (packet.t === GatewayDispatchEvents.ThreadDelete && packet.d?.id) void guard('thread-delete', threadDeleted(ctx, packet.d.id));
  });
  client.on(Events.GuildMemberRemove, (member) => void guard('member-remove', memberGone(ctx, member.guild.id, member.id)));
}
