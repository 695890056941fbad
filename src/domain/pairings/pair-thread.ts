import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Pairing } from './pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import { t } from '../../i18n/index.ts';
import { MemberGoneError } from '../errors.ts';
import { pairingChain, type EffectRecord } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { recordMemberGone } from './member-gone.ts';
import { returnSignupsToWaiting } from '../signups/signup-status.repo.ts';
import { recordPause } from './pairing-pause.ts';
import {
  countLivePairingsOfMentor,
  deletePairing,
  findPairing,
  hasCheckins,
  setPairingThread,
  setWelcomeMessage,
} from './pairing.repo.ts';

/** The keys of a pair thread's effects, to follow their progress. */
export interface PairThreadKeys {
  thread: string;
  members: string[];
  welcome: string;
}

/**
 * A pairing's private thread, as effects of its chain: made (or adopted, if Discord made it
 * before a crash), both members added, welcome posted. `generation` tells a thread made
 * again after the first was lost from the first.
 */
export function pairThreadEffects(
  program: Program,
  pairing: Pairing,
  generation: number,
): { effects: EffectRecord[]; keys: PairThreadKeys } {
  const chain = pairingChain(pairing.id);
  const guildId = pairing.guildId;
  const thread = { pairingThread: pairing.id };
  const name = t(program.locale, 'pair.threadName', { program: program.name, id: pairing.id }).slice(-100);
  const keys = {
    thread: `pair-thread:${pairing.id}:${generation}`,
    members: [pairing.mentorId, pairing.menteeId].map((user) => `pair-member:${pairing.id}:${user}:${generation}`),
    welcome: `welcome:${pairing.id}:${generation}`,
  };
  const effects: EffectRecord[] = [
    {
      guildId,
      key: keys.thread,
      chain,
      subject: `pair-thread:${pairing.id}`,
      effect: { kind: 'create-thread', target: { channel: program.pairChannelId }, name },
    },
    ...[pairing.mentorId, pairing.menteeId].map((userId, i): EffectRecord => ({
      guildId,
      key: keys.members[i] as string,
      chain,
      subject: `pair-member:${pairing.id}`,
      effect: { kind: 'add-member', target: thread, userId },
    })),
    {
      guildId,
      key: keys.welcome,
      chain,
      subject: `welcome:${pairing.id}`,
      effect: { kind: 'post', target: thread, message: { view: 'welcome', id: pairing.id } },
    },
  ];
  return { effects, keys };
}

/**
 * A thread Discord will not make: a pairing that never had one is undone (both back to
 * waiting); one that had a thread before is paused, as a lost thread is.
 */
async function threadRefused(trx: Transaction<DB>, pairingId: number, now: Date): Promise<void> {
  const pairing = await findPairing(trx, pairingId);
  if (!pairing || pairing.status !== 'active') return;
  if (await hasCheckins(trx, pairingId)) return void (await recordPause(trx, pairingId, 'thread-unavailable'));
  await deletePairing(trx, pairingId);
  const live = (await countLivePairingsOfMentor(trx, pairing.programId, pairing.mentorId)) > 0;
  const back = live ? [pairing.menteeId] : [pairing.menteeId, pairing.mentorId];
  await returnSignupsToWaiting(trx, pairing.programId, back, now.toISOString());
}

export const pairThreadSubjects: Record<string, SubjectHandler> = {
  'pair-thread': {
    async done(trx, pairingId, _row, threadId) {
      await setPairingThread(trx, pairingId, threadId);
    },
    refused: (trx, pairingId, _row, _error, now) => threadRefused(trx, pairingId, now),
  },
  'pair-member': {
    async refused(trx, pairingId, _row, error, now) {
      if (error instanceof MemberGoneError) return void (await recordMemberGone(trx, error.guildId, error.userId, now));
      await recordPause(trx, pairingId, 'thread-unavailable');
    },
  },
  welcome: {
    async done(trx, pairingId, _row, messageId) {
      await setWelcomeMessage(trx, pairingId, messageId);
    },
  },
};
