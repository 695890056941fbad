import { RESTEvents, type Client, type REST } from 'discord.js';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { DB } from '../db/schema.ts';
import type { GuildScope } from '../domain/guild-scope.ts';
import { pendingBacklog } from '../domain/outbox/outbox-stats.repo.ts';
import { ExitCode, StartupError } from '../exit-codes.ts';
import type { Logger } from '../log.ts';
import type { SchedulerActivity } from '../scheduler/scheduler.ts';
import { checkHealth, databaseCheck, DATABASE_TIMEOUT_MS } from './health.ts';
import { startHttpServer, type HttpServer } from './http-server.ts';
import { Metrics } from './metrics.ts';
import { singleFlight, within } from './single-flight.ts';

/**
 * Metrics whose outbox gauges read this database (this process's shards), at scrape time, within
 * 2 s. One read at a time: scrapes while it is outstanding wait on it rather than queue more.
 */
export function createMetrics(db: Kysely<DB>, clock: Clock, scope: GuildScope | null): Metrics {
  const read = singleFlight(() => pendingBacklog(db, scope));
  return new Metrics(async () => {
    const outcome = await within(read(), DATABASE_TIMEOUT_MS);
    if (outcome === 'late') throw new Error(`no answer in ${DATABASE_TIMEOUT_MS} ms`);
    if ('error' in outcome) throw outcome.error;
    const { pending, oldestCreatedAt } = outcome.value;
    const age = oldestCreatedAt ? Math.max(0, (clock.now().getTime() - oldestCreatedAt.getTime()) / 1000) : 0;
    return { pending, oldestAgeSeconds: age };
  });
}

/**
 * Counts every answer Discord gives on this REST client, every request it never answered
 * (refused connection, reset, time-out: status "error"), and every rate limit waited out.
 */
export function observeRest(rest: REST, metrics: Metrics): void {
  rest.on(RESTEvents.Response, (request, response) => metrics.response(request.route, request.method, response.status));
  rest.on(RESTEvents.RateLimited, (info) => metrics.rateLimited(info.route, info.global));
  // discord.js reads makeRequest at each attempt, so each attempt without an answer is counted once.
  const send = rest.options.makeRequest;
  rest.options.makeRequest = async (url, init) => {
    try {
      return await send(url, init);
    } catch (error) {
      metrics.noAnswer(url, init.method ?? 'GET');
      throw error;
    }
  };
}

export interface OpsDeps {
  client: Client;
  db: Kysely<DB>;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  activity(): SchedulerActivity;
  /** True until start-up has logged in: the gateway check says "starting". */
  starting(): boolean;
}

/**
 * The port of this process: HTTP_PORT, or under `start:shards` (one process per shard) HTTP_PORT
 * plus the process's shard id, so shards on one machine never compete for it. 0 stays 0 (any free
 * port). A port past 65535 is a configuration error.
 */
export function opsPort(port: number, scope: GuildScope | null): number {
  const shard = scope ? Math.min(...scope.shardIds) : 0;
  if (port === 0 || port + shard <= 65_535) return port === 0 ? 0 : port + shard;
  throw new StartupError(
    ExitCode.Config,
    `HTTP_PORT ${port} plus shard id ${shard} is ${port + shard}, past the last port (65535): choose an HTTP_PORT of at most ${65_535 - shard}.`,
  );
}

/** Binding failures a person must fix: the port is taken, privileged, or the host is not this machine's. */
const UNUSABLE = ['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN'];

/**
 * The health and metrics endpoints, on `host:port`. A port that cannot be had fails start-up
 * with exit code 78 (HTTP_PORT and HTTP_HOST are settings), before anything logs in to Discord.
 */
export async function startOpsServer(host: string, port: number, deps: OpsDeps): Promise<HttpServer> {
  const startedAt = deps.clock.now();
  const database = databaseCheck(deps.db, deps.log);
  const routes = {
    health: () => checkHealth({ ...deps, startedAt, database }),
    metrics: () => deps.metrics.text(),
  };
  try {
    return await startHttpServer(host, port, routes, deps.log);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code || !UNUSABLE.includes(code)) throw error;
    throw new StartupError(
      ExitCode.Config,
      `HTTP_PORT ${port} on HTTP_HOST ${host} cannot be used (${code}${code === 'EADDRINUSE' ? ': another program listens there' : ''}): choose another HTTP_PORT or HTTP_HOST.`,
      { cause: error },
    );
  }
}
