import type { Db } from '../../db/schema.ts';

/**
 * Pauses an active pairing's check-ins until `until`, moving its next slot to `nextAt`, only if
 * the scheduler has not moved it since it was read; false otherwise.
 */
export async function pausePairingCheckins(
  db: Db,
  pairingId: number,
  fromNextAt: string,
  to: { until: string; nextAt: string },
): Promise<boolean> {
  const paused = await db
    .updateTable('pairings')
    .set({ checkins_paused_until: to.until, next_checkin_at: to.nextAt })
    .where('id', '=', pairingId)
    .where('status', '=', 'active')
    .where('next_checkin_at', '=', fromNextAt)
    .executeTakeFirst();
  return paused.numUpdatedRows !== 0n;
}

/** Pauses one member's check-ins in a group until `until`: the group's schedule goes on without them. */
export async function pauseMembershipCheckins(db: Db, pairingId: number, until: string): Promise<boolean> {
  const paused = await db
    .updateTable('pairings')
    .set({ checkins_paused_until: until })
    .where('id', '=', pairingId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return paused.numUpdatedRows !== 0n;
}

/**
 * Pauses a whole group's check-ins: its next slot moves to `nextAt` (only if the scheduler has
 * not moved it since it was read) and each live membership is paused until `until`, or later
 * if its own break ends later.
 */
export async function pauseGroupCheckins(
  db: Db,
  groupId: number,
  fromNextAt: string,
  to: { until: string; nextAt: string },
): Promise<boolean> {
  const moved = await db
    .updateTable('pair_groups')
    .set({ next_checkin_at: to.nextAt })
    .where('id', '=', groupId)
    .where('status', '=', 'active')
    .where('next_checkin_at', '=', fromNextAt)
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) return false;
  // A mentee's longer break of their own is kept: the later end wins.
  await db
    .updateTable('pairings')
    .set((eb) => ({
      checkins_paused_until: eb
        .case()
        .when('checkins_paused_until', '>', to.until)
        .then(eb.ref('checkins_paused_until'))
        .else(to.until)
        .end(),
    }))
    .where('group_id', '=', groupId)
    .where('status', '<>', 'ended')
    .execute();
  return true;
}
