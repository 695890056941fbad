import type { Db, MentorRequestRow, RequestStatus } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';
import type { MentorRequest } from './request.types.ts';

export function toMentorRequest(row: MentorRequestRow): MentorRequest {
  return {
    id: row.id,
    programId: row.program_id,
    guildId: row.guild_id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    status: row.status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    closeReason: row.close_reason,
    pairingId: row.pairing_id,
    dmMessageId: row.dm_message_id,
    dmFailedAt: row.dm_failed_at,
    menteeToldAt: row.mentee_told_at,
  };
}

const toRequests = (rows: MentorRequestRow[]) => rows.map(toMentorRequest);

export function insertRequest(
  db: Db,
  request: Pick<MentorRequest, 'programId' | 'guildId' | 'menteeId' | 'mentorId' | 'createdAt' | 'expiresAt'>,
): Promise<MentorRequest> {
  return db
    .insertInto('mentor_requests')
    .values({
      program_id: request.programId,
      guild_id: request.guildId,
      mentee_id: request.menteeId,
      mentor_id: request.mentorId,
      status: 'open',
      created_at: request.createdAt,
      expires_at: request.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toMentorRequest);
}

export function findRequest(db: Db, id: number): Promise<MentorRequest | undefined> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row && toMentorRequest(row));
}

/** A member's open requests in a program, sent (as mentee) or received (as mentor). */
export function openRequestsOf(
  db: Db,
  programId: number,
  side: 'mentee' | 'mentor',
  userId: string,
): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('program_id', '=', programId)
    .where(side === 'mentee' ? 'mentee_id' : 'mentor_id', '=', userId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute()
    .then(toRequests);
}

/** A program's open requests, oldest first. */
export function openRequestsOfProgram(db: Db, programId: number): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('program_id', '=', programId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute()
    .then(toRequests);
}

/** A member's open requests in every program of a server, either side. */
export function openRequestsOfMember(db: Db, guildId: string, userId: string): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('mentee_id', '=', userId), eb('mentor_id', '=', userId)]))
    .orderBy('id')
    .execute()
    .then(toRequests);
}

/** Every request a member sent in a server, whatever became of it. */
export function requestsOfMentee(db: Db, guildId: string, menteeId: string): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('mentee_id', '=', menteeId)
    .orderBy('id')
    .execute()
    .then(toRequests);
}

/** Closed requests whose mentee was never told how they ended (a DM that could not be delivered). */
export function untoldClosedRequests(db: Db, guildId: string, menteeId: string): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('mentee_id', '=', menteeId)
    .where('status', 'in', ['declined', 'expired'])
    .where('mentee_told_at', 'is', null)
    .orderBy('id')
    .execute()
    .then(toRequests);
}

/**
 * Moves an open request to `status`: false if it was no longer open (answered, withdrawn or
 * expired at the same moment), so that each request closes once.
 */
export async function closeRequestRow(
  db: Db,
  id: number,
  status: Exclude<RequestStatus, 'open'>,
  fields: { at: string; reason?: string | null; pairingId?: number | null },
): Promise<boolean> {
  const result = await db
    .updateTable('mentor_requests')
    .set({
      status,
      answered_at: fields.at,
      close_reason: fields.reason ?? null,
      pairing_id: fields.pairingId ?? null,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open requests past their deadline, of this process's servers. */
export function dueRequests(db: Db, now: string, scope: GuildScope | null, limit: number): Promise<MentorRequest[]> {
  return db
    .selectFrom('mentor_requests')
    .selectAll()
    .where('status', '=', 'open')
    .where('expires_at', '<=', now)
    .where(inGuildScope('guild_id', scope))
    .orderBy('expires_at')
    .limit(limit)
    .execute()
    .then(toRequests);
}

export async function setRequestDm(
  db: Db,
  id: number,
  fields: { messageId?: string; failedAt?: string },
): Promise<void> {
  await db
    .updateTable('mentor_requests')
    .set({
      ...(fields.messageId ? { dm_message_id: fields.messageId } : {}),
      ...(fields.failedAt ? { dm_failed_at: fields.failedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markMenteeTold(db: Db, ids: number[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('mentor_requests').set({ mentee_told_at: at }).where('id', 'in', ids).execute();
}

/** Erases a member's requests, either side, in a server (forget-me). */
export async function deleteRequestsOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('mentor_requests')
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('mentee_id', '=', userId), eb('mentor_id', '=', userId)]))
    .execute();
}

/** A program's requests by status, and the minutes each answered one took. */
export async function requestCounts(
  db: Db,
  programId: number,
): Promise<{ byStatus: Record<RequestStatus, number>; answerMinutes: number[] }> {
  const rows = await db
    .selectFrom('mentor_requests')
    .select(['status', 'created_at', 'answered_at', 'close_reason'])
    .where('program_id', '=', programId)
    .execute();
  const byStatus: Record<RequestStatus, number> = { open: 0, accepted: 0, declined: 0, expired: 0, withdrawn: 0 };
  const answerMinutes: number[] = [];
  for (const row of rows) {
    byStatus[row.status] += 1;
    const answered = row.status === 'accepted' || (row.status === 'declined' && row.close_reason === null);
    if (answered && row.answered_at)
      answerMinutes.push((Date.parse(row.answered_at) - Date.parse(row.created_at)) / 60_000);
  }
  return { byStatus, answerMinutes };
}

export async function setRequestPairing(db: Db, id: number, pairingId: number): Promise<void> {
  await db.updateTable('mentor_requests').set({ pairing_id: pairingId }).where('id', '=', id).execute();
}
