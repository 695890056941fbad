import type { Kysely, Transaction } from 'kysely';
import type { DB, NewProgram, Program, ProgramUpdate } from '../../db/schema.ts';
import { nameKey } from './program.input.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function findProgramByName(db: Db, guildId: string, name: string): Promise<Program | undefined> {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('name_key', '=', nameKey(name))
    .executeTakeFirst();
}

export function findProgram(db: Db, id: number): Promise<Program | undefined> {
  return db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listPrograms(db: Db, guildId: string): Promise<Program[]> {
  return db.selectFrom('programs').selectAll().where('guild_id', '=', guildId).orderBy('name_key').execute();
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
  return db.insertInto('programs').values(program).returningAll().executeTakeFirstOrThrow();
}

export async function updateProgram(db: Db, id: number, changes: ProgramUpdate): Promise<void> {
  await db.updateTable('programs').set(changes).where('id', '=', id).execute();
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
