import { setTimeout as sleep } from 'node:timers/promises';

/** The database stayed locked by another writer (a backup, a second process) past the wait allowed. */
export class DatabaseBusyError extends Error {
  constructor(
    readonly waitedMs: number,
    options?: ErrorOptions,
  ) {
    super(`database busy for ${waitedMs} ms`, options);
  }
}

const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 100;
/** BUSY seen again within this gap belongs to the same busy spell (longer than a pause plus a try). */
const SPELL_GAP_MS = 500;

function busyCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY') ? code : undefined;
}

/**
 * Retries statements that met a locked database, pausing on timers so the event loop stays free
 * (better-sqlite3 itself waits synchronously). A statement that failed with SQLITE_BUSY changed
 * nothing, so trying it again is safe; BUSY_SNAPSHOT is the exception (the transaction read a
 * snapshot that is now stale and must start over), so it gives up at once.
 *
 * One busy spell has one deadline: statements queued behind one that gave up fail at their first
 * BUSY instead of each waiting the whole deadline again.
 */
export class BusyWait {
  #spellStartedAt = 0;
  #lastBusyAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly deadlineMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      const triedAt = this.now();
      try {
        return await attempt();
      } catch (error) {
        const code = busyCode(error);
        if (!code) throw error;
        if (triedAt - this.#lastBusyAt > SPELL_GAP_MS) this.#spellStartedAt = triedAt;
        this.#lastBusyAt = this.now();
        const waited = this.#lastBusyAt - this.#spellStartedAt;
        if (code === 'SQLITE_BUSY_SNAPSHOT' || waited >= this.deadlineMs)
          throw new DatabaseBusyError(Math.round(waited), { cause: error });
        await sleep(Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** tries));
      }
    }
  }
}
