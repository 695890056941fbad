import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OutboxEntry } from './outbox.types.ts';
import type { RefusedError } from '../errors.ts';

/**
 * What an effect completes in the database. Each hook runs in the transaction that records
 * the effect's outcome, so the two never disagree; a hook may record further effects.
 */
export interface SubjectHandler {
  /** Discord confirmed the effect; `resultId` is what it made. */
  done?(trx: Transaction<DB>, id: number, row: OutboxEntry, resultId: string | null, now: Date): Promise<void>;
  /** Discord refused, but the effect is worth trying again later: when, if so. */
  retryLater?(
    trx: Transaction<DB>,
    id: number,
    row: OutboxEntry,
    error: RefusedError,
    now: Date,
  ): Promise<Date | undefined>;
  /** Discord refused for good: the effect is given up. */
  refused?(trx: Transaction<DB>, id: number, row: OutboxEntry, error: RefusedError, now: Date): Promise<void>;
}

export function parseSubject(subject: string | null): { name: string; id: number } | null {
  if (!subject) return null;
  const at = subject.lastIndexOf(':');
  return { name: subject.slice(0, at), id: Number(subject.slice(at + 1)) };
}
