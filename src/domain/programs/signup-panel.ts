import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Program } from './program.types.ts';
import { recordEffects, recordViewRefresh } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { updateProgram } from './program.repo.ts';

const panelChain = (programId: number) => `panel:${programId}`;

/** Records the post of a new panel for an opened program; its message is kept once Discord confirms. */
export async function recordPanelPost(trx: Transaction<DB>, program: Program, now: Date): Promise<string> {
  const key = `panel:${program.id}:${now.getTime()}`;
  await recordEffects(trx, now, [
    {
      guildId: program.guildId,
      key,
      chain: panelChain(program.id),
      subject: `signup-panel:${program.id}`,
      effect: {
        kind: 'post',
        target: { channel: program.pairChannelId },
        message: { view: 'signup-panel', id: program.id },
      },
    },
  ]);
  return key;
}

/** Records that the panel must show the current counts and state (see recordViewRefresh). */
export function recordPanelRefresh(
  trx: Transaction<DB>,
  program: Pick<Program, 'id' | 'guildId'>,
  now: Date,
): Promise<void> {
  return recordViewRefresh(
    trx,
    { guildId: program.guildId, chain: panelChain(program.id), view: 'signup-panel', id: program.id },
    now,
  );
}

/** The panel's post: kept once Discord confirms; if Discord refuses it, sign-ups close again. */
export const signupPanelSubject: SubjectHandler = {
  async done(trx, programId, _row, messageId) {
    await updateProgram(trx, programId, { panelMessageId: messageId });
  },
  async refused(trx, programId, _row, _error, now) {
    await updateProgram(trx, programId, { signupsOpen: false, updatedAt: now.toISOString() });
  },
};
