import type { Updateable } from 'kysely';
import type { Db, NewProgramRow, ProgramRow, ProgramsTable, ProgramStatus } from '../../db/schema.ts';
import { toColumns } from '../columns.ts';
import { toPairings } from '../pairings/pairing.repo.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import { nameKey } from './program.input.ts';
import type { NewProgram, Program, ProgramUpdate } from './program.types.ts';

const programColumns = {
  guildId: 'guild_id',
  name: 'name',
  nameKey: 'name_key',
  template: 'template',
  pairChannelId: 'pair_channel_id',
  reportChannelId: 'report_channel_id',
  moderatorRoleId: 'moderator_role_id',
  checkinDay: 'checkin_day',
  checkinHour: 'checkin_hour',
  timezone: 'timezone',
  weeks: 'weeks',
  mentorCapacity: 'mentor_capacity',
  everyWeeks: 'every_weeks',
  format: 'format',
  status: 'status',
  signupsOpen: 'signups_open',
  locale: 'locale',
  panelMessageId: 'panel_message_id',
  matching: 'matching',
  requestDays: 'request_days',
  pulseWeek: 'pulse_week',
  completionRoleId: 'completion_role_id',
  createdBy: 'created_by',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<keyof Omit<Program, 'id'>, keyof ProgramRow>;

export function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    guildId: row.guild_id,
    name: row.name,
    nameKey: row.name_key,
    template: row.template,
    pairChannelId: row.pair_channel_id,
    reportChannelId: row.report_channel_id,
    moderatorRoleId: row.moderator_role_id,
    checkinDay: row.checkin_day,
    checkinHour: row.checkin_hour,
    timezone: row.timezone,
    weeks: row.weeks,
    mentorCapacity: row.mentor_capacity,
    everyWeeks: row.every_weeks,
    format: row.format,
    status: row.status,
    signupsOpen: row.signups_open === 1,
    locale: row.locale,
    panelMessageId: row.panel_message_id,
    matching: row.matching,
    requestDays: row.request_days,
    pulseWeek: row.pulse_week,
    completionRoleId: row.completion_role_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of a program's fields: sign-ups open is stored as 0 or 1. */
function programRow(fields: ProgramUpdate): Updateable<ProgramsTable> {
  const { signupsOpen, ...rest } = fields;
  return {
    ...(toColumns(programColumns, rest) as Updateable<ProgramsTable>),
    ...(signupsOpen === undefined ? {} : { signups_open: signupsOpen ? 1 : 0 }),
  };
}

const toPrograms = (rows: ProgramRow[]) => rows.map(toProgram);
const toMaybeProgram = (row: ProgramRow | undefined) => row && toProgram(row);

export function findProgramByName(db: Db, guildId: string, name: string): Promise<Program | undefined> {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('name_key', '=', nameKey(name))
    .executeTakeFirst()
    .then(toMaybeProgram);
}

export function findProgram(db: Db, id: number): Promise<Program | undefined> {
  return db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst().then(toMaybeProgram);
}

/** The program with this id; throws if there is none. */
export function getProgram(db: Db, id: number): Promise<Program> {
  return db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirstOrThrow().then(toProgram);
}

export function listPrograms(db: Db, guildId: string): Promise<Program[]> {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('name_key')
    .execute()
    .then(toPrograms);
}

/** Program names of a server starting with `prefix`, served from the (guild_id, name_key) index. */
export async function programNamesStartingWith(
  db: Db,
  guildId: string,
  prefix: string,
  limit: number,
): Promise<string[]> {
  const key = nameKey(prefix);
  const rows = await db
    .selectFrom('programs')
    .select('name')
    .where('guild_id', '=', guildId)
    .where('name_key', '>=', key)
    .where('name_key', '<', `${key}\uffff`)
    .orderBy('name_key')
    .limit(limit)
    .execute();
  return rows.map((r) => r.name);
}

export async function insertProgram(db: Db, program: NewProgram): Promise<Program> {
  const row = await db
    .insertInto('programs')
    .values(programRow(program) as NewProgramRow)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProgram(row);
}

export async function updateProgram(db: Db, id: number, changes: ProgramUpdate): Promise<void> {
  await db.updateTable('programs').set(programRow(changes)).where('id', '=', id).execute();
}

/** The moderator roles of a server's programs. */
export async function moderatorRoleIds(db: Db, guildId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('programs')
    .select('moderator_role_id')
    .where('guild_id', '=', guildId)
    .where('moderator_role_id', 'is not', null)
    .execute();
  return rows.map((r) => r.moderator_role_id as string);
}

/** Every program of a server with its moderator role, for deciding which a moderator sees. */
export function programModeratorRoles(
  db: Db,
  guildId: string,
): Promise<{ id: number; moderatorRoleId: string | null }[]> {
  return db
    .selectFrom('programs')
    .select(['id', 'moderator_role_id as moderatorRoleId'])
    .where('guild_id', '=', guildId)
    .execute();
}

/** The newest program the member signed up to in this server. */
export function newestProgramSignedUpBy(db: Db, guildId: string, userId: string): Promise<Program | undefined> {
  return db
    .selectFrom('programs')
    .innerJoin('signups', 'signups.program_id', 'programs.id')
    .selectAll('programs')
    .where('signups.guild_id', '=', guildId)
    .where('signups.user_id', '=', userId)
    .orderBy('programs.id', 'desc')
    .executeTakeFirst()
    .then(toMaybeProgram);
}

/** The server's newest program. */
export function newestProgram(db: Db, guildId: string): Promise<Program | undefined> {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('id', 'desc')
    .executeTakeFirst()
    .then(toMaybeProgram);
}

/** Opens sign-ups if they are closed; false if they were already open. */
export async function openProgramSignups(db: Db, id: number, status: ProgramStatus, at: Date): Promise<boolean> {
  const changed = await db
    .updateTable('programs')
    .set({ signups_open: 1, status, updated_at: at.toISOString() })
    .where('id', '=', id)
    .where('signups_open', '=', 0)
    .executeTakeFirst();
  return changed.numUpdatedRows !== 0n;
}

/** Closes sign-ups if they are open; false if they were already closed. */
export async function closeProgramSignups(db: Db, id: number, at: Date): Promise<boolean> {
  const closed = await db
    .updateTable('programs')
    .set({ signups_open: 0, updated_at: at.toISOString() })
    .where('id', '=', id)
    .where('signups_open', '=', 1)
    .executeTakeFirst();
  return closed.numUpdatedRows !== 0n;
}

/** Ends a program (sign-ups close with it) unless it has ended already; false if it had. */
export async function markProgramEnded(db: Db, id: number, at: Date): Promise<boolean> {
  const ending = await db
    .updateTable('programs')
    .set({ status: 'ended', signups_open: 0, updated_at: at.toISOString() })
    .where('id', '=', id)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
  return ending.numUpdatedRows !== 0n;
}

/** The pairings of a program that have not ended, with their week. */
export function livePairingsOfProgram(
  db: Db,
  programId: number,
): Promise<{ id: number; week: number; groupId: number | null }[]> {
  return db
    .selectFrom('pairings')
    .select(['id', 'week', 'group_id as groupId'])
    .where('program_id', '=', programId)
    .where('status', '<>', 'ended')
    .execute();
}

/** Every pairing of a program, ended or not. */
export function pairingsOfProgram(db: Db, programId: number): Promise<Pairing[]> {
  return db.selectFrom('pairings').selectAll().where('program_id', '=', programId).execute().then(toPairings);
}

export async function setPairingNextCheckin(db: Db, pairingId: number, nextCheckinAt: string | null): Promise<void> {
  await db.updateTable('pairings').set({ next_checkin_at: nextCheckinAt }).where('id', '=', pairingId).execute();
}

/** The posted check-ins of a program by week, one row per answer (answer null for a check-in nobody answered). */
export function postedCheckinAnswers(db: Db, programId: number) {
  return db
    .selectFrom('checkins')
    .innerJoin('pairings', 'pairings.id', 'checkins.pairing_id')
    .leftJoin('checkin_answers', 'checkin_answers.checkin_id', 'checkins.id')
    .select(['checkins.id', 'checkins.week', 'checkins.pairing_id as pairingId', 'checkin_answers.status as answer'])
    .where('pairings.program_id', '=', programId)
    .where('checkins.status', '=', 'posted')
    .orderBy('checkins.week')
    .execute();
}

/** The ratings given with /mentorship end in a program's pairings, one per member and pairing. */
export async function programRatings(
  db: Db,
  programId: number,
): Promise<{ pairingId: number; userId: string; rating: number }[]> {
  const rows = await db
    .selectFrom('pairing_feedback')
    .innerJoin('pairings', 'pairings.id', 'pairing_feedback.pairing_id')
    .select([
      'pairing_feedback.pairing_id as pairingId',
      'pairing_feedback.user_id as userId',
      'pairing_feedback.rating',
    ])
    .where('pairings.program_id', '=', programId)
    .where('pairing_feedback.rating', 'is not', null)
    .execute();
  return rows.map((row) => ({ pairingId: row.pairingId, userId: row.userId, rating: Number(row.rating) }));
}

/** Whether the program ever had a pairing (ended ones count: its format is then settled). */
export async function programHasPairings(db: Db, programId: number): Promise<boolean> {
  const row = await db.selectFrom('pairings').select('id').where('program_id', '=', programId).executeTakeFirst();
  return row !== undefined;
}
