import type { EffectKind, EffectStatus } from '../../db/schema.ts';

/** One Discord side effect as recorded, carried out once by the outbox worker. */
export interface OutboxEntry {
  id: number;
  guildId: string;
  /** Idempotency key: the same effect is never recorded twice. */
  key: string;
  /** Effects of one chain run one at a time, in id order (one thread's messages, say). */
  chain: string;
  kind: EffectKind;
  /** JSON: where the effect lands (see effect.ts). */
  target: string;
  /** JSON: what the effect carries. */
  payload: string;
  /** `name:id` of the record the effect completes (a check-in, a report card), if any. */
  subject: string | null;
  status: EffectStatus;
  attempts: number;
  /** When the effect was first sent: an answer lost after it may mean Discord acted. */
  firstAttemptAt: string | null;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  /** What Discord made: the message or thread id. */
  resultId: string | null;
  lastError: string | null;
  createdAt: string;
  doneAt: string | null;
  /** When admins were told that the effect was given up. */
  adminToldAt: string | null;
}

export type NewOutboxEntry = Pick<
  OutboxEntry,
  'guildId' | 'key' | 'chain' | 'kind' | 'target' | 'payload' | 'subject' | 'status' | 'nextAttemptAt' | 'createdAt'
>;
