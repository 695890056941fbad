import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { PairGroup } from './group.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findCheckin, latestPostedCheckin } from '../checkins/checkin.repo.ts';
import { groupChain, recordViewRefresh } from '../outbox/effect.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { groupWeekCheckins } from './group-checkin.repo.ts';
import { membershipInGroup } from './group.repo.ts';

/**
 * Each member of a group answers the week's check-in for themselves, on their membership's
 * row. The mentor has no row of their own: their answer is kept on every row of the week (so a
 * membership reads "answered" when its mentor or its mentee did, as a pair does).
 */

/** The actor's own check-in row of the group's week (the button's, or the latest posted) and membership. */
export async function groupCheckinOfMember(
  ctx: AppContext,
  actor: Actor,
  group: PairGroup,
  checkinId: number | undefined,
): Promise<{ checkin: Checkin; pairing: Pairing }> {
  if (group.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  const membership = await membershipInGroup(ctx.db, group, actor.userId);
  if (!membership) throw new UserFacingError('error.notYourPair');
  if (membership.status !== 'active') throw new UserFacingError('error.pairingNotActive');
  if (checkinId === undefined) {
    const latest = await latestPostedCheckin(ctx.db, membership.id);
    if (!latest || latest.kind !== 'prompt') throw new UserFacingError('error.noCheckinYet');
    return { checkin: latest, pairing: membership };
  }
  const named = await findCheckin(ctx.db, checkinId);
  const namedPairing = named && (await findPairing(ctx.db, named.pairingId));
  if (!named || namedPairing?.groupId !== group.id) throw new UserFacingError('error.staleButton');
  const rows = await groupWeekCheckins(ctx.db, group.id, named.week);
  const own = rows.find((row) => row.pairingId === membership.id);
  const checkin = own && (await findCheckin(ctx.db, own.id));
  // A mentee who joined after that week's message has no row in it.
  if (!checkin) throw new UserFacingError('error.staleButton');
  return { checkin, pairing: membership };
}

/** The rows an answer of the actor goes on: the mentor's, every row of the week; a mentee's, their own. */
export async function answerRows(ctx: AppContext, actor: Actor, pairing: Pairing, checkin: Checkin): Promise<number[]> {
  if (pairing.groupId === null || actor.userId !== pairing.mentorId) return [checkin.id];
  const rows = await groupWeekCheckins(ctx.db, pairing.groupId, checkin.week);
  return rows.filter((row) => row.pairingStatus === 'active').map((row) => row.id);
}

/** The group's message of the week shows the new count: one edit covers a burst of answers. */
export async function refreshGroupCount(ctx: AppContext, pairing: Pairing, checkin: Checkin): Promise<void> {
  if (pairing.groupId === null) return;
  const groupId = pairing.groupId;
  const rows = await groupWeekCheckins(ctx.db, groupId, checkin.week);
  const first = rows[0];
  if (!first) return;
  const now = ctx.clock.now();
  await transact(ctx.db, (trx) =>
    recordViewRefresh(
      trx,
      { guildId: pairing.guildId, chain: groupChain(groupId), view: 'group-checkin', id: first.id },
      now,
    ),
  );
  ctx.outbox.kick();
}
