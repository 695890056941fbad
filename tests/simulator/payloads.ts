import { ApiError } from './rest.ts';
import {
  channelPayload,
  memberPermissions,
  messagePayload,
  snowflake,
  userPayload,
  type SimChannel,
  type SimGuild,
  type SimMessage,
  type SimUser,
} from './state.ts';

/**
 * The simulated Discord's state (the bot's identity, users, guilds, channels, messages and the
 * world's clock), and that state as Discord's JSON bodies.
 */
export class SimPayloads {
  readonly token = `sim.${snowflake()}`;
  readonly applicationId = snowflake();
  readonly botUser: SimUser = { id: this.applicationId, username: 'Mentorship', bot: true, acceptsDms: false };
  readonly users = new Map<string, SimUser>([[this.botUser.id, this.botUser]]);
  readonly guilds = new Map<string, SimGuild>();
  readonly channels = new Map<string, SimChannel>();
  readonly messages = new Map<string, SimMessage[]>();
  /**
   * The simulated world's clock: message times and ids, and the nonce window, follow it, so a
   * test that moves the bot's clock an hour on moves Discord's too. Deadlines that measure the
   * bot's real speed (3 s to answer an interaction, rate limits) stay on real time.
   */
  clock: { now(): Date } = { now: () => new Date() };

  /** Roles as Discord lists them. */
  rolesBody(guild: SimGuild) {
    return [...guild.roles.values()].map((r) => ({
      id: r.id,
      name: r.name,
      permissions: r.permissions.toString(),
      position: r.position,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      managed: r.managed ?? false,
      mentionable: false,
      icon: null,
      unicode_emoji: null,
      flags: 0,
    }));
  }

  userBody(id: string) {
    const user = this.users.get(id);
    if (!user) throw new ApiError(404, 10013, 'Unknown User');
    return userPayload(user);
  }

  memberBody(guild: SimGuild, userId: string) {
    return {
      user: this.userBody(userId),
      roles: guild.members.get(userId) ?? [],
      permissions: memberPermissions(guild, userId).toString(),
      joined_at: new Date(0).toISOString(),
      nick: guild.nicks?.get(userId) ?? null,
      avatar: null,
      banner: null,
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
    };
  }

  guildBody(guild: SimGuild) {
    const channels = [...this.channels.values()].filter((c) => c.guildId === guild.id);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: guild.ownerId,
      preferred_locale: guild.preferredLocale,
      features: [],
      roles: this.rolesBody(guild),
      channels: channels.filter((c) => !c.thread).map(channelPayload),
      threads: channels.filter((c) => c.thread && !c.thread.archived).map(channelPayload),
      members: [this.memberBody(guild, this.botUser.id)],
      member_count: guild.members.size,
      large: false,
      unavailable: false,
      joined_at: new Date(0).toISOString(),
      emojis: [],
      stickers: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      premium_tier: 0,
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
    };
  }

  messageBody(message: SimMessage) {
    return messagePayload(message, this.users.get(message.authorId) ?? this.botUser);
  }
}
