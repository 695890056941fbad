import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { PairGroup } from './group.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findCheckin } from '../checkins/checkin.repo.ts';
import { groupChain, recordViewRefresh } from '../outbox/effect.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { groupWeekCheckins, latestPostedGroupWeek } from './group-checkin.repo.ts';
import { liveMembershipsOfGroup } from './group.repo.ts';

/**
 * Each member of a group answers the week's check-in for themselves, on their membership's
 * row. The mentor has no row of their own: their answer is kept on every row of the week (so a
 * membership reads "answered" when its mentor or its mentee did, as a pair does).
 */

/**
 * The actor's row of the group's week (the button's, or the latest posted) and its membership.
 * The week is the group's, never a membership's: the mentor answers on the first active row of
 * that week, whichever of their mentees is on a break.
 */
export async function groupCheckinOfMember(
  ctx: AppContext,
  actor: Actor,
  group: PairGroup,
  checkinId: number | undefined,
): Promise<{ checkin: Checkin; pairing: Pairing }> {
  if (group.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  const live = await liveMembershipsOfGroup(ctx.db, group.id);
  const isMentor = actor.userId === group.mentorId;
  const own = isMentor ? live : live.filter((p) => p.menteeId === actor.userId);
  if (own.length === 0) throw new UserFacingError('error.notYourPair');
  if (!own.some((p) => p.status === 'active')) throw new UserFacingError('error.pairingNotActive');
  const rows = await groupWeekCheckins(ctx.db, group.id, await weekAnswered(ctx, group, checkinId));
  const row = rows.find((r) => r.pairingStatus === 'active' && own.some((p) => p.id === r.pairingId));
  const checkin = row && (await findCheckin(ctx.db, row.id));
  const pairing = row && own.find((p) => p.id === row.pairingId);
  if (!checkin || !pairing) throw noRowOf(ctx, isMentor ? [] : own, checkinId);
  return { checkin, pairing };
}

/** The group's week a button names, or (without one) its latest posted prompt's. */
async function weekAnswered(ctx: AppContext, group: PairGroup, checkinId: number | undefined): Promise<number> {
  if (checkinId === undefined) {
    const latest = await latestPostedGroupWeek(ctx.db, group.id);
    if (!latest || latest.kind !== 'prompt') throw new UserFacingError('error.noCheckinYet');
    return latest.week;
  }
  const named = await findCheckin(ctx.db, checkinId);
  const namedPairing = named && (await findPairing(ctx.db, named.pairingId));
  if (!named || namedPairing?.groupId !== group.id) throw new UserFacingError('error.staleButton');
  return named.week;
}

/** A mentee on a break has no row in the weeks it covers; one who joined after the week's message neither. */
function noRowOf(ctx: AppContext, mentee: Pairing[], checkinId: number | undefined): UserFacingError {
  const now = ctx.clock.now().toISOString();
  const until = mentee.find((p) => p.status === 'active' && (p.checkinsPausedUntil ?? '') > now)?.checkinsPausedUntil;
  if (until) return new UserFacingError('error.onBreak', { until: Math.floor(Date.parse(until) / 1000) });
  return new UserFacingError(checkinId === undefined ? 'error.noCheckinYet' : 'error.staleButton');
}

/**
 * The rows (and memberships) an answer of the actor goes on: the mentor's, every active row of
 * the week; anyone else's, their own.
 */
export async function answerRows(
  ctx: AppContext,
  actor: Actor,
  pairing: Pairing,
  checkin: Checkin,
): Promise<{ id: number; pairingId: number }[]> {
  if (pairing.groupId === null || actor.userId !== pairing.mentorId) return [{ id: checkin.id, pairingId: pairing.id }];
  const rows = await groupWeekCheckins(ctx.db, pairing.groupId, checkin.week);
  return rows.filter((row) => row.pairingStatus === 'active').map((row) => ({ id: row.id, pairingId: row.pairingId }));
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
