import { RESTEvents, type Client, type REST } from 'discord.js';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { DB } from '../db/schema.ts';
import type { GuildScope } from '../domain/guild-scope.ts';
import { pendingBacklog } from '../domain/outbox/outbox-stats.repo.ts';
import type { Logger } from '../log.ts';
import { checkHealth, DATABASE_TIMEOUT_MS } from './health.ts';
import { startHttpServer, type HttpServer } from './http-server.ts';
import { Metrics } from './metrics.ts';

/** Metrics whose outbox gauges read this database (this process's shards), at scrape time. */
export function createMetrics(db: Kysely<DB>, clock: Clock, scope: GuildScope | null): Metrics {
  return new Metrics(async () => {
    const { pending, oldestCreatedAt } = await withTimeout(pendingBacklog(db, scope), DATABASE_TIMEOUT_MS);
    const age = oldestCreatedAt ? Math.max(0, (clock.now().getTime() - oldestCreatedAt.getTime()) / 1000) : 0;
    return { pending, oldestAgeSeconds: age };
  });
}

/** Counts every answer Discord gives on this REST client, and every rate limit it waits out. */
export function observeRest(rest: REST, metrics: Metrics): void {
  rest.on(RESTEvents.Response, (request, response) => metrics.response(request.route, request.method, response.status));
  rest.on(RESTEvents.RateLimited, (info) => metrics.rateLimited(info.route, info.global));
}

export interface OpsDeps {
  client: Client;
  db: Kysely<DB>;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  lastTickAt(): Date | null;
}

/**
 * The port of this process: HTTP_PORT, or under `start:shards` (one process per shard) HTTP_PORT
 * plus the process's shard id, so shards on one machine never compete for it. 0 stays 0 (any free port).
 */
export function opsPort(port: number, scope: GuildScope | null): number {
  return port === 0 || !scope ? port : port + Math.min(...scope.shardIds);
}

/** The health and metrics endpoints, on `host:port`. */
export function startOpsServer(host: string, port: number, deps: OpsDeps): Promise<HttpServer> {
  const startedAt = deps.clock.now();
  return startHttpServer(
    host,
    port,
    { health: () => checkHealth({ ...deps, startedAt }), metrics: () => deps.metrics.text() },
    deps.log,
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
