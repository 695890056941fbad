import type { DiscordSimulator } from './simulator.ts';
import { ApiError, type RestReply, type RouteHandler } from './rest.ts';
import type { SimInteraction } from './interactions.ts';
import { snowflake } from './state.ts';

const RESPONSE_DEADLINE_MS = 3_000;
const TOKEN_LIFETIME_MS = 15 * 60_000;
const EPHEMERAL = 64;

/** Interaction callback and webhook routes: one response per interaction, within 3 s, then edits and follow-ups. */
export function interactionRoutes(sim: DiscordSimulator): Map<string, RouteHandler> {
  const byToken = (token: string | undefined): SimInteraction => {
    const found = [...sim.interactions.values()].find((i) => i.token === token);
    if (!found || Date.now() - found.createdAt > TOKEN_LIFETIME_MS) throw new ApiError(404, 10015, 'Unknown Webhook');
    return found;
  };
  const routes = new Map<string, RouteHandler>();

  routes.set(
    'POST /interactions/{interaction_id}/{interaction_token}/callback',
    ({ params, body, query, files }): RestReply => {
      const interaction = sim.interactions.get(params[0] ?? '');
      if (!interaction || interaction.token !== params[1]) throw new ApiError(404, 10062, 'Unknown interaction');
      if (Date.now() - interaction.createdAt > RESPONSE_DEADLINE_MS)
        throw new ApiError(404, 10062, 'Unknown interaction (answered after 3 seconds)');
      if (interaction.response) throw new ApiError(400, 40060, 'Interaction has already been acknowledged.');
      interaction.response = { type: body.type, data: body.data ?? {} };
      if (body.type === 4 || body.type === 5) {
        const flags = Number(body.data?.flags ?? 0);
        const channel = sim.channels.get(interaction.channelId);
        if (!channel) throw new ApiError(404, 10003, 'Unknown Channel');
        const payload = body.type === 5 ? { content: '', flags } : body.data;
        interaction.original = sim.storeMessage(channel, sim.botUser.id, payload, {
          interactionId: interaction.id,
          ephemeral: (flags & EPHEMERAL) !== 0,
          allowEmpty: body.type === 5,
          files,
        });
        interaction.deferred = body.type === 5;
      } else if (body.type === 6) {
        interaction.deferred = true;
      } else if (body.type === 7 && interaction.message) {
        sim.editMessage(interaction.message, body.data ?? {}, files);
      }
      sim.settle(interaction);
      if (query.get('with_response') === 'true') {
        return {
          status: 200,
          body: {
            interaction: { id: interaction.id, type: interaction.type },
            ...(interaction.original
              ? { resource: { type: body.type, message: sim.messageBody(interaction.original) } }
              : {}),
          },
        };
      }
      return { status: 204 };
    },
  );

  routes.set('PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original', ({ params, body, files }) => {
    const interaction = byToken(params[1]);
    const original =
      interaction.original ??
      (interaction.response?.type === 6 || interaction.response?.type === 7 ? interaction.message : undefined);
    if (!original) throw new ApiError(404, 10008, 'Unknown Message');
    sim.editMessage(original, body, files);
    interaction.deferred = false;
    sim.settle(interaction);
    return { status: 200, body: sim.messageBody(original) };
  });

  routes.set('GET /webhooks/{webhook_id}/{webhook_token}/messages/@original', ({ params }) => {
    const interaction = byToken(params[1]);
    if (!interaction.original) throw new ApiError(404, 10008, 'Unknown Message');
    return { status: 200, body: sim.messageBody(interaction.original) };
  });

  routes.set('DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original', ({ params }) => {
    const interaction = byToken(params[1]);
    if (!interaction.original) throw new ApiError(404, 10008, 'Unknown Message');
    sim.deleteMessage(interaction.original);
    return { status: 204 };
  });

  routes.set('POST /webhooks/{webhook_id}/{webhook_token}', ({ params, body, files }) => {
    const interaction = byToken(params[1]);
    if (!interaction.response) throw new ApiError(400, 40060, 'The interaction has not been acknowledged');
    const channel = sim.channels.get(interaction.channelId);
    if (!channel) throw new ApiError(404, 10003, 'Unknown Channel');
    const message = sim.storeMessage(channel, sim.botUser.id, body, {
      interactionId: interaction.id,
      ephemeral: (Number(body.flags ?? 0) & EPHEMERAL) !== 0,
      files,
    });
    interaction.followUps.push(message);
    sim.settle(interaction);
    return { status: 200, body: sim.messageBody(message) };
  });

  routes.set('PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', ({ params, body }) => {
    const interaction = byToken(params[1]);
    const message = interaction.followUps.find((m) => m.id === params[2]);
    if (!message) throw new ApiError(404, 10008, 'Unknown Message');
    sim.editMessage(message, body);
    return { status: 200, body: sim.messageBody(message) };
  });

  routes.set('PUT /applications/{application_id}/commands', ({ params, body }) =>
    registerCommands(sim, params[0], null, body),
  );
  routes.set('PUT /applications/{application_id}/guilds/{guild_id}/commands', ({ params, body }) =>
    registerCommands(sim, params[0], params[1] ?? null, body),
  );
  routes.set('GET /applications/{application_id}/guilds/{guild_id}/commands', ({ params }) => ({
    status: 200,
    body: sim.commandsFor(params[1] ?? ''),
  }));
  routes.set('GET /applications/{application_id}/commands', () => ({ status: 200, body: sim.commandsFor(null) }));

  routes.set('GET /gateway/bot', () => ({
    status: 200,
    body: {
      url: sim.gatewayUrl,
      shards: sim.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    },
  }));
  routes.set('GET /gateway', () => ({ status: 200, body: { url: sim.gatewayUrl } }));
  return routes;
}

function registerCommands(
  sim: DiscordSimulator,
  applicationId: string | undefined,
  guildId: string | null,
  body: any[],
): RestReply {
  if (applicationId !== sim.applicationId) throw new ApiError(403, 50001, 'Missing Access');
  const registered = body.map((command) => ({
    type: 1,
    description: '',
    default_member_permissions: null,
    nsfw: false,
    ...command,
    id: snowflake(),
    application_id: applicationId,
    version: snowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  }));
  sim.registeredCommands.set(guildId ?? 'global', registered);
  return { status: 200, body: registered };
}
