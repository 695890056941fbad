import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { Actor } from '../domain/actor.ts';
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
