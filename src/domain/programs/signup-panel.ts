import type { Transaction } from 'kysely';
import type { DB, Program } from '../../db/schema.ts';
import { recordEffects, recordViewRefresh } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { updateProgram } from './program.repo.ts';

const panelChain = (programId: number) => `panel:${programId}`;

/** Records the post of a new panel for an opened program; its message is kept once Discord confirms. */
export async function recordPanelPost(trx: Transaction<DB>, program: Program, now: Date): Promise<string> {
  const key = `panel:${program.id}:${now.getTime()}`;
  await recordEffects(trx, now, [
    {
      guildId: program.guild_id,
      key,
      chain: panelChain(program.id),
      subject: `signup-panel:${program.id}`,
      effect: {
        kind: 'post',
        target: { channel: program.pair_channel_id },
        message: { view: 'signup-panel', id: program.id },
      },
    },
  ]);
  return key;
}

/** Records that the panel must show the current counts and state (see recordViewRefresh). */
export function recordPanelRefresh(
  trx: Transaction<DB>,
  program: Pick<Program, 'id' | 'guild_id'>,
  now: Date,
): Promise<void> {
  return recordViewRefresh(
    trx,
    { guildId: program.guild_id, chain: panelChain(program.id), view: 'signup-panel', id: program.id },
    now,
  );
}

/** The panel's post: kept once Discord confirms; if Discord refuses it, sign-ups close again. */
export const signupPanelSubject: SubjectHandler = {
  async done(trx, programId, _row, messageId) {
    await updateProgram(trx, programId, { panel_message_id: messageId });
  },
  async refused(trx, programId, _row, _error, now) {
    await updateProgram(trx, programId, { signups_open: 0, updated_at: now.toISOString() });
  },
};
