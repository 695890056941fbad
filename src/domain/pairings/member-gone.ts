import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from './pairing.types.ts';
import { partnerNotice } from './partner-notice.ts';
import { recordPairingEnd } from './pairing-end-record.ts';
import { withdrawSignupsOfMember } from '../signups/signup-status.repo.ts';
import { livePairingsOfMember } from './pairing.repo.ts';
import { closeRequestsOfMember } from '../requests/request-close.ts';

/**
 * A member left the server (or deleted their account): their sign-ups end, their pairings end,
 * and each partner is told and goes back to waiting with priority. Inside the caller's
 * transaction; returns the pairings ended.
 */
export async function recordMemberGone(
  trx: Transaction<DB>,
  guildId: string,
  userId: string,
  now: Date,
): Promise<Pairing[]> {
  const live = await livePairingsOfMember(trx, { guildId }, userId);
  await withdrawSignupsOfMember(trx, guildId, userId, now.toISOString());
  await closeRequestsOfMember(trx, guildId, userId, 'gone', now);
  const ended: Pairing[] = [];
  for (const { id } of live) {
    const notice = (program: Parameters<typeof partnerNotice>[0], pairing: Pairing) =>
      partnerNotice(program, pairing, userId, 'partner.gone');
    const pairing = await recordPairingEnd(
      trx,
      id,
      { actorId: userId, reason: 'member-gone', leaverId: userId, notice },
      now,
    );
    if (pairing) ended.push(pairing);
  }
  return ended;
}
