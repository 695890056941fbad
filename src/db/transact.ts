import type { Kysely, Transaction } from 'kysely';
import { DatabaseBusyError } from './busy-wait.ts';
import type { DB } from './schema.ts';

/** PostgreSQL's answers when a serializable transaction lost a race: nothing was written, run it again. */
const RETRYABLE = new Set(['40001', '40P01']);
/** As long as a busy SQLite database is waited for (see connect.ts); then the member is told to retry. */
const DEADLINE_MS = 10_000;
const LONGEST_PAUSE_MS = 200;

export function isRetryableConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

/**
 * Runs `work` in one transaction. On PostgreSQL transactions are serializable (see
 * postgres-dialect.ts), so every read-check-write rule holds as if transactions ran one at a
 * time; one that loses a race is rolled back and run again here, after a random pause that
 * grows, for up to 10 s. `work` must therefore do nothing outside the database. On SQLite,
 * BEGIN IMMEDIATE already runs them one at a time.
 */
export async function transact<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isRetryableConflict(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= DEADLINE_MS) throw new DatabaseBusyError(waited, { cause: error });
      const pause = Math.random() * Math.min(LONGEST_PAUSE_MS, 5 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
