import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from './pairing.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findPairingByThread } from './pairing.repo.ts';
import { findGroupByThread, membershipInGroup } from '../groups/group.repo.ts';

/** Refuses anyone but the pairing's two members. */
export function requireOneOfPair(actor: Actor, pairing: Pick<Pairing, 'mentorId' | 'menteeId'>): void {
  if (actor.userId !== pairing.mentorId && actor.userId !== pairing.menteeId)
    throw new UserFacingError('error.notYourPair');
}

/**
 * The pairing of a pair thread, if the actor is one of its two members; refuses elsewhere and
 * everyone else. In a group's thread, the actor's membership (for the mentor, the oldest live one).
 */
export async function pairingOfMember(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  threadId: string,
): Promise<Pairing> {
  const group = await findGroupByThread(db, threadId);
  if (group) {
    const membership = await membershipInGroup(db, group, actor.userId);
    if (!membership)
      throw new UserFacingError(actor.userId === group.mentorId ? 'error.groupEmpty' : 'error.notYourPair');
    return membership;
  }
  const pairing = await findPairingByThread(db, threadId);
  if (!pairing) throw new UserFacingError('error.notInPairThread');
  requireOneOfPair(actor, pairing);
  return pairing;
}
