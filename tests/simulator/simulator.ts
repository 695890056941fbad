import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelRoutes } from './channel-routes.ts';
import { roleRoutes } from './role-routes.ts';
import { Gateway } from './gateway.ts';
import { interactionRoutes } from './interaction-routes.ts';
import { interactionPayload, InteractionHandle, slashData, type Actor, type SimInteraction } from './interactions.ts';
import { OpenApiChecker } from './openapi.ts';
import { discordLimits, RateLimiter } from './rate-limits.ts';
import { createRestHandler, type RecordedRequest, type Rejection, type RestReply, type RestRequest } from './rest.ts';
import { userPayload, type SimMessage } from './state.ts';
import { SimWorld } from './world.ts';

let sharedChecker: OpenApiChecker | null = null;

/**
 * A local Discord: REST under /api/v10 and a gateway WebSocket on 127.0.0.1, for the real
 * discord.js client. It keeps guilds, channels, private threads and messages, dispatches
 * interactions built from the bot's own registered commands, records every request, and
 * refuses (and records) what Discord would refuse. The world it keeps, its messages and its
 * JSON bodies are the classes it extends: world.ts, messages.ts, payloads.ts.
 */
export class DiscordSimulator extends SimWorld {
  readonly interactions = new Map<string, SimInteraction>();
  readonly registeredCommands = new Map<string, any[]>();
  readonly requests: RecordedRequest[] = [];
  readonly rejections: Rejection[] = [];
  /** The simulator's own answers that do not match Discord's documented response shapes. */
  readonly answerViolations: string[] = [];
  /** A hook in front of every REST request: delay it, answer it instead, or lose its answer. */
  gate: ((request: RestRequest, next: () => Promise<RestReply>) => Promise<RestReply>) | undefined;
  /** Waited for after each interaction's answer: the bot's side effects that follow it (the harness's outbox drain). */
  afterAnswer: (() => Promise<unknown>) | undefined;
  /** Discord's rate limits, with headers; `limiter.tripped` lists every 429 sent. */
  readonly limiter = new RateLimiter(structuredClone(discordLimits));
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

  commandsFor(guildId: string | null): any[] {
    return this.registeredCommands.get(guildId ?? 'global') ?? [];
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
