import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { PairGroup } from './group.types.ts';
import { groupChain, notice, type EffectRecord } from '../outbox/effect.ts';

/**
 * What a group's thread shows when members go. A mentee's membership ending: the rest of the
 * group reads a neutral line (never who, never why), then the mentee is taken out of the thread;
 * the group goes on. The mentor's ending ends the group: the thread is told, archived and locked.
 */

/** `remove` is false when the mentee left the server: Discord took them out of its threads already. */
export function membershipEndEffects(program: Program, pairing: Pairing, remove = true): EffectRecord[] {
  const groupId = pairing.groupId as number;
  const chain = groupChain(groupId);
  const thread = { groupThread: groupId };
  const notified: EffectRecord = {
    guildId: pairing.guildId,
    key: `group-leave-notice:${pairing.id}`,
    chain,
    effect: { kind: 'post', target: thread, message: notice({ locale: program.locale, key: 'group.memberLeft' }) },
  };
  if (!remove) return [notified];
  return [
    notified,
    {
      guildId: pairing.guildId,
      key: `group-remove:${pairing.id}`,
      chain,
      effect: { kind: 'remove-member', target: thread, userId: pairing.menteeId },
    },
  ];
}

export function groupEndEffects(program: Program, group: PairGroup): EffectRecord[] {
  const chain = groupChain(group.id);
  const thread = { groupThread: group.id };
  return [
    {
      guildId: group.guildId,
      key: `group-end-notice:${group.id}`,
      chain,
      effect: { kind: 'post', target: thread, message: notice({ locale: program.locale, key: 'group.ended' }) },
    },
    {
      guildId: group.guildId,
      key: `group-end-lock:${group.id}`,
      chain,
      effect: { kind: 'thread-state', target: thread, state: { archived: true, locked: true } },
    },
  ];
}
