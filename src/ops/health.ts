import { Status, type Client } from 'discord.js';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { DB } from '../db/schema.ts';
import type { Logger } from '../log.ts';
import type { SchedulerActivity } from '../scheduler/scheduler.ts';
import { pingDatabase } from './health.repo.ts';
import { singleFlight, within } from './single-flight.ts';

/** The scheduler ticks every minute: two minutes without a tick, or without progress in one, means it is stuck. */
export const TICK_STALE_MS = 2 * 60_000;
/** A database that takes longer than this to say `select 1` is as good as down. */
export const DATABASE_TIMEOUT_MS = 2_000;
/** A database failing is logged at most this often, however often it is probed. */
const WARN_EVERY_MS = 60_000;

export interface Health {
  status: 'ok' | 'failing';
  checks: { gateway: string; database: string; scheduler: string };
}

export interface HealthDeps {
  client: Client;
  /** True until start-up has logged in: the gateway is "starting" rather than "not connected". */
  starting(): boolean;
  clock: Clock;
  /** The scheduler's last tick and the one under way. */
  activity(): SchedulerActivity;
  /** When the app started: before the first tick, staleness counts from here. */
  startedAt: Date;
  /** Says 'ok' or what is wrong with the database (see databaseCheck). */
  database(): Promise<string>;
}

function gateway(client: Client): string {
  if (!client.isReady()) return 'not connected';
  if (client.ws.status !== Status.Ready) return `gateway ${Status[client.ws.status]?.toLowerCase() ?? 'down'}`;
  const down = [...client.ws.shards.values()].filter((shard) => shard.status !== Status.Ready);
  return down.length ? `shard ${down.map((shard) => shard.id).join(', ')} not ready` : 'ok';
}

/**
 * `select 1` within 2 s. One ping at a time: probes while one is outstanding wait on it (and
 * say for how long it has gone unanswered) rather than queueing more queries behind it. A
 * failure is logged at warn, once a minute at most; the body never carries the error's text.
 */
export function databaseCheck(db: Kysely<DB>, log: Logger): () => Promise<string> {
  const ping = singleFlight(() => pingDatabase(db));
  let warnedAt = -Infinity;
  return async () => {
    const flight = ping();
    const outcome = await within(flight, DATABASE_TIMEOUT_MS);
    if (outcome !== 'late' && 'value' in outcome) return 'ok';
    const waited = Math.round((performance.now() - flight.since) / 1000);
    const check =
      outcome !== 'late'
        ? 'not answering' // the error may carry a connection string: not for an open endpoint
        : flight.joined
          ? `no answer for ${waited} s`
          : `no answer in ${DATABASE_TIMEOUT_MS / 1000} s`;
    if (performance.now() - warnedAt >= WARN_EVERY_MS) {
      warnedAt = performance.now();
      log.warn('health.database_failing', { check, ...(outcome === 'late' ? {} : { err: outcome.error }) });
    }
    return check;
  };
}

const duration = (ms: number) => (ms < 60_000 ? `${Math.floor(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min`);

/**
 * Healthy when a tick finished in the last two minutes, or when the tick under way (a long
 * fan-out under Discord's rate limits) moved on in the last two minutes: a job finished or an
 * effect settled. Its text says which, when it is not plainly 'ok'.
 */
export function schedulerCheck(activity: SchedulerActivity, now: Date, startedAt: Date): { ok: boolean; text: string } {
  const { lastTickAt, tickStartedAt, progressAt } = activity;
  const since = now.getTime() - (lastTickAt ?? startedAt).getTime();
  if (since <= TICK_STALE_MS) return { ok: true, text: 'ok' };
  if (tickStartedAt) {
    const under = `tick under way for ${duration(now.getTime() - tickStartedAt.getTime())}`;
    const quiet = now.getTime() - (progressAt ?? tickStartedAt).getTime();
    return quiet <= TICK_STALE_MS
      ? { ok: true, text: `${under}, last progress ${duration(quiet)} ago` }
      : { ok: false, text: `${under}, no progress for ${duration(quiet)}` };
  }
  const minutes = Math.floor(since / 60_000);
  return { ok: false, text: lastTickAt ? `last tick ${minutes} min ago` : `no tick in the ${minutes} min since start` };
}

/** Gateway connected, database answering, scheduler ticking: each check says what is wrong, or how it is. */
export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const scheduler = schedulerCheck(deps.activity(), deps.clock.now(), deps.startedAt);
  const checks = {
    gateway: deps.starting() ? 'starting' : gateway(deps.client),
    database: await deps.database(),
    scheduler: scheduler.text,
  };
  const ok = checks.gateway === 'ok' && checks.database === 'ok' && scheduler.ok;
  return { status: ok ? 'ok' : 'failing', checks };
}
