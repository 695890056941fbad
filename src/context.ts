import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { DB } from './db/schema.ts';
import type { OutboxWorker } from './domain/outbox/worker.ts';
import type { GuildScope } from './domain/guild-scope.ts';
import type { DiscordPort } from './domain/port.ts';
import type { Logger } from './log.ts';
import type { Observer } from './ops/observer.ts';

/** Everything a command, a job or a service needs, passed in explicitly. */
export interface AppContext {
  db: Kysely<DB>;
  log: Logger;
  clock: Clock;
  discord: DiscordPort;
  /** Carries out the Discord effects that transactions record. */
  outbox: OutboxWorker;
  /** The guilds whose scheduled work and effects this process does: its shards' (null: all). */
  scope: GuildScope | null;
  /** Where interactions and jobs are counted, when metrics are served (HTTP_PORT). */
  metrics?: Observer;
  /**
   * Days after a pairing ends that its members' written text is kept (RETENTION_DAYS); 0 or unset
   * (a context built without the configuration) keeps it forever.
   */
  retentionDays?: number;
}
