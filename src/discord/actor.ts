import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import { requireAdmin, type Actor } from '../domain/actor.ts';
import { UserFacingError } from '../domain/errors.ts';

/** The acting member, from what Discord says about the interaction. */
export function actorOf(interaction: BaseInteraction): Actor {
  if (!interaction.inGuild()) throw new UserFacingError('error.badInput');
  const member = interaction.member;
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    locale: interaction.locale,
    guildLocale: interaction.guildLocale ?? interaction.locale,
    roleIds: roles,
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    canModerateMembers: interaction.memberPermissions?.has(PermissionFlagsBits.ModerateMembers) ?? false,
  };
}

/** The acting member, refused unless they have Manage Server: checked in code, whatever the server opened the command to. */
export function adminOf(interaction: BaseInteraction): Actor {
  const actor = actorOf(interaction);
  requireAdmin(actor);
  return actor;
}
