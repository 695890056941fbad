import type { Kysely, Transaction } from 'kysely';
import type { DB, Pairing } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findPairingByThread } from './pairing.repo.ts';

/** Refuses anyone but the pairing's two members. */
export function requireOneOfPair(actor: Actor, pairing: Pick<Pairing, 'mentor_id' | 'mentee_id'>): void {
  if (actor.userId !== pairing.mentor_id && actor.userId !== pairing.mentee_id)
    throw new UserFacingError('error.notYourPair');
}

/** The pairing of a pair thread, if the actor is one of its two members; refuses elsewhere and everyone else. */
export async function pairingOfMember(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  threadId: string,
): Promise<Pairing> {
  const pairing = await findPairingByThread(db, threadId);
  if (!pairing) throw new UserFacingError('error.notInPairThread');
  requireOneOfPair(actor, pairing);
  return pairing;
}
