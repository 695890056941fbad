import type { Db, PairGroupRow } from '../../db/schema.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import { toPairings } from '../pairings/pairing.repo.ts';
import type { PairGroup } from './group.types.ts';

export function toPairGroup(row: PairGroupRow): PairGroup {
  return {
    id: row.id,
    programId: row.program_id,
    guildId: row.guild_id,
    mentorId: row.mentor_id,
    threadId: row.thread_id,
    welcomeMessageId: row.welcome_message_id,
    week: row.week,
    nextCheckinAt: row.next_checkin_at,
    status: row.status,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}

const toMaybeGroup = (row: PairGroupRow | undefined) => row && toPairGroup(row);

export function findGroup(db: Db, id: number): Promise<PairGroup | undefined> {
  return db.selectFrom('pair_groups').selectAll().where('id', '=', id).executeTakeFirst().then(toMaybeGroup);
}

export function findGroupByThread(db: Db, threadId: string): Promise<PairGroup | undefined> {
  return db
    .selectFrom('pair_groups')
    .selectAll()
    .where('thread_id', '=', threadId)
    .executeTakeFirst()
    .then(toMaybeGroup);
}

/** The mentor's live group in the program, if any (one at most: `pair_groups_live_mentor`). */
export function liveGroupOfMentor(db: Db, programId: number, mentorId: string): Promise<PairGroup | undefined> {
  return db
    .selectFrom('pair_groups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('mentor_id', '=', mentorId)
    .where('status', '=', 'active')
    .executeTakeFirst()
    .then(toMaybeGroup);
}

export function insertGroup(
  db: Db,
  group: Pick<PairGroup, 'programId' | 'guildId' | 'mentorId' | 'nextCheckinAt' | 'createdAt'>,
): Promise<PairGroup> {
  return db
    .insertInto('pair_groups')
    .values({
      program_id: group.programId,
      guild_id: group.guildId,
      mentor_id: group.mentorId,
      next_checkin_at: group.nextCheckinAt,
      status: 'active',
      created_at: group.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toPairGroup);
}

export async function setGroupThread(db: Db, id: number, threadId: string | null): Promise<void> {
  await db.updateTable('pair_groups').set({ thread_id: threadId }).where('id', '=', id).execute();
}

export async function setGroupWelcome(db: Db, id: number, messageId: string | null): Promise<void> {
  await db.updateTable('pair_groups').set({ welcome_message_id: messageId }).where('id', '=', id).execute();
}

/** Ends a live group; false if it had already ended (so it ends once). */
export async function endGroupRow(db: Db, id: number, at: string): Promise<boolean> {
  const ended = await db
    .updateTable('pair_groups')
    .set({ status: 'ended', ended_at: at, next_checkin_at: null })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return ended.numUpdatedRows !== 0n;
}

/** The group's memberships that are not ended (active or paused), oldest first. */
export function liveMembershipsOfGroup(db: Db, groupId: number): Promise<Pairing[]> {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('status', '<>', 'ended')
    .orderBy('id')
    .execute()
    .then(toPairings);
}

/** Every membership of a group, ended ones included, oldest first. */
export function membershipsOfGroup(db: Db, groupId: number): Promise<Pairing[]> {
  return db.selectFrom('pairings').selectAll().where('group_id', '=', groupId).orderBy('id').execute().then(toPairings);
}

/** The actor's live membership of a group: as its mentee, or (for the mentor) the oldest one. */
export async function membershipInGroup(db: Db, group: PairGroup, userId: string): Promise<Pairing | undefined> {
  const live = await liveMembershipsOfGroup(db, group.id);
  if (userId === group.mentorId) return live.find((p) => p.status === 'active') ?? live[0];
  return live.find((p) => p.menteeId === userId);
}

/** Removes a group that never had a thread (its memberships are removed first). */
export async function deleteGroup(db: Db, id: number): Promise<void> {
  await db.deleteFrom('pair_groups').where('id', '=', id).execute();
}

/**
 * The membership a report filed in a group's thread concerns: a mentee's own; for the mentor,
 * that of the member they report (none if they name nobody of the group).
 */
export async function membershipOfReport(
  db: Db,
  group: PairGroup,
  reporterId: string,
  reportedId: string | null | undefined,
): Promise<Pairing | undefined> {
  if (reporterId !== group.mentorId) return membershipInGroup(db, group, reporterId);
  const live = await liveMembershipsOfGroup(db, group.id);
  return live.find((p) => p.menteeId === reportedId);
}

/** The program's live groups, with their week (their schedule is theirs, not their memberships'). */
export function liveGroupsOfProgram(db: Db, programId: number): Promise<{ id: number; week: number }[]> {
  return db
    .selectFrom('pair_groups')
    .select(['id', 'week'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .execute();
}

export async function setGroupNextCheckin(db: Db, id: number, nextCheckinAt: string | null): Promise<void> {
  await db.updateTable('pair_groups').set({ next_checkin_at: nextCheckinAt }).where('id', '=', id).execute();
}
