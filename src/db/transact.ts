import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** PostgreSQL's answers when a serializable transaction lost a race: nothing was written, run it again. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 8;

export function isRetryableConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

/**
 * Runs `work` in one transaction. On PostgreSQL transactions are serializable (see
 * postgres-dialect.ts), so every read-check-write rule holds as if transactions ran one at a
 * time; the one that loses a race is rolled back and run again here. `work` must therefore do
 * nothing outside the database. On SQLite, BEGIN IMMEDIATE already runs them one at a time.
 */
export async function transact<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isRetryableConflict(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** attempt));
    }
  }
}
