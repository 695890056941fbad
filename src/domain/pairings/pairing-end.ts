import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB, Pairing } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import type { OutgoingMessage } from '../port.ts';
import { countLivePairingsOfMentor, findPairing } from './pairing.repo.ts';

export interface EndedBy {
  actorId: string;
  reason: string;
  /** The member who left, if the pairing ends because one side left: their partner gets priority. */
  leaverId?: string;
}

/**
 * Ends a pairing inside the caller's transaction: no more check-ins, and members who are
 * still signed up go back to waiting (a mentor only once no pairing of theirs is left).
 * Returns the pairing as it was, or undefined if it had already ended.
 */
export async function recordPairingEnd(trx: Transaction<DB>, pairingId: number, by: EndedBy, at: Date): Promise<Pairing | undefined> {
  const pairing = await findPairing(trx, pairingId);
  if (!pairing || pairing.status === 'ended') return undefined;
  const now = at.toISOString();
  await trx
    .updateTable('pairings')
    .set({ status: 'ended', ended_by: by.actorId, end_reason: by.reason, ended_at: now, next_checkin_at: null })
    .where('id', '=', pairingId)
    .execute();
  await trx.updateTable('checkins').set({ status: 'skipped' }).where('pairing_id', '=', pairingId).where('status', '=', 'pending').execute();
  const backToWaiting = [pairing.mentee_id];
  if ((await countLivePairingsOfMentor(trx, pairing.program_id, pairing.mentor_id)) === 0) backToWaiting.push(pairing.mentor_id);
  await trx
    .updateTable('signups')
    .set({ status: 'waiting', updated_at: now })
    .where('program_id', '=', pairing.program_id)
    .where('user_id', 'in', backToWaiting)
    .where('status', '=', 'paired')
    .execute();
  if (by.leaverId === pairing.mentor_id) {
    await trx.updateTable('signups').set({ priority: 1 }).where('program_id', '=', pairing.program_id).where('user_id', '=', pairing.mentee_id).where('status', '=', 'waiting').execute();
  }
  return pairing;
}

/**
 * Tells the thread that the pairing ended, then archives and locks it. Discord failures are
 * only logged: the pairing has ended regardless.
 */
export async function announcePairingEnd(ctx: AppContext, pairing: Pairing, message?: OutgoingMessage): Promise<void> {
  if (!pairing.thread_id) return;
  const program = await ctx.db.selectFrom('programs').select('locale').where('id', '=', pairing.program_id).executeTakeFirst();
  try {
    await ctx.discord.postMessage(pairing.thread_id, { ...(message ?? { content: t(program?.locale ?? 'en', 'pair.ended') }), nonce: `end-${pairing.id}` });
    await ctx.discord.setThreadState(pairing.thread_id, { archived: true, locked: true });
  } catch (error) {
    ctx.log.warn('pairing.end_thread_failed', { pairingId: pairing.id, error: String(error) });
  }
}

/** Ends one pairing and says so in its thread. */
export async function endPairing(ctx: AppContext, pairingId: number, by: EndedBy, message?: OutgoingMessage): Promise<Pairing | undefined> {
  const ended = await ctx.db.transaction().execute((trx) => recordPairingEnd(trx, pairingId, by, ctx.clock.now()));
  if (ended) await announcePairingEnd(ctx, ended, message);
  return ended;
}
