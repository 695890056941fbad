import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { PairGroup } from './group.types.ts';
import { t } from '../../i18n/index.ts';
import { MemberGoneError } from '../errors.ts';
import { groupChain, notice, type EffectRecord } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import type { PairThreadKeys } from '../pairings/pair-thread.ts';
import { recordMemberGone } from '../pairings/member-gone.ts';
import { recordPause } from '../pairings/pairing-pause.ts';
import { deletePairing, hasCheckins } from '../pairings/pairing.repo.ts';
import { returnSignupsToWaiting } from '../signups/signup-status.repo.ts';
import { deleteGroup, findGroup, liveMembershipsOfGroup, setGroupThread, setGroupWelcome } from './group.repo.ts';

const keyOfMember = (group: PairGroup, pairing: Pairing, userId: string) =>
  userId === group.mentorId ? `group-member:${group.id}:${userId}` : `group-member:${group.id}:${userId}:${pairing.id}`;

/**
 * A membership's effects in its group's chain. The group's first member makes the thread
 * (mentor and mentee added, the group welcomed); for a later one the thread is unarchived, and
 * they are added to it and greeted there, the greeting mentioning only them and the mentor. The keys follow the shape of a pair
 * thread's, so awaitThread follows either.
 */
export function groupThreadEffects(
  program: Program,
  group: PairGroup,
  pairing: Pairing,
  first: boolean,
): { effects: EffectRecord[]; keys: PairThreadKeys } {
  const chain = groupChain(group.id);
  const guildId = group.guildId;
  const thread = { groupThread: group.id };
  const keys: PairThreadKeys = {
    thread: `group-thread:${group.id}`,
    members: [group.mentorId, pairing.menteeId].map((user) => keyOfMember(group, pairing, user)),
    welcome: first ? `group-welcome:${group.id}` : `group-join:${pairing.id}`,
  };
  const adds = (first ? [group.mentorId, pairing.menteeId] : [pairing.menteeId]).map((userId): EffectRecord => ({
    guildId,
    key: keyOfMember(group, pairing, userId),
    chain,
    subject: `group-member:${pairing.id}`,
    effect: { kind: 'add-member', target: thread, userId },
  }));
  const name = t(program.locale, 'group.threadName', { program: program.name, id: group.id }).slice(-100);
  const greeting: EffectRecord = first
    ? {
        guildId,
        key: keys.welcome,
        chain,
        subject: `group-welcome:${group.id}`,
        effect: { kind: 'post', target: thread, message: { view: 'group-welcome', id: group.id } },
      }
    : {
        guildId,
        key: keys.welcome,
        chain,
        effect: {
          kind: 'post',
          target: thread,
          message: notice({
            locale: program.locale,
            key: 'group.joined',
            params: { mentee: pairing.menteeId, mentor: group.mentorId },
            mentionUsers: [pairing.menteeId, group.mentorId],
          }),
        },
      };
  // Discord archives a thread idle for a week (an empty group, a long pause) and refuses to add
  // anyone to an archived thread: a later member's add comes after the thread is unarchived.
  const unarchive: EffectRecord = {
    guildId,
    key: `group-unarchive:${pairing.id}`,
    chain,
    effect: { kind: 'thread-state', target: thread, state: { archived: false } },
  };
  const create: EffectRecord[] = first
    ? [
        {
          guildId,
          key: keys.thread,
          chain,
          subject: `group-thread:${group.id}`,
          effect: { kind: 'create-thread', target: { channel: program.pairChannelId }, name },
        },
      ]
    : [unarchive];
  return { effects: [...create, ...adds, greeting], keys };
}

/**
 * A group thread Discord will not make: memberships that never had a check-in are undone (the
 * members back to waiting) and the group with them; others pause, as a lost thread does.
 */
async function groupThreadRefused(trx: Transaction<DB>, groupId: number, now: Date): Promise<void> {
  const group = await findGroup(trx, groupId);
  if (!group || group.status !== 'active') return;
  const back: string[] = [];
  let kept = false;
  for (const membership of await liveMembershipsOfGroup(trx, groupId)) {
    if (await hasCheckins(trx, membership.id)) {
      kept = true;
      await recordPause(trx, membership.id, 'thread-unavailable');
      continue;
    }
    await deletePairing(trx, membership.id);
    back.push(membership.menteeId);
  }
  if (!kept) {
    await deleteGroup(trx, groupId);
    back.push(group.mentorId);
  }
  await returnSignupsToWaiting(trx, group.programId, back, now.toISOString());
}

export const groupThreadSubjects: Record<string, SubjectHandler> = {
  'group-thread': {
    async done(trx, groupId, _row, threadId) {
      await setGroupThread(trx, groupId, threadId);
    },
    refused: (trx, groupId, _row, _error, now) => groupThreadRefused(trx, groupId, now),
  },
  'group-member': {
    async refused(trx, pairingId, _row, error, now) {
      if (error instanceof MemberGoneError) return void (await recordMemberGone(trx, error.guildId, error.userId, now));
      await recordPause(trx, pairingId, 'thread-unavailable');
    },
  },
  'group-welcome': {
    async done(trx, groupId, _row, messageId) {
      await setGroupWelcome(trx, groupId, messageId);
    },
  },
};
