import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { PairGroup } from './group.types.ts';
import { notice, recordEffects } from '../outbox/effect.ts';
import { recordPause } from '../pairings/pairing-pause.ts';
import { findProgram } from '../programs/program.repo.ts';
import { endGroupRow, liveMembershipsOfGroup } from './group.repo.ts';

/**
 * A group's thread was deleted by hand: the group closes (no check-in into the void; the
 * mentor's next mentee starts a new group and thread), its memberships pause, and the report
 * channel is told once. Ending the memberships (/match end) frees the members and the places.
 */
export async function groupThreadDeleted(ctx: AppContext, group: PairGroup, threadId: string): Promise<boolean> {
  if (group.status !== 'active') return false;
  const now = ctx.clock.now();
  const paused = await transact(ctx.db, async (trx) => {
    if (!(await endGroupRow(trx, group.id, now.toISOString()))) return false;
    let paused = 0;
    for (const membership of await liveMembershipsOfGroup(trx, group.id))
      if (await recordPause(trx, membership.id, 'thread-deleted')) paused += 1;
    const program = await findProgram(trx, group.programId);
    if (!program) return paused > 0;
    const key = `group-thread-deleted:${group.id}:${threadId}`;
    const params = { group: group.id, program: program.name };
    const message = notice({ locale: program.locale, key: 'group.threadDeleted', params });
    await recordEffects(trx, now, [
      {
        guildId: group.guildId,
        key,
        chain: key,
        effect: { kind: 'post', target: { channel: program.reportChannelId }, message },
      },
    ]);
    return paused > 0;
  });
  ctx.outbox.kick();
  return paused;
}
