import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notice, pairingChain, recordEffects, type EffectRecord } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { findProgram } from '../programs/program.repo.ts';
import { findCompletion, insertCompletions, markRoleGranted, pairingsToComplete } from './completion.repo.ts';

/**
 * Records that pairings reached their program's last week (their closing message is being
 * recorded): a completion per member, and, if the program has a completion role, the effect
 * that gives it, keyed per pairing and member so a rerun or a restart gives it once. A group's
 * memberships share their mentor, who completes once (with the first membership).
 */
export async function recordCompletions(
  trx: Transaction<DB>,
  now: Date,
  pairingIds: readonly number[],
  options: { group?: boolean } = {},
): Promise<void> {
  const pairings = await pairingsToComplete(trx, pairingIds);
  const completedAt = now.toISOString();
  const firstId = Math.min(...pairings.map((p) => p.pairingId));
  const inserted = await insertCompletions(
    trx,
    pairings.flatMap((p) =>
      (options.group && p.pairingId !== firstId ? (['mentee'] as const) : (['mentor', 'mentee'] as const)).map(
        (role) => ({
          pairingId: p.pairingId,
          programId: p.programId,
          guildId: p.guildId,
          userId: role === 'mentor' ? p.mentorId : p.menteeId,
          role,
          weeks: p.weeks,
          completedAt,
        }),
      ),
    ),
  );
  const roleOf = new Map(pairings.map((p) => [p.pairingId, p.completionRoleId]));
  const effects: EffectRecord[] = [];
  for (const completion of inserted) {
    const roleId = roleOf.get(completion.pairingId);
    if (!roleId) continue;
    effects.push({
      guildId: completion.guildId,
      key: `completion-role:${completion.pairingId}:${completion.userId}`,
      chain: pairingChain(completion.pairingId),
      subject: `completion:${completion.id}`,
      effect: { kind: 'add-role', target: { user: completion.userId }, roleId },
    });
  }
  await recordEffects(trx, now, effects);
}

/**
 * The completion role, given by the outbox: noted when Discord confirms. A refusal (the role
 * moved above the bot's, Manage Roles taken away) tells the report channel once per program.
 */
export const completionSubject: SubjectHandler = {
  async done(trx, completionId, _row, _resultId, now) {
    await markRoleGranted(trx, completionId, now);
  },
  async refused(trx, completionId, row, error, now) {
    const completion = await findCompletion(trx, completionId);
    const program = completion && (await findProgram(trx, completion.programId));
    if (!program?.completionRoleId) return;
    const key = `completion-role-refused:${program.id}`;
    const params = { role: program.completionRoleId, program: program.name, why: `${error.code || error.status}` };
    await recordEffects(trx, now, [
      {
        guildId: row.guildId,
        key,
        chain: key,
        effect: {
          kind: 'post',
          target: { channel: program.reportChannelId },
          message: notice({ locale: program.locale, key: 'completion.roleRefused', params }),
        },
      },
    ]);
  },
};
