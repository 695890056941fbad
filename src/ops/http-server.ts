import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { Health } from './health.ts';

export interface HttpServer {
  /** Where it listens (the port chosen when 0 was asked). */
  address(): { host: string; port: number };
  close(): Promise<void>;
}

export interface Routes {
  health(): Promise<Health>;
  metrics(): Promise<{ contentType: string; body: string }>;
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

async function answer(request: IncomingMessage, response: ServerResponse, routes: Routes): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== '/healthz' && path !== '/metrics') return send(response, 404, 'text/plain', 'not found\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(response, 405, 'text/plain', 'method not allowed\n');
  }
  if (path === '/metrics') {
    const { contentType, body } = await routes.metrics();
    return send(response, 200, contentType, body);
  }
  const health = await routes.health();
  send(response, health.status === 'ok' ? 200 : 503, 'application/json', `${JSON.stringify(health)}\n`);
}

/** A request must arrive whole within this: a slow or stalled client cannot hold a connection. */
const REQUEST_TIMEOUT_MS = 5_000;
/** Probes and scrapes are a few connections at a time; more than this is refused. */
const MAX_CONNECTIONS = 32;

/**
 * GET /healthz and GET /metrics, nothing else: node:http, no framework. Listens on `host`
 * (loopback unless configured otherwise); port 0 takes a free one.
 */
export async function startHttpServer(host: string, port: number, routes: Routes, log: Logger): Promise<HttpServer> {
  const options = {
    requestTimeout: REQUEST_TIMEOUT_MS,
    headersTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: 1_000,
  };
  const server = createServer(options, (request, response) => {
    answer(request, response, routes).catch((error: unknown) => {
      log.error('http.failed', { err: error, path: request.url?.split('?')[0] });
      if (!response.headersSent) send(response, 500, 'text/plain', 'internal error\n');
      else response.destroy();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.listen(port, host);
  await once(server, 'listening');
  // A later failure (no file descriptor left to accept with, say) is the side endpoint's, never the bot's end.
  server.on('error', (error) => log.error('http.error', { err: error }));
  const bound = server.address() as AddressInfo;
  log.info('http.listening', { host: bound.address, port: bound.port });
  return {
    address: () => ({ host: bound.address, port: bound.port }),
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
