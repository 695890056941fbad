import type { AppContext } from '../../context.ts';
import type { Pairing, Program } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { findProgram } from '../programs/program.repo.ts';
import { requireProgram } from '../programs/program.service.ts';
import { UserFacingError } from '../errors.ts';

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
  if (!found || found.guild_id !== actor.guildId) throw new UserFacingError('error.staleButton');
  const total = await ctx.db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', found.id)
    .executeTakeFirstOrThrow();
  const pages = Math.max(1, Math.ceil(Number(total.n) / LIST_PAGE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const pairings = await ctx.db
    .selectFrom('pairings')
    .selectAll()
    .where('program_id', '=', found.id)
    .orderBy((eb) => eb.case().when('status', '=', 'ended').then(1).else(0).end())
    .orderBy('id', 'desc')
    .limit(LIST_PAGE)
    .offset(current * LIST_PAGE)
    .execute();
  return { program: found, pairings, page: current, pages };
}
