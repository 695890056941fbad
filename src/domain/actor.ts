import { UserFacingError } from './errors.ts';

/** Who is acting, as Discord told us in the interaction (never taken from a custom_id). */
export interface Actor {
  userId: string;
  guildId: string;
  locale: string;
  /** The server's language, for messages that others will read. */
  guildLocale: string;
  roleIds: readonly string[];
  canManageGuild: boolean;
  canModerateMembers: boolean;
}

export function requireAdmin(actor: Actor): void {
  if (!actor.canManageGuild) throw new UserFacingError('error.notAdmin');
}

export function isModerator(actor: Actor, moderatorRoleId: string | null): boolean {
  return (
    actor.canModerateMembers ||
    actor.canManageGuild ||
    (moderatorRoleId !== null && actor.roleIds.includes(moderatorRoleId))
  );
}
