import type { DiscordSimulator } from './simulator.ts';
import { ApiError, type RestReply, type RouteHandler } from './rest.ts';
import { channelPayload, memberPermissions, Permissions, snowflake, type SimChannel } from './state.ts';

const ok = (body: unknown): RestReply => ({ status: 200, body });
const NONCE_WINDOW_MS = 5 * 60_000;

/** REST routes for channels, threads, messages, members and DMs, with Discord's refusals. */
export function channelRoutes(sim: DiscordSimulator): Map<string, RouteHandler> {
  const channel = (id: string | undefined): SimChannel => {
    const found = id ? sim.channels.get(id) : undefined;
    if (!found) throw new ApiError(404, 10003, 'Unknown Channel');
    return found;
  };

  const canBotPost = (target: SimChannel) => {
    if (target.botDenied || (target.parentId && sim.channels.get(target.parentId)?.botDenied))
      throw new ApiError(403, 50013, 'Missing Permissions');
    if (target.thread?.locked) throw new ApiError(403, 50083, 'Thread is locked');
    if (target.thread && target.type === 12 && !target.thread.members.has(sim.botUser.id))
      throw new ApiError(403, 50001, 'Missing Access');
  };

  const routes = new Map<string, RouteHandler>();

  routes.set('GET /channels/{channel_id}', ({ params }) => ok(channelPayload(channel(params[0]))));

  routes.set('PATCH /channels/{channel_id}', ({ params, body }) => {
    const target = channel(params[0]);
    if (!target.thread) throw new ApiError(501, 0, 'the simulator only edits threads');
    if (typeof body.name === 'string') target.name = body.name;
    if (typeof body.locked === 'boolean') target.thread.locked = body.locked;
    if (typeof body.archived === 'boolean') target.thread.archived = body.archived;
    sim.gateway.dispatch('THREAD_UPDATE', channelPayload(target), target.guildId);
    return ok(channelPayload(target));
  });

  routes.set('POST /channels/{channel_id}/threads', ({ params, body }) => {
    const parent = channel(params[0]);
    if (parent.type !== 0) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
    if (parent.botDenied) throw new ApiError(403, 50013, 'Missing Permissions');
    if (body.type !== 12) throw new ApiError(501, 0, 'the simulator only makes private threads');
    const now = new Date().toISOString();
    const thread: SimChannel = {
      id: snowflake(),
      type: 12,
      name: body.name,
      guildId: parent.guildId,
      parentId: parent.id,
      botDenied: false,
      thread: {
        archived: false,
        locked: false,
        invitable: body.invitable ?? true,
        ownerId: sim.botUser.id,
        members: new Set([sim.botUser.id]),
        createdAt: now,
      },
    };
    sim.channels.set(thread.id, thread);
    sim.gateway.dispatch('THREAD_CREATE', { ...channelPayload(thread), newly_created: true }, thread.guildId);
    return { status: 201, body: channelPayload(thread) };
  });

  routes.set('PUT /channels/{channel_id}/thread-members/{user_id}', ({ params }) => {
    const thread = channel(params[0]);
    if (!thread.thread) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
    if (thread.thread.archived) throw new ApiError(400, 50083, 'Thread is archived');
    const guild = sim.guilds.get(thread.guildId ?? '');
    if (!guild?.members.has(params[1] ?? '')) throw new ApiError(404, 10007, 'Unknown Member');
    thread.thread.members.add(params[1] as string);
    return { status: 204 };
  });

  // Discord: the thread must not be archived; removing someone who is not in it is an unknown member.
  routes.set('DELETE /channels/{channel_id}/thread-members/{user_id}', ({ params }) => {
    const thread = channel(params[0]);
    if (!thread.thread) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
    if (thread.thread.archived) throw new ApiError(400, 50083, 'Thread is archived');
    if (!thread.thread.members.delete(params[1] as string)) throw new ApiError(404, 10007, 'Unknown Member');
    return { status: 204 };
  });

  routes.set('GET /channels/{channel_id}/thread-members', ({ params }) => {
    const thread = channel(params[0]);
    return ok(
      [...(thread.thread?.members ?? [])].map((user_id) => ({
        id: thread.id,
        user_id,
        join_timestamp: thread.thread?.createdAt,
        flags: 0,
      })),
    );
  });

  routes.set('GET /guilds/{guild_id}/threads/active', ({ params }) => {
    const threads = [...sim.channels.values()].filter((c) => c.guildId === params[0] && c.thread && !c.thread.archived);
    return ok({ threads: threads.map(channelPayload), members: [], has_more: false });
  });

  routes.set('POST /channels/{channel_id}/messages', ({ params, body, files }) => {
    const target = channel(params[0]);
    if (target.type === 1) {
      const recipient = sim.users.get(target.recipientId ?? '');
      if (!recipient?.acceptsDms) throw new ApiError(403, 50007, 'Cannot send messages to this user');
    } else {
      canBotPost(target);
    }
    if (body.enforce_nonce && body.nonce) {
      const now = sim.clock.now().getTime();
      const earlier = sim
        .messagesIn(target.id)
        .find(
          (m) =>
            m.nonce === String(body.nonce) &&
            m.authorId === sim.botUser.id &&
            now - Date.parse(m.createdAt) < NONCE_WINDOW_MS,
        );
      if (earlier) return ok(sim.messageBody(earlier));
    }
    if (target.thread?.archived) {
      target.thread.archived = false;
      sim.gateway.dispatch('THREAD_UPDATE', channelPayload(target), target.guildId);
    }
    const message = sim.storeMessage(target, sim.botUser.id, body, { files });
    return ok(sim.messageBody(message));
  });

  routes.set('PATCH /channels/{channel_id}/messages/{message_id}', ({ params, body, files }) => {
    const target = channel(params[0]);
    const message = sim.messagesIn(target.id).find((m) => m.id === params[1]);
    if (!message) throw new ApiError(404, 10008, 'Unknown Message');
    if (message.authorId !== sim.botUser.id)
      throw new ApiError(403, 50005, 'Cannot edit a message authored by another user');
    sim.editMessage(message, body, files);
    return ok(sim.messageBody(message));
  });

  // Newest first, as Discord answers; `after` counts by id, so by time. No nonce: Discord shows
  // it only to the sender's own client, right after sending.
  routes.set('GET /channels/{channel_id}/messages', ({ params, query }) => {
    const target = channel(params[0]);
    if (target.thread && target.type === 12 && !target.thread.members.has(sim.botUser.id))
      throw new ApiError(403, 50001, 'Missing Access');
    const after = query.get('after');
    const limit = Math.min(100, Number(query.get('limit') ?? 50));
    const found = sim.messagesIn(target.id).filter((m) => !(m.flags & 64) && (!after || BigInt(m.id) > BigInt(after)));
    const page = after ? found.slice(0, limit) : found.slice(-limit);
    return ok(page.reverse().map((m) => ({ ...sim.messageBody(m), nonce: undefined })));
  });

  routes.set('GET /channels/{channel_id}/threads/archived/private', ({ params }) => {
    const parent = channel(params[0]);
    const threads = [...sim.channels.values()].filter(
      (c) => c.parentId === parent.id && c.type === 12 && c.thread?.archived,
    );
    return ok({ threads: threads.map(channelPayload), members: [], has_more: false });
  });

  routes.set('GET /channels/{channel_id}/messages/{message_id}', ({ params }) => {
    const message = sim.messagesIn(channel(params[0]).id).find((m) => m.id === params[1]);
    if (!message) throw new ApiError(404, 10008, 'Unknown Message');
    return ok(sim.messageBody(message));
  });

  // Discord's member list: in user id order after `after`, `limit` (1-1000, default 1) at a time.
  routes.set('GET /guilds/{guild_id}/members', ({ params, query }) => {
    const guild = sim.guilds.get(params[0] ?? '');
    if (!guild) throw new ApiError(404, 10004, 'Unknown Guild');
    const limit = Number(query.get('limit') ?? 1);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new ApiError(400, 50035, 'Invalid Form Body: limit: must be between 1 and 1000.');
    const after = BigInt(query.get('after') ?? '0');
    const ids = [...guild.members.keys()]
      .filter((id) => BigInt(id) > after)
      .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    return ok(ids.slice(0, limit).map((id) => sim.memberBody(guild, id)));
  });

  routes.set('GET /guilds/{guild_id}/members/{user_id}', ({ params }) => {
    const guild = sim.guilds.get(params[0] ?? '');
    const user = sim.users.get(params[1] ?? '');
    if (!guild || !user || !guild.members.has(user.id)) throw new ApiError(404, 10007, 'Unknown Member');
    return ok(sim.memberBody(guild, user.id));
  });

  routes.set('POST /users/@me/channels', ({ body }) => {
    const user = sim.users.get(String(body.recipient_id));
    if (!user) throw new ApiError(400, 50033, 'Invalid Recipient(s)');
    const existing = [...sim.channels.values()].find((c) => c.type === 1 && c.recipientId === user.id);
    const dm = existing ?? {
      id: snowflake(),
      type: 1,
      name: '',
      guildId: null,
      parentId: null,
      thread: null,
      botDenied: false,
      recipientId: user.id,
    };
    sim.channels.set(dm.id, dm);
    return ok(channelPayload(dm));
  });

  routes.set('GET /users/@me', () => ok(sim.userBody(sim.botUser.id)));

  return routes;
}

/** Whether a member can see a channel: private threads only to their members and to Manage Threads. */
export function canSee(sim: DiscordSimulator, userId: string, target: SimChannel): boolean {
  if (target.type !== 12 || !target.thread) return true;
  if (target.thread.members.has(userId)) return true;
  const guild = sim.guilds.get(target.guildId ?? '');
  return guild ? (memberPermissions(guild, userId) & Permissions.ManageThreads) !== 0n : false;
}
