import { renderOutboxView } from '../src/discord/views/outbox-views.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../src/clock.ts';
import type { AppContext } from '../src/context.ts';
import type { DB } from '../src/db/schema.ts';
import { subjects } from '../src/domain/outbox/subjects.ts';
import { OutboxWorker } from '../src/domain/outbox/worker.ts';
import type { DiscordPort } from '../src/domain/port.ts';
import { silentLogger } from '../src/log.ts';

/** A Discord that answers at once: isolates the bot's own cost. */
export const instantDiscord: DiscordPort = {
  createPrivateThread: async () => ({ id: '1' }),
  addThreadMember: async () => undefined,
  removeThreadMember: async () => undefined,
  findThread: async () => null,
  postMessage: async () => ({ id: '1' }),
  ownMessagesSince: async () => [],
  editMessage: async () => undefined,
  setThreadState: async () => undefined,
  openDm: async () => 'dm',
  memberDisplayNames: async () => new Map(),
  roleRefusal: async () => null,
  addMemberRole: async () => undefined,
  memberDisplayName: async () => 'member',
};

/** A context whose Discord answers at once. */
export function instantContext(db: Kysely<DB>, clock: Clock): AppContext {
  return {
    db,
    log: silentLogger,
    clock,
    discord: instantDiscord,
    scope: null,
    outbox: new OutboxWorker(
      { db, discord: instantDiscord, clock, log: silentLogger, render: renderOutboxView },
      subjects,
    ),
  };
}
