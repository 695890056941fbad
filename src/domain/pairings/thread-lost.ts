import type { AppContext } from '../../context.ts';
import { t } from '../../i18n/index.ts';
import { findProgram } from '../programs/program.repo.ts';
import { findPairingByThread } from './pairing.repo.ts';

/**
 * A pair thread was deleted by hand: the pairing pauses (no check-in into the void) and the
 * report channel is told; pairing the same two again makes a new thread.
 */
export async function threadDeleted(ctx: AppContext, threadId: string): Promise<boolean> {
  const pairing = await findPairingByThread(ctx.db, threadId);
  if (!pairing || pairing.status !== 'active') return false;
  const paused = await ctx.db
    .updateTable('pairings')
    .set({ status: 'paused', paused_reason: 'thread-deleted' })
    .where('id', '=', pairing.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (paused.numUpdatedRows === 0n) return false;
  const program = await findProgram(ctx.db, pairing.program_id);
  if (program) {
    await ctx.discord
      .postMessage(program.report_channel_id, { content: t(program.locale, 'pair.threadDeleted', { pairing: pairing.id, program: program.name }), nonce: `lost-${pairing.id}` })
      .catch((error: unknown) => ctx.log.warn('pairing.notice_failed', { pairingId: pairing.id, error: String(error) }));
  }
  return true;
}
