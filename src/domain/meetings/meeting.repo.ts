import type { Db, MeetingProposalRow, MeetingRow } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';
import type { Meeting, MeetingProposal } from './meeting.types.ts';

export function toMeetingProposal(row: MeetingProposalRow): MeetingProposal {
  return {
    id: row.id,
    pairingId: row.pairing_id,
    guildId: row.guild_id,
    proposerId: row.proposer_id,
    slots: [row.slot_1, row.slot_2, row.slot_3].filter((slot): slot is string => slot !== null),
    status: row.status,
    createdAt: row.created_at,
  };
}

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    pairingId: row.pairing_id,
    guildId: row.guild_id,
    pickedBy: row.picked_by,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    remindedAt: row.reminded_at,
    createdAt: row.created_at,
  };
}

export function insertMeetingProposal(
  db: Db,
  proposal: Omit<MeetingProposal, 'id' | 'status'>,
): Promise<MeetingProposal> {
  return db
    .insertInto('meeting_proposals')
    .values({
      pairing_id: proposal.pairingId,
      guild_id: proposal.guildId,
      proposer_id: proposal.proposerId,
      slot_1: proposal.slots[0] as string,
      slot_2: proposal.slots[1] ?? null,
      slot_3: proposal.slots[2] ?? null,
      status: 'open',
      created_at: proposal.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toMeetingProposal);
}

export function findMeetingProposal(db: Db, id: number): Promise<MeetingProposal | undefined> {
  return db
    .selectFrom('meeting_proposals')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row && toMeetingProposal(row));
}

export function findMeeting(db: Db, id: number): Promise<Meeting | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row && toMeeting(row));
}

/** The pairing's open proposal, if any (a unique index keeps at most one). */
export function findOpenMeetingProposal(db: Db, pairingId: number): Promise<MeetingProposal | undefined> {
  return db
    .selectFrom('meeting_proposals')
    .selectAll()
    .where('pairing_id', '=', pairingId)
    .where('status', '=', 'open')
    .executeTakeFirst()
    .then((row) => row && toMeetingProposal(row));
}

/** The pairing's next meeting starting after `now`, if any. */
export function findUpcomingMeeting(db: Db, pairingId: number, now: Date): Promise<Meeting | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('pairing_id', '=', pairingId)
    .where('starts_at', '>', now.toISOString())
    .orderBy('starts_at')
    .executeTakeFirst()
    .then((row) => row && toMeeting(row));
}

/** Closes an open proposal (picked or withdrawn); false if it was no longer open. */
export async function closeMeetingProposal(db: Db, id: number, status: 'picked' | 'withdrawn'): Promise<boolean> {
  const result = await db
    .updateTable('meeting_proposals')
    .set({ status })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function insertMeeting(db: Db, meeting: Omit<Meeting, 'id' | 'remindedAt'>): Promise<Meeting> {
  return db
    .insertInto('meetings')
    .values({
      proposal_id: meeting.proposalId,
      pairing_id: meeting.pairingId,
      guild_id: meeting.guildId,
      picked_by: meeting.pickedBy,
      starts_at: meeting.startsAt,
      ends_at: meeting.endsAt,
      created_at: meeting.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toMeeting);
}

/** Meetings of active pairings (not ended, nor paused by a report) starting within the hour and not reminded yet, of the scope's servers. */
export function meetingsDueReminder(db: Db, now: Date, scope: GuildScope | null, limit: number): Promise<Meeting[]> {
  return db
    .selectFrom('meetings')
    .innerJoin('pairings', 'pairings.id', 'meetings.pairing_id')
    .selectAll('meetings')
    .where('meetings.reminded_at', 'is', null)
    .where('meetings.starts_at', '>', now.toISOString())
    .where('meetings.starts_at', '<=', new Date(now.getTime() + 3_600_000).toISOString())
    .where('pairings.status', '=', 'active')
    .where(inGuildScope('meetings.guild_id', scope))
    .orderBy('meetings.starts_at')
    .limit(limit)
    .execute()
    .then((rows) => rows.map(toMeeting));
}

/** Marks the meeting reminded; false if another run already did. */
export async function markMeetingReminded(db: Db, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('meetings')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Erases the meetings and proposed times of the member's pairings in a server (forget-me). */
export async function deleteMeetingsOfMember(db: Db, guildId: string, userId: string): Promise<void> {
  const pairingIds = db
    .selectFrom('pairings')
    .select('id')
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]));
  await db.deleteFrom('meetings').where('pairing_id', 'in', pairingIds).execute();
  await db.deleteFrom('meeting_proposals').where('pairing_id', 'in', pairingIds).execute();
}
