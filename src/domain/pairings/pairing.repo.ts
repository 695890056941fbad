import type { Db, PairingRow } from '../../db/schema.ts';
import type { NewPairing, Pairing } from './pairing.types.ts';

export function toPairing(row: PairingRow): Pairing {
  return {
    id: row.id,
    programId: row.program_id,
    guildId: row.guild_id,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    threadId: row.thread_id,
    welcomeMessageId: row.welcome_message_id,
    week: row.week,
    nextCheckinAt: row.next_checkin_at,
    status: row.status,
    pausedReason: row.paused_reason,
    endedBy: row.ended_by,
    endReason: row.end_reason,
    endedAt: row.ended_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    stallNotifiedWeek: row.stall_notified_week,
    continuedAt: row.continued_at,
    checkinsPausedUntil: row.checkins_paused_until,
    groupId: row.group_id,
    textErasedAt: row.text_erased_at,
  };
}

export const toPairings = (rows: PairingRow[]): Pairing[] => rows.map(toPairing);
const toMaybePairing = (row: PairingRow | undefined) => row && toPairing(row);

export function findPairing(db: Db, id: number): Promise<Pairing | undefined> {
  return db.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst().then(toMaybePairing);
}

export function findPairingByThread(db: Db, threadId: string): Promise<Pairing | undefined> {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('thread_id', '=', threadId)
    .executeTakeFirst()
    .then(toMaybePairing);
}

/** Pairings that are not ended between the two members in a program, in either role. */
export function pairingsBetween(db: Db, programId: number, a: string, b: string): Promise<Pairing[]> {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('program_id', '=', programId)
    .where((eb) =>
      eb.or([
        eb.and([eb('mentor_id', '=', a), eb('mentee_id', '=', b)]),
        eb.and([eb('mentor_id', '=', b), eb('mentee_id', '=', a)]),
      ]),
    )
    .execute()
    .then(toPairings);
}

export async function countLivePairingsOfMentor(db: Db, programId: number, mentorId: string): Promise<number> {
  const row = await db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('mentor_id', '=', mentorId)
    .where('status', '<>', 'ended')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isBlocked(db: Db, guildId: string, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('blocks')
    .select('blocker_id')
    .where('guild_id', '=', guildId)
    .where((eb) =>
      eb.or([
        eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]),
        eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export async function countLivePairingsOfProgram(db: Db, programId: number): Promise<number> {
  const row = await db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('status', '<>', 'ended')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Ids of the pairings not ended that a member is in, as mentor or mentee: in a server, in one
 * program of a server, or in one program.
 */
export function livePairingsOfMember(
  db: Db,
  scope: { guildId: string; programId?: number } | { programId: number },
  userId: string,
): Promise<{ id: number }[]> {
  let query = db.selectFrom('pairings').select('id');
  if ('guildId' in scope) query = query.where('guild_id', '=', scope.guildId);
  else query = query.where('program_id', '=', scope.programId);
  query = query
    .where('status', '<>', 'ended')
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]));
  if ('guildId' in scope && scope.programId !== undefined) query = query.where('program_id', '=', scope.programId);
  return query.execute();
}

/** A page of a program's pairings: live ones first, then ended, newest first. */
export function pairingsPageOfProgram(db: Db, programId: number, limit: number, offset: number): Promise<Pairing[]> {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy((eb) => eb.case().when('status', '=', 'ended').then(1).else(0).end())
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
    .then(toPairings);
}

/** How many pairings a program has had, ended ones included. */
export async function countPairingsOfProgram(db: Db, programId: number): Promise<number> {
  const row = await db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertPairing(db: Db, pairing: NewPairing): Promise<Pairing> {
  return db
    .insertInto('pairings')
    .values({
      program_id: pairing.programId,
      guild_id: pairing.guildId,
      mentor_id: pairing.mentorId,
      mentee_id: pairing.menteeId,
      next_checkin_at: pairing.nextCheckinAt,
      status: pairing.status,
      created_by: pairing.createdBy,
      created_at: pairing.createdAt,
      group_id: pairing.groupId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toPairing);
}

/** Brings back a pairing whose thread was lost: active again, with no thread or welcome yet. */
export function reactivatePairing(db: Db, id: number, nextCheckinAt: string): Promise<Pairing> {
  return db
    .updateTable('pairings')
    .set({
      status: 'active',
      paused_reason: null,
      thread_id: null,
      welcome_message_id: null,
      next_checkin_at: nextCheckinAt,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toPairing);
}

export async function deletePairing(db: Db, id: number): Promise<void> {
  await db.deleteFrom('pairings').where('id', '=', id).execute();
}

/** Records a pairing's thread, unless it already has one. */
export async function setPairingThread(db: Db, id: number, threadId: string | null): Promise<void> {
  await db
    .updateTable('pairings')
    .set({ thread_id: threadId })
    .where('id', '=', id)
    .where('thread_id', 'is', null)
    .execute();
}

export async function setWelcomeMessage(db: Db, id: number, messageId: string | null): Promise<void> {
  await db.updateTable('pairings').set({ welcome_message_id: messageId }).where('id', '=', id).execute();
}

/** Pauses a pairing if it is active; false if it was not. */
export async function pauseActivePairing(db: Db, id: number, reason: string): Promise<boolean> {
  const paused = await db
    .updateTable('pairings')
    .set({ status: 'paused', paused_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return paused.numUpdatedRows > 0n;
}

/** Ends a pairing row if it has not ended yet; false if it had: a pairing ends once. */
export async function endPairingRow(
  db: Db,
  id: number,
  by: { actorId: string; reason: string },
  at: string,
): Promise<boolean> {
  const ended = await db
    .updateTable('pairings')
    .set({ status: 'ended', ended_by: by.actorId, end_reason: by.reason, ended_at: at, next_checkin_at: null })
    .where('id', '=', id)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
  return ended.numUpdatedRows !== 0n;
}

export async function hasCheckins(db: Db, pairingId: number): Promise<boolean> {
  const row = await db.selectFrom('checkins').select('id').where('pairing_id', '=', pairingId).executeTakeFirst();
  return row !== undefined;
}

/** A member's rating and feedback on a pairing; given again, they replace the first. */
export async function savePairingFeedback(
  db: Db,
  feedback: { pairingId: number; userId: string; rating: number | null; feedback: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('pairing_feedback')
    .values({
      pairing_id: feedback.pairingId,
      user_id: feedback.userId,
      rating: feedback.rating,
      feedback: feedback.feedback,
      created_at: feedback.at,
    })
    .onConflict((oc) =>
      oc.columns(['pairing_id', 'user_id']).doUpdateSet({ rating: feedback.rating, feedback: feedback.feedback }),
    )
    .execute();
}

/** A block in a server, kept if it is already there. */
export async function insertBlock(
  db: Db,
  guildId: string,
  blockerId: string,
  blockedId: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('blocks')
    .values({ guild_id: guildId, blocker_id: blockerId, blocked_id: blockedId, created_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
