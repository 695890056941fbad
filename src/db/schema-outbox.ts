import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

export type EffectKind =
  'create-thread' | 'add-member' | 'remove-member' | 'post' | 'edit' | 'thread-state' | 'dm' | 'add-role';

export type EffectStatus = 'pending' | 'done' | 'failed' | 'cancelled';

/** One Discord side effect, carried out once by the outbox worker. */
export interface OutboxTable {
  id: Generated<number>;
  guild_id: string;
  /** Idempotency key: the same effect is never recorded twice. */
  key: string;
  /** Effects of one chain run one at a time, in id order (one thread's messages, say). */
  chain: string;
  kind: EffectKind;
  /** JSON: where the effect lands (see src/domain/outbox/effect.ts). */
  target: string;
  /** JSON: what the effect carries. */
  payload: string;
  /** `name:id` of the record the effect completes (a check-in, a report card), if any. */
  subject: string | null;
  status: EffectStatus;
  attempts: Generated<number>;
  /** When the effect was first sent: an answer lost after it may mean Discord acted. */
  first_attempt_at: Timestamp | null;
  next_attempt_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  /** What Discord made: the message or thread id. */
  result_id: string | null;
  last_error: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
  /** When admins were told that the effect was given up. */
  admin_told_at: Timestamp | null;
}
