import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Actor } from '../actor.ts';
import { findCheckin } from '../checkins/checkin.repo.ts';
import { findGroupByThread, membershipsOfGroup } from '../groups/group.repo.ts';
import { findPairing } from '../pairings/pairing.repo.ts';

/**
 * The closing message's form stays open after a member pressed End on it: the actor's own pairing
 * (or group membership) of that closing, if it ended at or after the closing was posted. Anyone
 * else, or a pairing that ended before, gets nothing here.
 */
export async function closingOfEndedPairing(
  ctx: AppContext,
  actor: Actor,
  target: { checkinId: number; threadId: string },
): Promise<{ checkin: Checkin; pairing: Pairing } | undefined> {
  const checkin = await findCheckin(ctx.db, target.checkinId);
  const postedAt = checkin?.kind === 'closing' ? checkin.postedAt : null;
  if (!checkin || postedAt === null) return undefined;
  const named = await findPairing(ctx.db, checkin.pairingId);
  if (!named || named.guildId !== actor.guildId) return undefined;
  const group = named.groupId === null ? undefined : await findGroupByThread(ctx.db, target.threadId);
  if (named.groupId === null ? named.threadId !== target.threadId : group?.id !== named.groupId) return undefined;
  const candidates = named.groupId === null ? [named] : await membershipsOfGroup(ctx.db, named.groupId);
  const pairing = candidates.find(
    (p) =>
      (p.mentorId === actor.userId || p.menteeId === actor.userId) &&
      p.status === 'ended' &&
      p.endedAt !== null &&
      p.endedAt >= postedAt,
  );
  return pairing && { checkin, pairing };
}
