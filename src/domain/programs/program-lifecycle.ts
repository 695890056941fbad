import type { AppContext } from '../../context.ts';
import type { Program } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { announcePairingEnd, recordPairingEnd } from '../pairings/pairing-end.ts';
import { waitingPlace } from '../signups/signup.repo.ts';
import { findProgram, updateProgram } from './program.repo.ts';
import { requireProgram } from './program.service.ts';
import { requestPanelRefresh } from './signup-panel.ts';

/**
 * Closes sign-ups; pairings go on. Everyone still waiting is told, by DM, where they stand
 * (a closed DM is only logged: their place is also in /mentorship profile).
 */
export async function closeSignups(ctx: AppContext, actor: Actor, name: string, guildName: string): Promise<{ program: Program; told: number }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  if (!program.signups_open) throw new UserFacingError('error.signupsAlreadyClosed', { program: program.name });
  const now = ctx.clock.now();
  const waiting = await ctx.db.transaction().execute(async (trx) => {
    await updateProgram(trx, program.id, { signups_open: 0, updated_at: now.toISOString() });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'program.close', target: `program:${program.id}`, at: now });
    const rows = await trx.selectFrom('signups').selectAll().where('program_id', '=', program.id).where('status', '=', 'waiting').orderBy('id').execute();
    return Promise.all(rows.map(async (signup) => ({ signup, place: await waitingPlace(trx, signup) })));
  });
  await requestPanelRefresh(ctx, program.id);
  let told = 0;
  for (const { signup, place } of waiting) {
    const content = t(program.locale, 'program.waitingAfterClose', { program: program.name, guild: guildName, role: t(program.locale, `role.${signup.role}`), place });
    try {
      await ctx.discord.sendDirectMessage(signup.user_id, { content });
      told += 1;
    } catch (error) {
      ctx.log.info('signup.close_dm_failed', { programId: program.id, error: String(error) });
    }
  }
  return { program: { ...program, signups_open: 0 }, told };
}

export async function countLivePairings(ctx: AppContext, programId: number): Promise<number> {
  const row = await ctx.db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('status', '<>', 'ended')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What an admin confirms before ending: checked again when they confirm. */
export async function programToEnd(ctx: AppContext, actor: Actor, name: string): Promise<{ program: Program; pairs: number }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  return { program, pairs: await countLivePairings(ctx, program.id) };
}

/**
 * Ends a program for good: every pairing ends in one transaction, check-ins stop, then each
 * thread is told, archived and locked, and the panel shows sign-ups closed.
 */
export async function endProgram(ctx: AppContext, actor: Actor, programId: number): Promise<{ program: Program; pairs: number }> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const { program, ended } = await ctx.db.transaction().execute(async (trx) => {
    const program = await findProgram(trx, programId);
    if (!program || program.guild_id !== actor.guildId) throw new UserFacingError('error.staleButton');
    if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
    await updateProgram(trx, program.id, { status: 'ended', signups_open: 0, updated_at: now.toISOString() });
    const live = await trx.selectFrom('pairings').select('id').where('program_id', '=', program.id).where('status', '<>', 'ended').execute();
    const ended = [];
    for (const { id } of live) {
      const pairing = await recordPairingEnd(trx, id, { actorId: actor.userId, reason: 'program-ended' }, now);
      if (pairing) ended.push(pairing);
    }
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'program.end', target: `program:${program.id}`, details: { pairings: ended.length }, at: now });
    return { program, ended };
  });
  for (const pairing of ended) {
    await announcePairingEnd(ctx, pairing, { content: t(program.locale, 'program.endedInThread', { program: program.name }) });
  }
  await requestPanelRefresh(ctx, program.id);
  return { program: { ...program, status: 'ended', signups_open: 0 }, pairs: ended.length };
}
