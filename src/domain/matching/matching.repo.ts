import type { Db } from '../../db/schema.ts';
import { toSignups } from '../signups/signup.repo.ts';
import type { Signup } from '../signups/signup.types.ts';
import { toProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';

/** Every block in a server, one row per blocker and blocked. */
export function blocksOfGuild(db: Db, guildId: string): Promise<{ blockerId: string; blockedId: string }[]> {
  return db
    .selectFrom('blocks')
    .select(['blocker_id as blockerId', 'blocked_id as blockedId'])
    .where('guild_id', '=', guildId)
    .execute();
}

/** Every pair ever made in a server, ended ones included, with its program. */
export function pairsOfGuild(
  db: Db,
  guildId: string,
): Promise<{ programId: number; mentorId: string; menteeId: string }[]> {
  return db
    .selectFrom('pairings')
    .select(['program_id as programId', 'mentor_id as mentorId', 'mentee_id as menteeId'])
    .where('guild_id', '=', guildId)
    .execute();
}

/** A program's sign-ups that are waiting or paired, oldest first. */
export function currentSignupsOfProgram(db: Db, programId: number): Promise<Signup[]> {
  return db
    .selectFrom('signups')
    .selectAll()
    .where('program_id', '=', programId)
    .where('status', 'in', ['waiting', 'paired'])
    .orderBy('id')
    .execute()
    .then(toSignups);
}

/** How many pairings not ended each mentor of a program has; mentors with none are left out. */
export async function liveLoadOfMentors(db: Db, programId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('pairings')
    .select(['mentor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .where('status', '<>', 'ended')
    .groupBy('mentor_id')
    .execute();
  return new Map(rows.map((row) => [row.mentor_id, Number(row.n)]));
}

/** Stores a suggestion (proposals and unmatched as JSON); returns its id. */
export async function insertSuggestion(
  db: Db,
  suggestion: {
    programId: number;
    guildId: string;
    createdBy: string;
    at: string;
    proposals: string;
    unmatched: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('match_suggestions')
    .values({
      program_id: suggestion.programId,
      guild_id: suggestion.guildId,
      created_by: suggestion.createdBy,
      created_at: suggestion.at,
      proposals: suggestion.proposals,
      unmatched: suggestion.unmatched,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A stored suggestion of a server: its program, and its proposals and unmatched as JSON. */
export function findStoredSuggestion(
  db: Db,
  guildId: string,
  id: number,
): Promise<{ id: number; programId: number; proposals: string; unmatched: string } | undefined> {
  return db
    .selectFrom('match_suggestions')
    .select(['id', 'program_id as programId', 'proposals', 'unmatched'])
    .where('id', '=', id)
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
}

/** The program of a stored suggestion, which must still be there (Kysely's NoResultError if not). */
export function programOfSuggestion(db: Db, programId: number): Promise<Program> {
  return db.selectFrom('programs').selectAll().where('id', '=', programId).executeTakeFirstOrThrow().then(toProgram);
}
