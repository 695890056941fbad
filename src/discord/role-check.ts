import { PermissionFlagsBits, type APIGuildMember, type APIRole } from 'discord.js';
import type { RoleRefusal } from '../domain/port.ts';

/**
 * Powers a completion role must never carry: the bot gives it to whoever finishes a program,
 * so a staff role would let anyone who can create a program (Manage Server) promote a member.
 */
const STAFF_POWERS =
  PermissionFlagsBits.Administrator |
  PermissionFlagsBits.ManageGuild |
  PermissionFlagsBits.ManageRoles |
  PermissionFlagsBits.ManageChannels |
  PermissionFlagsBits.ManageWebhooks |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.ManageNicknames |
  PermissionFlagsBits.ManageGuildExpressions |
  PermissionFlagsBits.ManageEvents |
  PermissionFlagsBits.KickMembers |
  PermissionFlagsBits.BanMembers |
  PermissionFlagsBits.ModerateMembers |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.ViewAuditLog;

/**
 * Discord's rules for giving a role: not @everyone, not managed by an integration, the bot
 * has Manage Roles (or Administrator), and the role sits below the bot's highest role; and
 * ours: the role carries no staff power.
 */
export async function roleRefusalOf(
  guildId: string,
  roleId: string,
  read: { roles: () => Promise<APIRole[]>; me: () => Promise<APIGuildMember> },
): Promise<RoleRefusal | null> {
  if (roleId === guildId) return 'everyone';
  const roles = await read.roles();
  const role = roles.find((r) => r.id === roleId);
  if (!role) return 'unknown';
  if (role.managed) return 'managed';
  if (BigInt(role.permissions) & STAFF_POWERS) return 'dangerous';
  const me = await read.me();
  const mine = roles.filter((r) => r.id === guildId || me.roles.includes(r.id));
  const permissions = mine.reduce((all, r) => all | BigInt(r.permissions), 0n);
  if (!(permissions & (PermissionFlagsBits.ManageRoles | PermissionFlagsBits.Administrator))) return 'no-permission';
  const highest = Math.max(0, ...mine.map((r) => r.position));
  return role.position < highest ? null : 'above-bot';
}
