import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

interface Session {
  id: string;
  intents: number;
  /** [shard_id, num_shards] from IDENTIFY; [0, 1] when the bot does not shard. */
  shard: [number, number];
  socket: WebSocket | null;
  seq: number;
  /** Dispatches sent, kept for RESUME. */
  sent: { s: number; t: string; d: unknown }[];
}

export interface GatewayOptions {
  token: string;
  ready: (shard: [number, number], guildIds: string[]) => unknown;
  guildIds: () => string[];
  guildCreate: (guildId: string) => unknown;
}

/** Discord's routing: a guild's events go to shard (guild_id >> 22) % num_shards; DMs to shard 0. */
export function shardOf(guildId: string | null, shardCount: number): number {
  return guildId === null ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * The gateway WebSocket: HELLO, IDENTIFY → READY and a GUILD_CREATE per guild of the session's
 * shard, heartbeat ACKs, RESUME with replay of missed dispatches, and each dispatch to every live
 * session of the shard its guild belongs to (two sessions of one shard, as in a restart overlap,
 * both get it).
 */
export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  identifies = 0;
  resumes = 0;
  /** When set, every IDENTIFY is counted and answered with this close (4011: sharding required). */
  closeOnIdentify: { code: number; reason: string } | undefined;

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  private accept(socket: WebSocket): void {
    let session: Session | null = null;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(String(raw)) as { op: number; d: any };
      if (op === 1) return socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (op === 2) {
        if (d.token !== this.options.token && d.token !== `Bot ${this.options.token}`)
          return socket.close(4004, 'Authentication failed');
        const shard = parseShard(d.shard);
        if (!shard) return socket.close(4010, 'Invalid shard');
        this.identifies += 1;
        if (this.closeOnIdentify) return socket.close(this.closeOnIdentify.code, this.closeOnIdentify.reason);
        const live = { id: randomBytes(8).toString('hex'), intents: Number(d.intents ?? 0), shard, socket, seq: 0 };
        session = { ...live, sent: [] };
        this.sessions.set(session.id, session);
        const guildIds = this.options.guildIds().filter((id) => shardOf(id, shard[1]) === shard[0]);
        this.send(session, 'READY', { ...(this.options.ready(shard, guildIds) as object), session_id: session.id });
        for (const id of guildIds) this.send(session, 'GUILD_CREATE', this.options.guildCreate(id));
        return;
      }
      if (op === 6) {
        const resumed = this.sessions.get(d.session_id);
        if (!resumed) return socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        this.resumes += 1;
        resumed.socket = socket;
        session = resumed;
        for (const missed of resumed.sent.filter((e) => e.s > Number(d.seq)))
          socket.send(JSON.stringify({ op: 0, ...missed }));
        this.send(resumed, 'RESUMED', {});
      }
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
    });
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    if (session.sent.length > 1000) session.sent.shift();
    session.socket?.send(JSON.stringify({ op: 0, ...event }));
  }

  /**
   * Sends an event of `guildId` (null: not a guild's, such as a DM) to every live session of the
   * shard holding that guild that asked for `intent`.
   */
  dispatch(t: string, d: unknown, guildId: string | null, intent = 0): void {
    for (const session of this.sessions.values()) {
      if (!session.socket || (intent !== 0 && (session.intents & intent) === 0)) continue;
      if (shardOf(guildId, session.shard[1]) === session.shard[0]) this.send(session, t, d);
    }
  }

  /** The shards of the sessions connected now, as [shard_id, num_shards]. */
  connectedShards(): [number, number][] {
    return [...this.sessions.values()].filter((s) => s.socket).map((s) => s.shard);
  }

  /** Drops every connection without a close frame, as a network failure would. */
  dropConnections(): void {
    for (const session of this.sessions.values()) session.socket?.terminate();
  }

  /** Closes every live session with `code`, as Discord ends sessions for good (4004: the token was reset). */
  closeConnections(code: number, reason: string): void {
    for (const session of this.sessions.values()) session.socket?.close(code, reason);
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }
}

function parseShard(raw: unknown): [number, number] | null {
  if (raw === undefined) return [0, 1];
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [id, count] = raw as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  return (id as number) >= 0 && (count as number) >= 1 && (id as number) < (count as number)
    ? [id as number, count as number]
    : null;
}
