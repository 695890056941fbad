import type { AppContext } from '../../context.ts';
import type { Pairing } from './pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { findProgram } from '../programs/program.repo.ts';
import { requireProgram } from '../programs/program.service.ts';
import { UserFacingError } from '../errors.ts';
import { countPairingsOfProgram, pairingsPageOfProgram } from './pairing.repo.ts';
import { pageWithin } from '../paging.ts';

export const LIST_PAGE = 15;

/** A page of a program's pairings: live ones first, then ended, newest first. */
export async function listPairings(
  ctx: AppContext,
  actor: Actor,
  program: { name: string } | { id: number },
  page: number,
): Promise<{ program: Program; pairings: Pairing[]; page: number; pages: number }> {
  requireAdmin(actor);
  const found =
    'id' in program ? await findProgram(ctx.db, program.id) : await requireProgram(ctx, actor.guildId, program.name);
  if (!found || found.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  const total = await countPairingsOfProgram(ctx.db, found.id);
  const { page: current, pages } = pageWithin(page, total, LIST_PAGE);
  const pairings = await pairingsPageOfProgram(ctx.db, found.id, LIST_PAGE, current * LIST_PAGE);
  return { program: found, pairings, page: current, pages };
}
