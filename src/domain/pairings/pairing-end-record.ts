import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from './pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import { groupChain, notice, pairingChain, recordEffects, type EffectRecord, type Notice } from '../outbox/effect.ts';
import { groupEndEffects, membershipEndEffects } from '../groups/group-end.ts';
import { endGroupRow, findGroup, liveMembershipsOfGroup } from '../groups/group.repo.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import { findProgram } from '../programs/program.repo.ts';
import { skipPendingCheckins } from '../checkins/checkin.repo.ts';
import { prioritiseWaitingSignup, returnSignupsToWaiting } from '../signups/signup-status.repo.ts';
import { countLivePairingsOfMentor, endPairingRow, findPairing } from './pairing.repo.ts';

/**
 * Recording a pairing's end inside the caller's transaction, whoever ends it: its row, its
 * members' sign-ups and its thread's last effects. The requests that end pairings are in
 * pairing-end.service.ts.
 */

export interface EndedBy {
  actorId: string;
  reason: string;
  /** The member who left, if the pairing ends because one side left: their partner gets priority. */
  leaverId?: string;
  /** The member whose pairing an admin or the member ended: in a group, the mentor's ends the group. */
  subjectId?: string;
  /** What the thread reads; by default, that the pairing ended. */
  notice?: (program: Program, pairing: Pairing) => Notice;
}

/** The thread is told, then archived and locked: the last effects of a pairing's chain. */
export function pairingEndEffects(pairing: Pairing, message: Notice): EffectRecord[] {
  const chain = pairingChain(pairing.id);
  const thread = { pairingThread: pairing.id };
  return [
    {
      guildId: pairing.guildId,
      key: `end-notice:${pairing.id}`,
      chain,
      effect: { kind: 'post', target: thread, message: notice(message) },
    },
    {
      guildId: pairing.guildId,
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
 *
 * In a group, a mentee's membership ending takes them out of the group's thread and the group
 * goes on; the mentor's ending (`leaverId` or `subjectId` is the mentor) ends the whole group.
 */
export async function recordPairingEnd(
  trx: Transaction<DB>,
  pairingId: number,
  by: EndedBy,
  at: Date,
): Promise<Pairing | undefined> {
  const pairing = await findPairing(trx, pairingId);
  if (!pairing || pairing.status === 'ended') return undefined;
  const program = (await findProgram(trx, pairing.programId)) as Program;
  if (pairing.groupId !== null) {
    // A group already closed (its thread deleted) has no thread to tell: its memberships just end.
    const live = (await findGroup(trx, pairing.groupId))?.status === 'active';
    const mentorGoes = by.leaverId === pairing.mentorId || by.subjectId === pairing.mentorId;
    if (live && mentorGoes) return (await recordGroupEnd(trx, program, pairing.groupId, by, at)) ? pairing : undefined;
    if (!(await endRow(trx, pairing, by, at))) return undefined;
    if (live) await recordEffects(trx, at, membershipEndEffects(program, pairing, by.reason !== 'member-gone'));
    return pairing;
  }
  if (!(await endRow(trx, pairing, by, at))) return undefined;
  await cancelIdle(trx, pairingChain(pairing.id), at);
  await recordEffects(
    trx,
    at,
    pairingEndEffects(pairing, by.notice?.(program, pairing) ?? { locale: program.locale, key: 'pair.ended' }),
  );
  return pairing;
}

/** The pairing's row and its members' sign-ups; false if it had already ended. */
async function endRow(trx: Transaction<DB>, pairing: Pairing, by: EndedBy, at: Date): Promise<boolean> {
  const now = at.toISOString();
  if (!(await endPairingRow(trx, pairing.id, by, now))) return false;
  await skipPendingCheckins(trx, pairing.id);
  const backToWaiting = [pairing.menteeId];
  if ((await countLivePairingsOfMentor(trx, pairing.programId, pairing.mentorId)) === 0)
    backToWaiting.push(pairing.mentorId);
  await returnSignupsToWaiting(trx, pairing.programId, backToWaiting, now);
  if (by.leaverId === pairing.mentorId) await prioritiseWaitingSignup(trx, pairing.programId, pairing.menteeId);
  return true;
}

/**
 * Ends a group and every live membership of it; the thread is told, archived and locked. A
 * group with no mentee left ends the same way. Returns the memberships it ended, or undefined if
 * the group had already ended.
 */
export async function recordGroupEnd(
  trx: Transaction<DB>,
  program: Program,
  groupId: number,
  by: EndedBy,
  at: Date,
): Promise<Pairing[] | undefined> {
  const group = await findGroup(trx, groupId);
  if (!group || !(await endGroupRow(trx, groupId, at.toISOString()))) return undefined;
  const ended: Pairing[] = [];
  for (const membership of await liveMembershipsOfGroup(trx, groupId))
    if (await endRow(trx, membership, by, at)) ended.push(membership);
  await returnSignupsToWaiting(trx, program.id, [group.mentorId], at.toISOString());
  await cancelIdle(trx, groupChain(groupId), at);
  await recordEffects(trx, at, groupEndEffects(program, group));
  return ended;
}
