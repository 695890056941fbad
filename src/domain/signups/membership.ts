import type { AppContext } from '../../context.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB, Pairing, Program, Signup } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { partnerNotice } from '../pairings/partner-notice.ts';
import { recordPairingEnd } from '../pairings/pairing-end.ts';
import { findProgramByName } from '../programs/program.repo.ts';
import { recordPanelRefresh } from '../programs/signup-panel.ts';
import { findSignup, waitingPlace } from './signup.repo.ts';

function livePairingsOf(db: Kysely<DB> | Transaction<DB>, guildId: string, userId: string, programId?: number) {
  let query = db
    .selectFrom('pairings')
    .select('id')
    .where('guild_id', '=', guildId)
    .where('status', '<>', 'ended')
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]));
  if (programId !== undefined) query = query.where('program_id', '=', programId);
  return query;
}

/** Leaves a program: the sign-up is withdrawn and any pairing ends, its partner told neutrally. */
export async function leaveProgram(
  ctx: AppContext,
  actor: Actor,
  name: string,
): Promise<{ program: Program; endedPairs: number }> {
  const now = ctx.clock.now();
  const { program, ended } = await ctx.db.transaction().execute(async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, name);
    if (!program) throw new UserFacingError('error.unknownProgram');
    const signup = await findSignup(trx, program.id, actor.userId);
    if (!signup || (signup.status !== 'waiting' && signup.status !== 'paired'))
      throw new UserFacingError('error.notSignedUp', { program: program.name });
    await trx
      .updateTable('signups')
      .set({ status: 'withdrawn', updated_at: now.toISOString() })
      .where('id', '=', signup.id)
      .execute();
    const ended: Pairing[] = [];
    const notice = (p: Program, pairing: Pairing) => partnerNotice(p, pairing, actor.userId, 'partner.left');
    for (const { id } of await livePairingsOf(trx, actor.guildId, actor.userId, program.id).execute()) {
      const pairing = await recordPairingEnd(
        trx,
        id,
        { actorId: actor.userId, reason: 'member-left', leaverId: actor.userId, notice },
        now,
      );
      if (pairing) ended.push(pairing);
    }
    await recordPanelRefresh(trx, program, now);
    return { program, ended };
  });
  ctx.outbox.kick();
  return { program, endedPairs: ended.length };
}

export interface ProfileEntry {
  program: Program;
  signup: Signup;
  partners: string[];
  nextCheckinAt: string | null;
  place: number | null;
}

/** Everything the member can see about themselves, program by program. */
export async function memberProfile(ctx: AppContext, actor: Actor): Promise<ProfileEntry[]> {
  const signups = await ctx.db
    .selectFrom('signups')
    .selectAll()
    .where('guild_id', '=', actor.guildId)
    .where('user_id', '=', actor.userId)
    .orderBy('id')
    .execute();
  return Promise.all(
    signups.map(async (signup) => {
      const program = await ctx.db
        .selectFrom('programs')
        .selectAll()
        .where('id', '=', signup.program_id)
        .executeTakeFirstOrThrow();
      const pairings = await ctx.db
        .selectFrom('pairings')
        .selectAll()
        .where('program_id', '=', program.id)
        .where('status', '<>', 'ended')
        .where((eb) => eb.or([eb('mentor_id', '=', actor.userId), eb('mentee_id', '=', actor.userId)]))
        .execute();
      const next =
        pairings
          .map((p) => p.next_checkin_at)
          .filter((at): at is string => at !== null)
          .sort()[0] ?? null;
      return {
        program,
        signup,
        partners: pairings.map((p) => (p.mentor_id === actor.userId ? p.mentee_id : p.mentor_id)),
        nextCheckinAt: next,
        place: signup.status === 'waiting' && program.status !== 'ended' ? await waitingPlace(ctx.db, signup) : null,
      };
    }),
  );
}

/**
 * Erases the member from this server's mentorship data: sign-ups, answers and goals go, and
 * their pairings end (partners are told only that the pairing ended). Pairing rows keep the
 * member's id only where a report refers to the pairing; blocks and reports stay for safety.
 */
export async function forgetMember(ctx: AppContext, actor: Actor): Promise<{ endedPairs: number }> {
  const now = ctx.clock.now();
  const user = actor.userId;
  const ended = await ctx.db.transaction().execute(async (trx) => {
    const ended: Pairing[] = [];
    for (const { id } of await livePairingsOf(trx, actor.guildId, user).execute()) {
      const pairing = await recordPairingEnd(trx, id, { actorId: user, reason: 'member-left', leaverId: user }, now);
      if (pairing) ended.push(pairing);
    }
    const programs = await trx
      .selectFrom('signups')
      .select(['program_id as id', 'guild_id'])
      .where('guild_id', '=', actor.guildId)
      .where('user_id', '=', user)
      .execute();
    for (const program of programs) await recordPanelRefresh(trx, program, now);
    const theirs = trx
      .selectFrom('pairings')
      .select('id')
      .where('guild_id', '=', actor.guildId)
      .where((eb) => eb.or([eb('mentor_id', '=', user), eb('mentee_id', '=', user)]));
    await trx.deleteFrom('goals').where('pairing_id', 'in', theirs).execute();
    await trx.deleteFrom('pairing_feedback').where('pairing_id', 'in', theirs).where('user_id', '=', user).execute();
    await trx
      .deleteFrom('checkin_answers')
      .where('user_id', '=', user)
      .where(
        'checkin_id',
        'in',
        trx.selectFrom('checkins').select('checkins.id').where('checkins.pairing_id', 'in', theirs),
      )
      .execute();
    await trx.deleteFrom('signups').where('guild_id', '=', actor.guildId).where('user_id', '=', user).execute();
    const reported = trx
      .selectFrom('reports')
      .select('pairing_id')
      .where('pairing_id', 'is not', null)
      .$narrowType<{ pairing_id: number }>();
    for (const column of ['mentor_id', 'mentee_id'] as const) {
      await trx
        .updateTable('pairings')
        .set((eb) => ({ [column]: eb.fn('concat', [eb.val(`forgotten-${column}-`), eb.ref('id')]) }))
        .where('guild_id', '=', actor.guildId)
        .where(column, '=', user)
        .where('id', 'not in', reported)
        .execute();
    }
    return ended;
  });
  ctx.outbox.kick();
  return { endedPairs: ended.length };
}
