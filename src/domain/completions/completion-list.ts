import type { AppContext } from '../../context.ts';
import type { Actor } from '../actor.ts';
import { completedPrograms } from './completion.repo.ts';
import type { CompletedProgram } from './completion.types.ts';

/** The programs the member finished in this server (/mentorship profile). */
export function memberCompletions(ctx: AppContext, actor: Actor): Promise<CompletedProgram[]> {
  return completedPrograms(ctx.db, actor.guildId, actor.userId);
}
