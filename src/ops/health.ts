import { Status, type Client } from 'discord.js';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { DB } from '../db/schema.ts';
import { pingDatabase } from './health.repo.ts';

/** The scheduler ticks every minute: two minutes without one means it is stuck or stopped. */
export const TICK_STALE_MS = 2 * 60_000;
/** A database that takes longer than this to say `select 1` is as good as down. */
export const DATABASE_TIMEOUT_MS = 2_000;

export interface Health {
  status: 'ok' | 'failing';
  checks: { gateway: string; database: string; scheduler: string };
}

export interface HealthDeps {
  client: Client;
  db: Kysely<DB>;
  clock: Clock;
  /** When the scheduler last finished a tick (null: not yet), and when the app started. */
  lastTickAt(): Date | null;
  startedAt: Date;
}

function gateway(client: Client): string {
  if (!client.isReady()) return 'not connected';
  if (client.ws.status !== Status.Ready) return `gateway ${Status[client.ws.status]?.toLowerCase() ?? 'down'}`;
  const down = [...client.ws.shards.values()].filter((shard) => shard.status !== Status.Ready);
  return down.length ? `shard ${down.map((shard) => shard.id).join(', ')} not ready` : 'ok';
}

async function database(db: Kysely<DB>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer in ${DATABASE_TIMEOUT_MS / 1000} s`), DATABASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([pingDatabase(db).then(() => 'ok'), timeout]);
  } catch {
    return 'not answering'; // the error may carry a connection string: not for an open endpoint
  } finally {
    clearTimeout(timer);
  }
}

function scheduler(deps: HealthDeps): string {
  const last = deps.lastTickAt();
  const since = deps.clock.now().getTime() - (last ?? deps.startedAt).getTime();
  if (since <= TICK_STALE_MS) return 'ok';
  const minutes = Math.floor(since / 60_000);
  return last ? `last tick ${minutes} min ago` : `no tick in the ${minutes} min since start`;
}

/** Gateway connected, database answering, scheduler ticking: each check says what is wrong, or ok. */
export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const checks = { gateway: gateway(deps.client), database: await database(deps.db), scheduler: scheduler(deps) };
  const ok = Object.values(checks).every((check) => check === 'ok');
  return { status: ok ? 'ok' : 'failing', checks };
}
