import { Events, REST, type Client } from 'discord.js';
import type { Kysely } from 'kysely';
import { commands } from '../commands/index.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { DB } from './db/schema.ts';
import { createClient, pacedRest } from './discord/client.ts';
import { Pacer } from './discord/pacer.ts';
import { RestDiscordPort } from './discord/port.ts';
import { guildScope } from './domain/guild-scope.ts';
import { subjects } from './domain/outbox/subjects.ts';
import { OutboxWorker } from './domain/outbox/worker.ts';
import { renderOutboxView } from './discord/views/outbox-views.ts';
import { attachEvents } from './discord/events.ts';
import { attachRouter } from './discord/router.ts';
import type { Logger } from './log.ts';
import { createScheduler, type Scheduler } from './scheduler/scheduler.ts';
import type { HttpServer } from './ops/http-server.ts';
import { createMetrics, observeRest, opsPort, startOpsServer } from './ops/ops.ts';
import { databaseStartupError, logIn } from './startup-errors.ts';

export interface App {
  ctx: AppContext;
  client: Client;
  scheduler: Scheduler;
  /** The health and metrics server, when HTTP_PORT is set. */
  http?: HttpServer;
  /** Finishes the tick and effects in flight, then closes the gateway and the database; once. */
  stop(): Promise<void>;
}

/**
 * Config → database → health and metrics server (HTTP_PORT) → migrations → client → scheduler.
 * The server is bound before anything logs in, so a port already taken fails start-up without
 * spending a gateway IDENTIFY, and /healthz says "starting" meanwhile. A failure at any step
 * stops what was started. The first tick catches up at once.
 */
export async function startApp(
  config: Config,
  deps: { clock: Clock; log: Logger; db?: Kysely<DB>; startTimer?: boolean },
): Promise<App> {
  let db: Kysely<DB>;
  try {
    db = deps.db ?? connect(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  } catch (error) {
    throw databaseStartupError(error, 'opening');
  }

  const pacer = new Pacer();
  const client = createClient(config.DISCORD_API_URL, pacer, config.DISCORD_MEMBER_EVENTS);
  // Thread creation has no nonce: a retried POST after a lost answer could make a second
  // thread, so it is never retried here; the next tick adopts a thread Discord did make.
  const unretried = new REST({
    retries: 0,
    ...pacedRest(pacer),
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
  }).setToken(config.DISCORD_TOKEN);
  const discord = new RestDiscordPort(client.rest, unretried, () => client.user?.id ?? '');
  // Shards come from SHARDS and SHARD_COUNT, set by the ShardingManager (npm run start:shards).
  const shards = client.options.shards;
  const scope = Array.isArray(shards) ? guildScope(shards, client.options.shardCount ?? 1) : null;
  const metrics = config.HTTP_PORT === undefined ? undefined : createMetrics(db, deps.clock, scope);
  if (metrics) {
    observeRest(client.rest, metrics);
    observeRest(unretried, metrics);
  }
  const outbox = new OutboxWorker(
    {
      db,
      discord,
      clock: deps.clock,
      log: deps.log,
      render: renderOutboxView,
      scope,
      onDone: metrics?.outboxDone,
      // Nothing is carried out before the scheduler below exists: no drain starts until start-up ends.
      onSettled: () => scheduler.progress(),
    },
    subjects,
  );
  const ctx: AppContext = {
    db,
    log: deps.log,
    clock: deps.clock,
    discord,
    outbox,
    scope,
    metrics,
    retentionDays: config.RETENTION_DAYS,
  };
  const scheduler = createScheduler(ctx);
  let starting = true;

  let http: HttpServer | undefined;
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      await http?.close();
      await scheduler.stop();
      await outbox.stop();
      await client.destroy();
      unretried.clearHashSweeper();
      unretried.clearHandlerSweeper();
      await db.destroy();
    })();
    return stopped;
  };
  // Whatever fails from here stops everything started (the server, the client, the database) first.
  const orStop = async <T>(step: Promise<T>, failure: (error: unknown) => unknown = (error) => error) => {
    try {
      return await step;
    } catch (error) {
      await stop().catch(() => undefined);
      throw failure(error);
    }
  };

  if (metrics) {
    const ops = {
      client,
      db,
      clock: deps.clock,
      log: deps.log,
      metrics,
      activity: scheduler.activity,
      starting: () => starting,
    };
    // opsPort throws for a port past 65535: inside the promise, so that it too stops what was started.
    const bound = Promise.resolve().then(() =>
      startOpsServer(config.HTTP_HOST, opsPort(config.HTTP_PORT!, scope), ops),
    );
    http = await orStop(bound);
  }
  const applied = await orStop(migrateToLatest(db), (error) => databaseStartupError(error));
  if (applied.length) deps.log.info('migrations.applied', { migrations: applied });

  attachRouter(client, ctx, commands);
  attachEvents(client, ctx);
  client.on(Events.Error, (error) => deps.log.error('client.error', { err: error }));
  client.on(Events.ShardError, (error) => deps.log.warn('gateway.error', { err: error }));
  await orStop(logIn(client, config.DISCORD_TOKEN));
  starting = false;
  deps.log.info('ready', {
    guilds: client.guilds.cache.size,
    shards: scope?.shardIds ?? 'all',
    shardCount: scope?.shardCount ?? 1,
  });

  if (deps.startTimer ?? true) scheduler.start();
  scheduler.tick().catch((error: unknown) => deps.log.error('tick.failed', { err: error }));
  return { ctx, client, scheduler, http, stop };
}
