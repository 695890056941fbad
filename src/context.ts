import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { DB } from './db/schema.ts';
import type { DiscordPort } from './domain/port.ts';
import type { Logger } from './log.ts';

/** Everything a command, a job or a service needs, passed in explicitly. */
export interface AppContext {
  db: Kysely<DB>;
  log: Logger;
  clock: Clock;
  discord: DiscordPort;
}
