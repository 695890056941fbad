import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
// The ESM build that @discordjs/proxy checks its errors against (discord.js loads the CommonJS one).
import { REST } from '@discordjs/rest';
import { pacedRequest, Pacer } from '../discord/pacer.ts';
import type { Logger } from '../log.ts';

/**
 * Discord's global limit is 50 requests per second per bot token, whatever the number of
 * processes. The proxy paces at 48 with a burst of 1: at most 49 in any second however the
 * windows fall, one below the limit for a request's journey moving it across a window's edge.
 * (48 with a burst of 2, exactly 50, drew 429s at the start of a fan-out.)
 */
export const PROXY_RATE = 48;
export const PROXY_BURST = 1;

export interface RestProxyOptions {
  /** Discord's API, or the local simulator: `https://discord.com/api` when unset. */
  upstream?: string;
  host: string;
  port: number;
  rate?: number;
  /** The bot's token: requests carrying another are refused, so that nobody else spends the bot's rate. */
  token?: string;
  log: Logger;
}

export interface RestProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * One REST proxy for every process of the bot (@discordjs/proxy, discord.js's own): each
 * process points DISCORD_API_URL at it, so that one pacer and one set of route buckets serve
 * them all. Requests without the bot token (interaction answers) pass unpaced, as Discord does
 * not count them against the global limit.
 */
export async function startRestProxy(options: RestProxyOptions): Promise<RestProxy> {
  const rest = new REST({
    makeRequest: pacedRequest(new Pacer(options.rate ?? PROXY_RATE, PROXY_BURST)),
    globalRequestsPerSecond: 1_000,
    // The request's body is a stream read once: a retry here would send it empty, and a thread
    // must never be made twice. Discord's failures and 429s go back to the process, whose own
    // client retries (with its body) or, for threads, adopts.
    retries: 0,
    rejectOnRateLimit: () => true,
    // Waiting for a turn counts against it: long enough for a backlog of every process's lanes.
    timeout: 120_000,
    ...(options.upstream ? { api: options.upstream } : {}),
  });
  const handle = proxyRequests(rest);
  const allowed = options.token ? `Bot ${options.token}` : undefined;
  const server: Server = createServer((req, res) => {
    // Interaction answers carry no token of the bot's (their own is in the route): they pass.
    if (allowed && req.headers.authorization !== undefined && req.headers.authorization !== allowed) {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ code: 0, message: "401: Unauthorized (not this proxy's bot)" }));
      return;
    }
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      options.log.error('proxy.failed', { err: error, method: req.method });
      if (!res.headersSent) res.statusCode = 502;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}/api`;
  options.log.info('proxy.listening', { url, rate: options.rate ?? PROXY_RATE });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
