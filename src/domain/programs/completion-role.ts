import type { AppContext } from '../../context.ts';
import { UserFacingError } from '../errors.ts';

/**
 * Refuses a completion role the bot could not or should not give (Discord would refuse every
 * member later, or the role carries staff powers), and one set by an admin who could not give
 * roles themselves: checked when an admin sets it, with the reason.
 */
export async function assertCompletionRoleGivable(
  ctx: AppContext,
  guildId: string,
  roleId: string,
  setter: { canManageRoles: boolean },
): Promise<void> {
  if (!setter.canManageRoles) throw new UserFacingError('error.completionRole.setter', { role: roleId });
  const refusal = await ctx.discord.roleRefusal(guildId, roleId);
  if (refusal) throw new UserFacingError(`error.completionRole.${refusal}`, { role: roleId });
}
