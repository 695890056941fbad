import type { AppContext } from '../../context.ts';
import type { EffectKind } from '../../db/schema.ts';
import type { Target } from './effect.ts';
import { takeUntoldFailures } from './outbox.repo.ts';

export interface GivenUp {
  kind: EffectKind;
  target: Target | null;
  why: string;
}

/**
 * Effects Discord refused for good in a server that no admin has heard of yet; reading them
 * counts as told. A refused DM is left out: closed DMs are the member's choice, and what it
 * said is in /mentorship profile.
 */
export async function takeGivenUpEffects(ctx: AppContext, guildId: string): Promise<GivenUp[]> {
  const rows = await takeUntoldFailures(ctx.db, guildId, ctx.clock.now());
  return rows
    .filter((row) => row.kind !== 'dm')
    .map((row) => ({ kind: row.kind, target: JSON.parse(row.target) as Target | null, why: row.lastError ?? '' }));
}
