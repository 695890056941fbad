import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

interface Session {
  id: string;
  intents: number;
  socket: WebSocket | null;
  seq: number;
  /** Dispatches sent, kept for RESUME. */
  sent: { s: number; t: string; d: unknown }[];
}

export interface GatewayOptions {
  token: string;
  ready: () => unknown;
  guildCreates: () => unknown[];
}

/**
 * The gateway WebSocket: HELLO, IDENTIFY → READY and a GUILD_CREATE per guild, heartbeat
 * ACKs, RESUME with replay of missed dispatches, and dispatches to every live session.
 */
export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  identifies = 0;
  resumes = 0;

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
        this.identifies += 1;
        session = { id: randomBytes(8).toString('hex'), intents: Number(d.intents ?? 0), socket, seq: 0, sent: [] };
        this.sessions.set(session.id, session);
        this.send(session, 'READY', { ...(this.options.ready() as object), session_id: session.id });
        for (const guild of this.options.guildCreates()) this.send(session, 'GUILD_CREATE', guild);
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

  /** Sends an event to every live session (the bot, possibly across a restart) that asked for `intent`. */
  dispatch(t: string, d: unknown, intent = 0): void {
    for (const session of this.sessions.values())
      if (session.socket && (intent === 0 || (session.intents & intent) !== 0)) this.send(session, t, d);
  }

  /** Drops every connection without a close frame, as a network failure would. */
  dropConnections(): void {
    for (const session of this.sessions.values()) session.socket?.terminate();
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }
}
