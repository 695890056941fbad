import { randomBytes } from 'node:crypto';
import type { DiscordSimulator } from './simulator.ts';
import { canSee } from './channel-routes.ts';
import { channelPayload, memberPermissions, snowflake, type SimChannel, type SimMessage } from './state.ts';

export interface SimInteraction {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  userId: string;
  guildId: string;
  channelId: string;
  data: Record<string, unknown>;
  message?: SimMessage;
  response?: { type: number; data: any };
  original?: SimMessage;
  deferred: boolean;
  followUps: SimMessage[];
  waiters: Array<() => void>;
}

export interface Actor {
  user: string;
  guild: string;
  channel: string;
  locale?: string;
}

export interface ReplyView {
  type: number;
  content: string;
  ephemeral: boolean;
  embeds: any[];
  components: any[];
  message?: SimMessage;
  data: any;
}

const WAIT_MS = 8_000;

/** What a test holds after sending an interaction: its responses as Discord recorded them. */
export class InteractionHandle {
  constructor(
    readonly sim: DiscordSimulator,
    readonly interaction: SimInteraction,
  ) {}

  private until(done: () => boolean, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `interaction ${this.interaction.data.name ?? this.interaction.data.custom_id}: no ${what} within ${WAIT_MS} ms`,
            ),
          ),
        WAIT_MS,
      );
      const check = () => {
        if (!done()) return this.interaction.waiters.push(check);
        clearTimeout(timer);
        resolve();
      };
      this.interaction.waiters.push(check);
    });
  }

  /** The final answer: the first response, or the deferred reply once edited, or the latest follow-up. */
  async reply(): Promise<ReplyView> {
    const i = this.interaction;
    await this.until(() => i.response !== undefined && (!i.deferred || i.followUps.length > 0), 'answer');
    await this.sim.afterAnswer?.();
    const response = i.response as { type: number; data: any };
    const message =
      i.followUps.at(-1) ?? i.original ?? (response.type === 6 || response.type === 7 ? i.message : undefined);
    return {
      type: response.type,
      content: message?.content ?? response.data?.content ?? '',
      ephemeral: message ? (message.flags & 64) !== 0 : (Number(response.data?.flags ?? 0) & 64) !== 0,
      embeds: message?.embeds ?? response.data?.embeds ?? [],
      components: message?.components ?? response.data?.components ?? [],
      message,
      data: response.data,
    };
  }
}

function optionValue(
  sim: DiscordSimulator,
  type: number,
  value: unknown,
  resolved: Record<string, Record<string, unknown>>,
  guildId: string,
): unknown {
  const id = String(value);
  if (type === 6) {
    const guild = sim.guilds.get(guildId);
    (resolved.users ??= {})[id] = sim.userBody(id);
    if (guild?.members.has(id)) (resolved.members ??= {})[id] = { ...sim.memberBody(guild, id), user: undefined };
  } else if (type === 7) {
    const channel = sim.channels.get(id);
    if (!channel) throw new Error(`no channel ${id}`);
    (resolved.channels ??= {})[id] = { ...channelPayload(channel), permissions: '0' };
  } else if (type === 8) {
    const role = sim.guilds.get(guildId)?.roles.get(id);
    if (!role) throw new Error(`no role ${id}`);
    const guild = sim.guilds.get(guildId);
    (resolved.roles ??= {})[id] = guild ? sim.rolesBody(guild).find((r) => r.id === id) : undefined;
  }
  return value;
}

/**
 * Builds the `data` of a slash command from the bot's own registered JSON, as Discord's client
 * would: unknown options, wrong types, missing required options and values outside declared
 * choices throw here, since no client could send them. Ranges and channel types are not
 * enforced, so that the bot's own guards can be tested.
 */
export function slashData(
  sim: DiscordSimulator,
  actor: Actor,
  path: string,
  values: Record<string, unknown>,
  focused?: string,
) {
  const [name, sub] = path.split(' ');
  const command =
    sim.commandsFor(actor.guild).find((c) => c.name === name) ?? sim.commandsFor(null).find((c) => c.name === name);
  if (!command) throw new Error(`command /${name} is not registered`);
  const declared = sub ? command.options?.find((o: any) => o.type === 1 && o.name === sub) : command;
  if (!declared) throw new Error(`/${name} has no subcommand ${sub}`);
  const resolved: Record<string, Record<string, unknown>> = {};
  const options = Object.entries(values).map(([optionName, value]) => {
    const option = (declared.options ?? []).find((o: any) => o.name === optionName);
    if (!option) throw new Error(`/${path} has no option ${optionName}`);
    const typeOk =
      { 3: 'string', 4: 'number', 5: 'boolean', 6: 'string', 7: 'string', 8: 'string', 10: 'number' }[
        option.type as 3
      ] === typeof value;
    if (!typeOk) throw new Error(`/${path} option ${optionName} expects type ${option.type}`);
    if (option.choices && optionName !== focused && !option.choices.some((c: any) => c.value === value))
      throw new Error(`/${path} ${optionName}: ${String(value)} is not a choice`);
    return {
      name: optionName,
      type: option.type,
      value: optionValue(sim, option.type, value, resolved, actor.guild),
      ...(optionName === focused ? { focused: true } : {}),
    };
  });
  if (!focused) {
    for (const option of declared.options ?? []) {
      if (option.required && !(option.name in values)) throw new Error(`/${path} needs option ${option.name}`);
    }
  }
  return {
    id: command.id,
    name: command.name,
    type: 1,
    ...(command.guild_id ? { guild_id: command.guild_id } : {}),
    options: sub ? [{ name: sub, type: 1, options }] : options,
    ...(Object.keys(resolved).length ? { resolved } : {}),
  };
}

/**
 * A component used in the bot's DM with a user: Discord sends no guild and no member, only the
 * user, with the bot-DM context (1). Only the DM's recipient can use it.
 */
function dmInteractionPayload(
  sim: DiscordSimulator,
  actor: Actor,
  type: number,
  data: Record<string, unknown>,
  channel: SimChannel,
  message?: SimMessage,
): SimInteraction & { payload: unknown } {
  if (channel.recipientId !== actor.user) throw new Error(`${actor.user} cannot see the DM channel ${channel.id}`);
  const interaction: SimInteraction = {
    id: snowflake(),
    token: `tok_${randomBytes(12).toString('hex')}`,
    type,
    createdAt: Date.now(),
    userId: actor.user,
    guildId: '',
    channelId: channel.id,
    data,
    message,
    deferred: false,
    followUps: [],
    waiters: [],
  };
  const payload = {
    id: interaction.id,
    application_id: sim.applicationId,
    type,
    token: interaction.token,
    version: 1,
    channel_id: channel.id,
    channel: channelPayload(channel),
    user: sim.userBody(actor.user),
    locale: actor.locale ?? 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': '0' },
    context: 1,
    attachment_size_limit: sim.attachmentSizeLimit,
    data,
    ...(message ? { message: sim.messageBody(message) } : {}),
  };
  return { ...interaction, payload };
}

/** The INTERACTION_CREATE payload Discord sends, with the member's real permissions. */
export function interactionPayload(
  sim: DiscordSimulator,
  actor: Actor,
  type: number,
  data: Record<string, unknown>,
  message?: SimMessage,
): SimInteraction & { payload: unknown } {
  const channel = sim.channels.get(actor.channel);
  if (channel?.type === 1) return dmInteractionPayload(sim, actor, type, data, channel, message);
  const guild = sim.guilds.get(actor.guild);
  if (!guild || !channel) throw new Error('unknown guild or channel');
  if (!guild.members.has(actor.user)) throw new Error(`${actor.user} is not a member of ${guild.name}`);
  if (!canSee(sim, actor.user, channel)) throw new Error(`${actor.user} cannot see channel ${channel.name}`);
  const interaction: SimInteraction = {
    id: snowflake(),
    token: `tok_${randomBytes(12).toString('hex')}`,
    type,
    createdAt: Date.now(),
    userId: actor.user,
    guildId: guild.id,
    channelId: channel.id,
    data,
    message,
    deferred: false,
    followUps: [],
    waiters: [],
  };
  const payload = {
    id: interaction.id,
    application_id: sim.applicationId,
    type,
    token: interaction.token,
    version: 1,
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
    channel_id: channel.id,
    channel: channelPayload(channel),
    member: sim.memberBody(guild, actor.user),
    locale: actor.locale ?? 'en-US',
    guild_locale: guild.preferredLocale,
    app_permissions: memberPermissions(guild, guild.ownerId).toString(),
    entitlements: [],
    authorizing_integration_owners: { '0': guild.id },
    context: 0,
    attachment_size_limit: sim.attachmentSizeLimit,
    data,
    ...(message ? { message: sim.messageBody(message) } : {}),
  };
  return { ...interaction, payload };
}
