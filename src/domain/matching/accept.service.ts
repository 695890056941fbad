import type { AppContext } from '../../context.ts';
import type { Pairing } from '../../db/schema.ts';
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { recordPairing, setUpThread } from '../pairings/pairing.service.ts';
import { findSuggestion, type Proposal } from './suggest.service.ts';

export interface Skipped {
  proposal: Proposal;
  why: MessageKey;
  params: MessageParams;
}

export interface AcceptResult {
  created: Pairing[];
  skipped: Skipped[];
  /** How many proposals were accepted, made or skipped. */
  total: number;
}

/**
 * Accepts proposals of a stored suggestion. Every rule is checked again in one transaction
 * (the cohort may have changed since, or another admin may have accepted the same pair):
 * what still holds is recorded, what does not is skipped with the reason. Threads are then
 * made one by one, reporting progress; a crash leaves the rest to the scheduler's resume.
 */
export async function acceptProposals(
  ctx: AppContext,
  actor: Actor,
  suggestionId: number,
  which: number[] | 'all',
  onProgress: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<AcceptResult> {
  requireAdmin(actor);
  const suggestion = await findSuggestion(ctx, actor.guildId, suggestionId);
  if (!suggestion) throw new UserFacingError('error.staleButton');
  const chosen = which === 'all' ? suggestion.proposals : which.map((i) => suggestion.proposals[i]).filter((p): p is Proposal => p !== undefined);
  const now = ctx.clock.now();
  const { created, skipped } = await ctx.db.transaction().execute(async (trx) => {
    const program = await trx.selectFrom('programs').selectAll().where('id', '=', suggestion.program.id).executeTakeFirstOrThrow();
    const created: Pairing[] = [];
    const skipped: Skipped[] = [];
    for (const proposal of chosen) {
      try {
        created.push(await recordPairing(trx, program, { mentorId: proposal.mentorId, menteeId: proposal.menteeId }, actor, now, { suggestion: suggestionId }));
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        skipped.push({ proposal, why: error.key, params: error.params });
      }
    }
    return { created, skipped };
  });

  const ready: Pairing[] = [];
  for (const [n, pairing] of created.entries()) {
    try {
      ready.push(await setUpThread(ctx, pairing, suggestion.program));
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      const proposal = chosen.find((p) => p.menteeId === pairing.mentee_id && p.mentorId === pairing.mentor_id) as Proposal;
      skipped.push({ proposal, why: error.key, params: error.params });
    }
    await onProgress(n + 1, created.length);
  }
  return { created: ready, skipped, total: chosen.length };
}
