import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { awaitThread, recordPairing, type RecordedPairing } from '../pairings/pairing.service.ts';
import { programOfSuggestion } from './matching.repo.ts';
import { findSuggestion, type Proposal } from './suggest.service.ts';

export interface Skipped {
  proposal: Proposal;
  why: MessageKey;
  params: MessageParams;
}

export interface AcceptResult {
  /** Pairs whose thread Discord has made, with both members and the welcome. */
  made: number;
  /** Pairs recorded whose thread is still being made (the outbox finishes it). */
  pending: number;
  skipped: Skipped[];
  /** How many proposals were accepted, made or skipped. */
  total: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Accept-all reports progress this often, and waits this long before handing over to the outbox. */
const PROGRESS_EVERY_MS = 2_000;
const WAIT_MS = 14 * 60_000;

/**
 * Accepts proposals of a stored suggestion. Every rule is checked again in one transaction
 * (the cohort may have changed since, or another admin may have accepted the same pair):
 * what still holds is recorded with its thread effects, what does not is skipped with the
 * reason. Progress counts only threads Discord has confirmed.
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
  const chosen =
    which === 'all'
      ? suggestion.proposals
      : which.map((i) => suggestion.proposals[i]).filter((p): p is Proposal => p !== undefined);
  const now = ctx.clock.now();
  const { recorded, skipped } = await transact(ctx.db, async (trx) => {
    const program = await programOfSuggestion(trx, suggestion.program.id);
    const recorded: { proposal: Proposal; pairing: RecordedPairing }[] = [];
    const skipped: Skipped[] = [];
    for (const proposal of chosen) {
      try {
        recorded.push({
          proposal,
          pairing: await recordPairing(
            trx,
            program,
            { mentorId: proposal.mentorId, menteeId: proposal.menteeId },
            actor,
            now,
            { suggestion: suggestionId },
          ),
        });
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        skipped.push({ proposal, why: error.key, params: error.params });
      }
    }
    return { recorded, skipped };
  });

  let waiting = recorded;
  let made = 0;
  const deadline = Date.now() + WAIT_MS;
  for (let round = 0; ; round += 1) {
    const outcomes = await Promise.all(
      waiting.map(async (r) => ({ r, outcome: await awaitThread(ctx, suggestion.program, r.pairing, 0) })),
    );
    for (const { r, outcome } of outcomes) {
      if ('made' in outcome) made += 1;
      if ('refused' in outcome)
        skipped.push({ proposal: r.proposal, why: outcome.refused.key, params: outcome.refused.params });
    }
    waiting = outcomes.filter(({ outcome }) => 'pending' in outcome).map(({ r }) => r);
    if (waiting.length === 0 || Date.now() >= deadline) break;
    if (round > 0) await onProgress(made, recorded.length);
    const began = Date.now();
    const settled = await ctx.outbox.settle(
      waiting.map((r) => r.pairing.keys.welcome),
      PROGRESS_EVERY_MS,
    );
    // The outbox may be idle with threads waiting for a retry: look again later, not at once.
    if ([...settled.values()].some((s) => s.status === 'pending'))
      await sleep(PROGRESS_EVERY_MS - (Date.now() - began));
  }
  return { made, pending: waiting.length, skipped, total: chosen.length };
}
