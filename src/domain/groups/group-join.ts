import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { Actor } from '../actor.ts';
import type { EffectRecord } from '../outbox/effect.ts';
import type { PairThreadKeys } from '../pairings/pair-thread.ts';
import { firstCheckinAt, programSchedule } from '../checkins/schedule.ts';
import { insertPairing } from '../pairings/pairing.repo.ts';
import { groupThreadEffects } from './group-thread.ts';
import { insertGroup, liveGroupOfMentor } from './group.repo.ts';

/**
 * A mentee joins the mentor's live group in a group program (the group is made with the
 * mentor's first mentee), inside the caller's transaction, after every pairing rule was checked.
 * The membership is a pairing row with no thread or schedule of its own: the group's serve.
 * Two first mentees at once make one group: SQLite runs the two transactions one after the
 * other; on PostgreSQL the serializable transaction that loses is run again and joins the group
 * the other made (`pair_groups_live_mentor` backs the rule; tests/unit/races.test.ts).
 */
export async function joinGroup(
  trx: Transaction<DB>,
  program: Program,
  request: { mentorId: string; menteeId: string },
  actor: Actor,
  now: Date,
): Promise<{ pairing: Pairing; effects: EffectRecord[]; keys: PairThreadKeys }> {
  const existing = await liveGroupOfMentor(trx, program.id, request.mentorId);
  const group =
    existing ??
    (await insertGroup(trx, {
      programId: program.id,
      guildId: program.guildId,
      mentorId: request.mentorId,
      nextCheckinAt: firstCheckinAt(programSchedule(program), now).toISOString(),
      createdAt: now.toISOString(),
    }));
  const pairing = await insertPairing(trx, {
    programId: program.id,
    guildId: program.guildId,
    mentorId: request.mentorId,
    menteeId: request.menteeId,
    nextCheckinAt: null,
    status: 'active',
    createdBy: actor.userId,
    createdAt: now.toISOString(),
    groupId: group.id,
  });
  return { pairing, ...groupThreadEffects(program, group, pairing, !existing) };
}
