import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelRoutes } from './channel-routes.ts';
import { roleRoutes } from './role-routes.ts';
import { Gateway } from './gateway.ts';
import { interactionRoutes } from './interaction-routes.ts';
import { interactionPayload, InteractionHandle, slashData, type Actor, type SimInteraction } from './interactions.ts';
import { OpenApiChecker } from './openapi.ts';
import { discordLimits, RateLimiter } from './rate-limits.ts';
import {
  ApiError,
  createRestHandler,
  type RecordedRequest,
  type Rejection,
  type RestReply,
  type RestRequest,
  type UploadedFile,
} from './rest.ts';
import {
  channelPayload,
  everyonePermissions,
  memberPermissions,
  messagePayload,
  snowflake,
  userPayload,
  type SimChannel,
  type SimGuild,
  type SimMessage,
  type SimUser,
} from './state.ts';

let sharedChecker: OpenApiChecker | null = null;

/**
 * A local Discord: REST under /api/v10 and a gateway WebSocket on 127.0.0.1, for the real
 * discord.js client. It keeps guilds, channels, private threads and messages, dispatches
 * interactions built from the bot's own registered commands, records every request, and
 * refuses (and records) what Discord would refuse.
 */
export class DiscordSimulator {
  readonly token = `sim.${snowflake()}`;
  readonly applicationId = snowflake();
  readonly botUser: SimUser = { id: this.applicationId, username: 'Mentorship', bot: true, acceptsDms: false };
  readonly users = new Map<string, SimUser>([[this.botUser.id, this.botUser]]);
  readonly guilds = new Map<string, SimGuild>();
  readonly channels = new Map<string, SimChannel>();
  readonly messages = new Map<string, SimMessage[]>();
  readonly interactions = new Map<string, SimInteraction>();
  readonly registeredCommands = new Map<string, any[]>();
  readonly requests: RecordedRequest[] = [];
  /** The largest file a message may carry, as interactions tell the bot (attachment_size_limit). */
  attachmentSizeLimit = 10_485_760;
  readonly rejections: Rejection[] = [];
  /** The simulator's own answers that do not match Discord's documented response shapes. */
  readonly answerViolations: string[] = [];
  /** Messages of the bot that could ping @everyone, @here or a role. */
  readonly unsafeMentions: SimMessage[] = [];
  /** A hook in front of every REST request: delay it, answer it instead, or lose its answer. */
  gate: ((request: RestRequest, next: () => Promise<RestReply>) => Promise<RestReply>) | undefined;
  /**
   * The simulated world's clock: message times and ids, and the nonce window, follow it, so a
   * test that moves the bot's clock an hour on moves Discord's too. Deadlines that measure the
   * bot's real speed (3 s to answer an interaction, rate limits) stay on real time.
   */
  clock: { now(): Date } = { now: () => new Date() };
  /** Waited for after each interaction's answer: the bot's side effects that follow it (the harness's outbox drain). */
  afterAnswer: (() => Promise<unknown>) | undefined;
  /** Discord's rate limits, with headers; `limiter.tripped` lists every 429 sent. */
  readonly limiter = new RateLimiter(structuredClone(discordLimits));
  gateway!: Gateway;
  /** What GET /gateway/bot recommends as the shard count ("auto" in discord.js). */
  recommendedShards = 1;
  private server!: Server;
  private port = 0;

  static async start(): Promise<DiscordSimulator> {
    const sim = new DiscordSimulator();
    const routes = new Map([...channelRoutes(sim), ...interactionRoutes(sim), ...roleRoutes(sim)]);
    if (!sharedChecker) {
      sharedChecker = new OpenApiChecker();
      sharedChecker.warm([...routes.keys()]);
    }
    const rest = createRestHandler({
      checker: sharedChecker,
      token: sim.token,
      routes,
      requests: sim.requests,
      rejections: sim.rejections,
      gate: (request, next) => (sim.gate ? sim.gate(request, next) : next()),
      limiter: sim.limiter,
      answerViolations: sim.answerViolations,
    });
    sim.server = createServer((req, res) => {
      rest(req, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
    });
    sim.gateway = new Gateway(sim.server, {
      token: sim.token,
      ready: (shard, guildIds) => ({
        v: 10,
        user: userPayload(sim.botUser),
        guilds: guildIds.map((id) => ({ id, unavailable: true })),
        resume_gateway_url: sim.gatewayUrl,
        application: { id: sim.applicationId, flags: 0 },
        shard,
      }),
      guildIds: () => [...sim.guilds.keys()],
      guildCreate: (id) => sim.guildBody(sim.guilds.get(id)!),
    });
    await new Promise<void>((resolve) => sim.server.listen(0, '127.0.0.1', resolve));
    sim.port = (sim.server.address() as AddressInfo).port;
    return sim;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  // ── The world ──────────────────────────────────────────────────────────────

  addUser(username: string, options: { acceptsDms?: boolean } = {}): string {
    const user = { id: snowflake(), username, acceptsDms: options.acceptsDms ?? true };
    this.users.set(user.id, user);
    return user.id;
  }

  createGuild(name: string, options: { preferredLocale?: string } = {}): SimGuild {
    const owner = this.addUser(`${name}-owner`);
    const id = snowflake();
    const guild: SimGuild = {
      id,
      name,
      ownerId: owner,
      preferredLocale: options.preferredLocale ?? 'en-US',
      roles: new Map(),
      members: new Map([
        [owner, []],
        [this.botUser.id, []],
      ]),
    };
    guild.roles.set(id, { id, name: '@everyone', permissions: everyonePermissions, position: 0 });
    this.guilds.set(id, guild);
    this.gateway.dispatch('GUILD_CREATE', this.guildBody(guild), guild.id);
    return guild;
  }

  /** A role above every other (unless `position` says where), as Discord places a new one. */
  addRole(
    guildId: string,
    name: string,
    permissions: bigint,
    options: { position?: number; managed?: boolean } = {},
  ): string {
    const id = snowflake();
    const roles = this.guilds.get(guildId)?.roles;
    const position = options.position ?? roles?.size ?? 0;
    roles?.set(id, { id, name, permissions, position, managed: options.managed ?? false });
    return id;
  }

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

  addMember(guildId: string, userId: string, roleIds: string[] = []): void {
    this.guilds.get(guildId)?.members.set(userId, roleIds);
  }

  /** A member sets (or, with null, clears) their nickname in the server. */
  setNickname(guildId: string, userId: string, nick: string | null): void {
    const guild = this.guilds.get(guildId);
    if (!guild) return;
    guild.nicks ??= new Map();
    if (nick === null) guild.nicks.delete(userId);
    else guild.nicks.set(userId, nick);
  }

  /** A member leaves; only bots with the Server Members intent (1 << 1) hear of it. */
  removeMember(guildId: string, userId: string): void {
    this.guilds.get(guildId)?.members.delete(userId);
    for (const channel of this.channels.values())
      if (channel.guildId === guildId) channel.thread?.members.delete(userId);
    this.gateway.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user: this.userBody(userId) }, guildId, 1 << 1);
  }

  createChannel(guildId: string, name: string, type = 0): string {
    const channel: SimChannel = {
      id: snowflake(),
      type,
      name,
      guildId,
      parentId: null,
      thread: null,
      botDenied: false,
    };
    this.channels.set(channel.id, channel);
    this.gateway.dispatch('CHANNEL_CREATE', channelPayload(channel), guildId);
    return channel.id;
  }

  /**
   * A thread that already exists (made earlier): by default the bot's private thread with these
   * members besides it; a member may have made it instead, public (type 11) or private.
   */
  createThread(parentId: string, name: string, members: string[], made: { by?: string; type?: 11 | 12 } = {}): string {
    const parent = this.channel(parentId);
    const owner = made.by ?? this.botUser.id;
    const thread: SimChannel = {
      id: snowflake(),
      type: made.type ?? 12,
      name,
      guildId: parent.guildId,
      parentId,
      botDenied: false,
      thread: {
        archived: false,
        locked: false,
        invitable: false,
        ownerId: owner,
        members: new Set([owner, ...members]),
        createdAt: new Date().toISOString(),
      },
    };
    this.channels.set(thread.id, thread);
    return thread.id;
  }

  /** Deletes a channel; `unseen` skips the gateway event, as if the bot had been offline. */
  deleteChannel(id: string, options: { unseen?: boolean } = {}): void {
    const channel = this.channels.get(id);
    if (!channel) return;
    this.channels.delete(id);
    if (!options.unseen)
      this.gateway.dispatch(
        channel.thread ? 'THREAD_DELETE' : 'CHANNEL_DELETE',
        {
          id,
          type: channel.type,
          guild_id: channel.guildId,
          parent_id: channel.parentId,
        },
        channel.guildId,
      );
  }

  channel(id: string): SimChannel {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`no channel ${id}`);
    return channel;
  }

  /** A member posts a message (what the bot never reads: it has no Message Content intent). */
  postAs(userId: string, channelId: string, content: string): SimMessage {
    return this.storeMessage(this.channel(channelId), userId, { content });
  }

  threadsIn(parentId: string): SimChannel[] {
    return [...this.channels.values()].filter((c) => c.parentId === parentId && c.thread);
  }

  messagesIn(channelId: string): SimMessage[] {
    return this.messages.get(channelId) ?? [];
  }

  /** Messages everyone in the channel sees (not ephemeral interaction replies). */
  publicMessages(channelId: string): SimMessage[] {
    return this.messagesIn(channelId).filter((m) => (m.flags & 64) === 0);
  }

  // ── Payloads ───────────────────────────────────────────────────────────────

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

  commandsFor(guildId: string | null): any[] {
    return this.registeredCommands.get(guildId ?? 'global') ?? [];
  }

  // ── Messages ───────────────────────────────────────────────────────────────

  storeMessage(
    channel: SimChannel,
    authorId: string,
    body: any,
    options: { interactionId?: string; ephemeral?: boolean; allowEmpty?: boolean; files?: UploadedFile[] } = {},
  ): SimMessage {
    const content = String(body.content ?? '');
    if (content.length > 2000)
      throw new ApiError(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
    const embeds = body.embeds ?? [];
    const files = options.files ?? [];
    this.checkFiles(files);
    if (!options.allowEmpty && !content && embeds.length === 0 && !(body.components ?? []).length && files.length === 0)
      throw new ApiError(400, 50006, 'Cannot send an empty message');
    const at = this.clock.now();
    const message: SimMessage = {
      id: snowflake(at.getTime()),
      channelId: channel.id,
      authorId,
      content,
      embeds,
      components: body.components ?? [],
      nonce: body.nonce === undefined ? null : String(body.nonce),
      mentions: [],
      mentionEveryone: false,
      flags: Number(body.flags ?? 0) | (options.ephemeral ? 64 : 0),
      createdAt: at.toISOString(),
      editedAt: null,
      attachments: files.map((f) => ({
        id: snowflake(),
        filename: f.filename,
        contentType: f.contentType,
        data: f.data,
      })),
      ...(options.interactionId ? { interactionId: options.interactionId } : {}),
    };
    this.applyMentions(channel, message, body.allowed_mentions);
    this.messages.set(channel.id, [...this.messagesIn(channel.id), message]);
    return message;
  }

  /**
   * Discord's mention rules: with no allowed_mentions everything in the text pings; mentioned
   * members of the server are added to a private thread.
   */
  private applyMentions(
    channel: SimChannel,
    message: SimMessage,
    allowed: { parse?: string[]; users?: string[]; roles?: string[] } | undefined,
  ): void {
    if (message.flags & 64) return;
    const parse = allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone'];
    const users = [...message.content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] as string);
    message.mentions = users.filter((id) => parse.includes('users') || (allowed?.users ?? []).includes(id));
    message.mentionEveryone = parse.includes('everyone') && /@(everyone|here)/.test(message.content);
    const rolePing = /<@&\d+>/.test(message.content) && (parse.includes('roles') || (allowed?.roles ?? []).length > 0);
    if (message.mentionEveryone || rolePing) this.unsafeMentions.push(message);
    const guild = this.guilds.get(channel.guildId ?? '');
    if (channel.type === 12 && channel.thread && guild) {
      for (const id of message.mentions) if (guild.members.has(id)) channel.thread.members.add(id);
    }
  }

  /** Discord's limits on a message's files: ten at most, none larger than the size limit. */
  private checkFiles(files: UploadedFile[]): void {
    if (files.length > 10) throw new ApiError(400, 50035, 'Invalid Form Body: files: Must be 10 or fewer in length.');
    if (files.some((f) => f.data.length > this.attachmentSizeLimit))
      throw new ApiError(413, 40005, 'Request entity too large');
  }

  editMessage(message: SimMessage, body: any, files: UploadedFile[] = []): void {
    this.checkFiles(files);
    if (body.content !== undefined && body.content !== null) {
      if (String(body.content).length > 2000)
        throw new ApiError(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
      message.content = String(body.content);
    }
    if (body.embeds) message.embeds = body.embeds;
    if (body.components) message.components = body.components;
    if (files.length)
      message.attachments = files.map((f) => ({
        id: snowflake(),
        filename: f.filename,
        contentType: f.contentType,
        data: f.data,
      }));
    else if (Array.isArray(body.attachments) && body.attachments.length === 0) message.attachments = [];
    message.editedAt = new Date().toISOString();
    const channel = this.channels.get(message.channelId);
    if (channel && body.content !== undefined) this.applyMentions(channel, message, body.allowed_mentions);
  }

  deleteMessage(message: SimMessage): void {
    this.messages.set(
      message.channelId,
      this.messagesIn(message.channelId).filter((m) => m !== message),
    );
  }

  settle(interaction: SimInteraction): void {
    const waiters = interaction.waiters.splice(0);
    for (const wake of waiters) wake();
  }

  // ── Interactions ───────────────────────────────────────────────────────────

  private send(actor: Actor, type: number, data: Record<string, unknown>, message?: SimMessage): InteractionHandle {
    const { payload, ...interaction } = interactionPayload(this, actor, type, data, message);
    this.interactions.set(interaction.id, interaction);
    this.gateway.dispatch('INTERACTION_CREATE', payload, actor.guild || null);
    return new InteractionHandle(this, interaction);
  }

  /** A member runs `/name sub` with these options. */
  slash(actor: Actor, path: string, options: Record<string, unknown> = {}): InteractionHandle {
    return this.send(actor, 2, slashData(this, actor, path, options));
  }

  autocomplete(actor: Actor, path: string, options: Record<string, unknown>, focused: string): InteractionHandle {
    return this.send(actor, 4, slashData(this, actor, path, options, focused));
  }

  /** A member right-clicks a message and picks a message command. */
  messageCommand(actor: Actor, name: string, message: SimMessage): InteractionHandle {
    const command = [...this.commandsFor(actor.guild), ...this.commandsFor(null)].find(
      (c) => c.name === name && c.type === 3,
    );
    if (!command) throw new Error(`message command ${name} is not registered`);
    return this.send(
      actor,
      2,
      {
        id: command.id,
        name,
        type: 3,
        target_id: message.id,
        resolved: { messages: { [message.id]: this.messageBody(message) } },
      },
      undefined,
    );
  }

  private component(
    user: string,
    message: SimMessage,
    customId: string,
    componentType: number,
  ): { actor: Actor; component: any } {
    const component = message.components
      .flatMap((row: any) => row.components ?? [])
      .find((c: any) => c.custom_id === customId);
    if (!component) throw new Error(`message has no component ${customId}`);
    if (component.disabled) throw new Error(`component ${customId} is disabled`);
    if (component.type !== componentType) throw new Error(`component ${customId} is of type ${component.type}`);
    const origin = message.interactionId ? this.interactions.get(message.interactionId) : undefined;
    if (message.flags & 64 && origin?.userId !== user)
      throw new Error('only the member who got an ephemeral message can use it');
    const channel = this.channel(message.channelId);
    // A DM's components have no guild: only its recipient can use them (see dmInteractionPayload).
    return { actor: { user, guild: channel.guildId ?? '', channel: channel.id }, component };
  }

  click(user: string, message: SimMessage, customId: string, locale?: string): InteractionHandle {
    const { actor } = this.component(user, message, customId, 2);
    return this.send(
      { ...actor, ...(locale ? { locale } : {}) },
      3,
      { custom_id: customId, component_type: 2 },
      message,
    );
  }

  select(user: string, message: SimMessage, customId: string, values: string[], locale?: string): InteractionHandle {
    const { actor, component } = this.component(user, message, customId, 3);
    for (const value of values)
      if (!component.options.some((o: any) => o.value === value))
        throw new Error(`${value} is not an option of ${customId}`);
    return this.send(
      { ...actor, ...(locale ? { locale } : {}) },
      3,
      { custom_id: customId, component_type: 3, values },
      message,
    );
  }

  /** A button click as a tampered client could send it: any custom_id, on `message` if given. */
  forgeClick(actor: Actor, customId: string, message?: SimMessage): InteractionHandle {
    return this.send(actor, 3, { custom_id: customId, component_type: 2 }, message);
  }

  /** A modal submit as a tampered client could send it: any custom_id, and no modal opened first. */
  forgeModal(actor: Actor, customId: string, values: Record<string, string>): InteractionHandle {
    const components = Object.entries(values).map(([custom_id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id, value }],
    }));
    return this.send(actor, 5, { custom_id: customId, components });
  }

  /**
   * Submits the modal that `opened` answered with; required fields must be filled. `locale` is
   * the member's client language, as for `click` and `select`.
   */
  async submitModal(
    user: string,
    opened: InteractionHandle,
    values: Record<string, string>,
    locale?: string,
  ): Promise<InteractionHandle> {
    const reply = await opened.reply();
    if (reply.type !== 9) throw new Error('that interaction did not open a modal');
    const fields = (reply.data.components as any[]).flatMap((row) =>
      row.type === 18 ? [row.component] : row.components,
    );
    for (const field of fields)
      if (field.required !== false && !values[field.custom_id])
        throw new Error(`modal field ${field.custom_id} is required`);
    const components = fields.map((field) => ({
      type: 1,
      components: [{ type: 4, custom_id: field.custom_id, value: values[field.custom_id] ?? '' }],
    }));
    const origin = opened.interaction;
    return this.send({ user, guild: origin.guildId, channel: origin.channelId, ...(locale ? { locale } : {}) }, 5, {
      custom_id: reply.data.custom_id,
      components,
    });
  }
}
