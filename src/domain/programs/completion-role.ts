import type { AppContext } from '../../context.ts';
import { UserFacingError } from '../errors.ts';

/**
 * Refuses a completion role the bot could not give (Discord would refuse every member later):
 * checked when an admin sets it, with the reason.
 */
export async function assertCompletionRoleGivable(ctx: AppContext, guildId: string, roleId: string): Promise<void> {
  const refusal = await ctx.discord.roleRefusal(guildId, roleId);
  if (refusal) throw new UserFacingError(`error.completionRole.${refusal}`, { role: roleId });
}
