import type { DiscordSimulator } from './simulator.ts';
import { ApiError, type RestReply, type RouteHandler } from './rest.ts';
import { memberPermissions, Permissions, type SimGuild } from './state.ts';

/** REST routes for a server's roles and giving a member one, with Discord's refusals. */
export function roleRoutes(sim: DiscordSimulator): Map<string, RouteHandler> {
  const guildOf = (id: string | undefined): SimGuild => {
    const guild = sim.guilds.get(id ?? '');
    if (!guild) throw new ApiError(404, 10004, 'Unknown Guild');
    return guild;
  };
  const routes = new Map<string, RouteHandler>();

  routes.set('GET /users/{user_id}', ({ params }): RestReply => ({ status: 200, body: sim.userBody(params[0] ?? '') }));

  routes.set('GET /guilds/{guild_id}/roles', ({ params }): RestReply => {
    const guild = guildOf(params[0]);
    return { status: 200, body: sim.rolesBody(guild) };
  });

  /**
   * Discord gives a role only if the bot has Manage Roles and its highest role is above the
   * role; @everyone and integration-managed roles cannot be given.
   */
  routes.set('PUT /guilds/{guild_id}/members/{user_id}/roles/{role_id}', ({ params }): RestReply => {
    const guild = guildOf(params[0]);
    const role = guild.roles.get(params[2] ?? '');
    if (!role) throw new ApiError(404, 10011, 'Unknown Role');
    const roles = guild.members.get(params[1] ?? '');
    if (!roles) throw new ApiError(404, 10007, 'Unknown Member');
    const bot = sim.botUser.id;
    const botHighest = Math.max(0, ...(guild.members.get(bot) ?? []).map((id) => guild.roles.get(id)?.position ?? 0));
    if (
      !(memberPermissions(guild, bot) & Permissions.ManageRoles) ||
      role.id === guild.id ||
      role.managed ||
      role.position >= botHighest
    )
      throw new ApiError(403, 50013, 'Missing Permissions');
    if (!roles.includes(role.id)) guild.members.set(params[1] as string, [...roles, role.id]);
    return { status: 204 };
  });
  return routes;
}
