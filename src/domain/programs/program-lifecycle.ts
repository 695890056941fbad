import { closeRequestsOfProgram } from '../requests/request-close.ts';
import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Program } from './program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { notice, recordEffects } from '../outbox/effect.ts';
import { recordGroupEnd, recordPairingEnd } from '../pairings/pairing-end-record.ts';
import { liveGroupsOfProgram } from '../groups/group.repo.ts';
import { countLivePairingsOfProgram } from '../pairings/pairing.repo.ts';
import { waitingSignups } from '../signups/signup.repo.ts';
import { closeProgramSignups, findProgram, livePairingsOfProgram, markProgramEnded } from './program.repo.ts';
import { requireProgram } from './program.service.ts';
import { recordPanelRefresh } from './signup-panel.ts';

/**
 * Closes sign-ups; pairings go on. Everyone still waiting is told, by DM, where they stand
 * (a closed DM is only logged: their place is also in /mentorship profile).
 */
export async function closeSignups(
  ctx: AppContext,
  actor: Actor,
  name: string,
  guildName: string,
): Promise<{ program: Program; told: number }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  if (!program.signupsOpen) throw new UserFacingError('error.signupsAlreadyClosed', { program: program.name });
  const now = ctx.clock.now();
  const told = await transact(ctx.db, async (trx) => {
    if (!(await closeProgramSignups(trx, program.id, now)))
      throw new UserFacingError('error.signupsAlreadyClosed', { program: program.name });
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'program.close',
      target: `program:${program.id}`,
      at: now,
    });
    await recordPanelRefresh(trx, program, now);
    const waiting = await waitingSignups(trx, program.id);
    // Waiting places count by role in sign-up order, as waitingPlace does, in one pass.
    const places = { mentor: 0, mentee: 0 };
    const dms = [];
    for (const signup of waiting) {
      const place = (places[signup.role] += 1);
      const params = { program: program.name, guild: guildName, role: { key: `role.${signup.role}` as const }, place };
      const dm = notice({ locale: program.locale, key: 'program.waitingAfterClose', params });
      const key = `close-dm:${program.id}:${signup.id}:${now.getTime()}`;
      dms.push({
        guildId: program.guildId,
        key,
        chain: key,
        effect: { kind: 'dm' as const, target: { user: signup.userId }, message: dm },
      });
    }
    await recordEffects(trx, now, dms);
    return dms.length;
  });
  ctx.outbox.kick();
  return { program: { ...program, signupsOpen: false }, told };
}

/** What an admin confirms before ending: checked again when they confirm. */
export async function programToEnd(
  ctx: AppContext,
  actor: Actor,
  name: string,
): Promise<{ program: Program; pairs: number }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  return { program, pairs: await countLivePairingsOfProgram(ctx.db, program.id) };
}

/**
 * Ends a program for good: in one transaction every pairing ends, check-ins stop, and each
 * thread's notice, archive and lock are recorded, with the panel's refresh; the outbox then
 * carries them out, whatever happens to this process.
 */
export async function endProgram(
  ctx: AppContext,
  actor: Actor,
  programId: number,
): Promise<{ program: Program; pairs: number }> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const { program, ended } = await transact(ctx.db, async (trx) => {
    const program = await findProgram(trx, programId);
    if (!program || program.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
    if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
    if (!(await markProgramEnded(trx, program.id, now)))
      throw new UserFacingError('error.programEnded', { program: program.name });
    const live = await livePairingsOfProgram(trx, program.id);
    const endNotice = () => ({
      locale: program.locale,
      key: 'program.endedInThread' as const,
      params: { program: program.name },
    });
    const ended = [];
    // A group ends whole (its memberships with it), not member by member.
    const by = { actorId: actor.userId, reason: 'program-ended' };
    for (const group of await liveGroupsOfProgram(trx, program.id))
      ended.push(...((await recordGroupEnd(trx, program, group.id, by, now)) ?? []));
    for (const { id } of live) {
      const pairing = await recordPairingEnd(
        trx,
        id,
        { actorId: actor.userId, reason: 'program-ended', notice: endNotice },
        now,
      );
      if (pairing) ended.push(pairing);
    }
    await closeRequestsOfProgram(trx, { ...program, status: 'ended' }, now);
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'program.end',
      target: `program:${program.id}`,
      details: { pairings: ended.length },
      at: now,
    });
    await recordPanelRefresh(trx, program, now);
    return { program, ended };
  });
  ctx.outbox.kick();
  return { program: { ...program, status: 'ended', signupsOpen: false }, pairs: ended.length };
}
