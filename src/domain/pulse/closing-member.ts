import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findCheckin } from '../checkins/checkin.repo.ts';
import { findGroupByThread, membershipsOfGroup } from '../groups/group.repo.ts';
import { findPairing } from '../pairings/pairing.repo.ts';

/** Days after a pairing ends that its closing form still takes answers. */
export const CLOSING_FORM_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * The closing message's form stays open after a member pressed End on it: the actor's own pairing
 * (or group membership) of that closing, if it ended at or after the closing was posted. Anyone
 * else, or a pairing that ended before, gets nothing here. It closes CLOSING_FORM_DAYS after the
 * end, and as soon as retention erased the pairing's text: nothing written is ever left unerased.
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
  if (!pairing) return undefined;
  // Retention shorter than the window closes the form with the erasure: the refusal says when.
  const days = Math.min(CLOSING_FORM_DAYS, ctx.retentionDays || CLOSING_FORM_DAYS);
  const closesAt = Date.parse(pairing.endedAt!) + CLOSING_FORM_DAYS * DAY_MS;
  if (pairing.textErasedAt !== null || ctx.clock.now().getTime() > closesAt)
    throw new UserFacingError('error.closingFormClosed', { days });
  return { checkin, pairing };
}
