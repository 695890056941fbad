import type { Kysely, Transaction } from 'kysely';
import type { DB, Pairing } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function findPairing(db: Db, id: number): Promise<Pairing | undefined> {
  return db.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPairingByThread(db: Db, threadId: string): Promise<Pairing | undefined> {
  return db.selectFrom('pairings').selectAll().where('thread_id', '=', threadId).executeTakeFirst();
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
    .execute();
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
