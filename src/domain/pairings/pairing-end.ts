import type { Transaction } from 'kysely';
import type { DB, Pairing, Program } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { literal, pairingChain, recordEffects, type EffectRecord } from '../outbox/effect.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import type { OutgoingMessage } from '../port.ts';
import { findProgram } from '../programs/program.repo.ts';
import { countLivePairingsOfMentor, findPairing } from './pairing.repo.ts';

export interface EndedBy {
  actorId: string;
  reason: string;
  /** The member who left, if the pairing ends because one side left: their partner gets priority. */
  leaverId?: string;
  /** What the thread reads; by default, that the pairing ended. */
  notice?: (program: Program, pairing: Pairing) => OutgoingMessage;
}

/** The thread is told, then archived and locked: the last effects of a pairing's chain. */
export function pairingEndEffects(pairing: Pairing, message: OutgoingMessage): EffectRecord[] {
  const chain = pairingChain(pairing.id);
  const thread = { pairingThread: pairing.id };
  return [
    {
      guildId: pairing.guild_id,
      key: `end-notice:${pairing.id}`,
      chain,
      effect: { kind: 'post', target: thread, message: literal(message) },
    },
    {
      guildId: pairing.guild_id,
      key: `end-lock:${pairing.id}`,
      chain,
      effect: { kind: 'thread-state', target: thread, state: { archived: true, locked: true } },
    },
  ];
}

/**
 * Ends a pairing inside the caller's transaction: no more check-ins, members who are still
 * signed up go back to waiting (a mentor only once no pairing of theirs is left), and the
 * thread's notice, archive and lock are recorded to happen once. Effects not yet under way
 * (an unsent welcome, a reminder) are dropped. Returns the pairing as it was, or undefined
 * if it had already ended: the conditional update makes a pairing end once.
 */
export async function recordPairingEnd(
  trx: Transaction<DB>,
  pairingId: number,
  by: EndedBy,
  at: Date,
): Promise<Pairing | undefined> {
  const pairing = await findPairing(trx, pairingId);
  if (!pairing || pairing.status === 'ended') return undefined;
  const now = at.toISOString();
  const ended = await trx
    .updateTable('pairings')
    .set({ status: 'ended', ended_by: by.actorId, end_reason: by.reason, ended_at: now, next_checkin_at: null })
    .where('id', '=', pairingId)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
  if (ended.numUpdatedRows === 0n) return undefined;
  await trx
    .updateTable('checkins')
    .set({ status: 'skipped' })
    .where('pairing_id', '=', pairingId)
    .where('status', '=', 'pending')
    .execute();
  const backToWaiting = [pairing.mentee_id];
  if ((await countLivePairingsOfMentor(trx, pairing.program_id, pairing.mentor_id)) === 0)
    backToWaiting.push(pairing.mentor_id);
  await trx
    .updateTable('signups')
    .set({ status: 'waiting', updated_at: now })
    .where('program_id', '=', pairing.program_id)
    .where('user_id', 'in', backToWaiting)
    .where('status', '=', 'paired')
    .execute();
  if (by.leaverId === pairing.mentor_id) {
    await trx
      .updateTable('signups')
      .set({ priority: 1 })
      .where('program_id', '=', pairing.program_id)
      .where('user_id', '=', pairing.mentee_id)
      .where('status', '=', 'waiting')
      .execute();
  }
  const program = (await findProgram(trx, pairing.program_id)) as Program;
  await cancelIdle(trx, pairingChain(pairing.id), at);
  await recordEffects(
    trx,
    at,
    pairingEndEffects(pairing, by.notice?.(program, pairing) ?? { content: t(program.locale, 'pair.ended') }),
  );
  return pairing;
}
