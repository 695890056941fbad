import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import { notice, recordEffects } from '../outbox/effect.ts';
import { findProgram } from '../programs/program.repo.ts';
import { recordPause } from './pairing-pause.ts';
import { findPairingByThread } from './pairing.repo.ts';
import { groupThreadDeleted } from '../groups/group-thread-lost.ts';
import { findGroupByThread } from '../groups/group.repo.ts';

/**
 * A pair thread was deleted by hand: the pairing pauses (no check-in into the void) and the
 * report channel is told; pairing the same two again makes a new thread.
 */
export async function threadDeleted(ctx: AppContext, threadId: string): Promise<boolean> {
  const group = await findGroupByThread(ctx.db, threadId);
  if (group) return groupThreadDeleted(ctx, group, threadId);
  const pairing = await findPairingByThread(ctx.db, threadId);
  if (!pairing || pairing.status !== 'active') return false;
  const now = ctx.clock.now();
  const paused = await transact(ctx.db, async (trx) => {
    if (!(await recordPause(trx, pairing.id, 'thread-deleted'))) return false;
    const program = await findProgram(trx, pairing.programId);
    if (!program) return true;
    const key = `thread-deleted:${pairing.id}:${threadId}`;
    const params = { pairing: pairing.id, program: program.name };
    const message = notice({ locale: program.locale, key: 'pair.threadDeleted', params });
    await recordEffects(trx, now, [
      {
        guildId: pairing.guildId,
        key,
        chain: key,
        effect: { kind: 'post', target: { channel: program.reportChannelId }, message },
      },
    ]);
    return true;
  });
  ctx.outbox.kick();
  return paused;
}
