import type { Db, OutboxRow } from '../../db/schema.ts';
import type { NewOutboxEntry, OutboxEntry } from './outbox.types.ts';

/** An outbox row as the domain reads it. */
export function toOutboxEntry(row: OutboxRow): OutboxEntry {
  return {
    id: row.id,
    guildId: row.guild_id,
    key: row.key,
    chain: row.chain,
    kind: row.kind,
    target: row.target,
    payload: row.payload,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    firstAttemptAt: row.first_attempt_at,
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    resultId: row.result_id,
    lastError: row.last_error,
    createdAt: row.created_at,
    doneAt: row.done_at,
    adminToldAt: row.admin_told_at,
  };
}

/** Marks a claimed effect done; false if the lease was lost to another worker meanwhile. */
export async function markDone(trx: Db, row: OutboxEntry, resultId: string | null, now: Date): Promise<boolean> {
  const done = await trx
    .updateTable('outbox')
    .set({
      status: 'done',
      result_id: resultId,
      done_at: now.toISOString(),
      lease_owner: null,
      lease_until: null,
      last_error: null,
    })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('lease_owner', '=', row.leaseOwner)
    .executeTakeFirst();
  return done.numUpdatedRows > 0n;
}

export async function markRetry(db: Db, row: OutboxEntry, at: Date, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: at.toISOString(), lease_owner: null, lease_until: null, last_error: error.slice(0, 500) })
    .where('id', '=', row.id)
    .where('lease_owner', '=', row.leaseOwner)
    .execute();
}

/** Gives an effect up and, if asked, cancels what was waiting behind it in its chain. */
export async function markFailed(
  trx: Db,
  row: OutboxEntry,
  error: string,
  now: Date,
  cancelRest: boolean,
): Promise<boolean> {
  const failed = await trx
    .updateTable('outbox')
    .set({
      status: 'failed',
      last_error: error.slice(0, 500),
      done_at: now.toISOString(),
      lease_owner: null,
      lease_until: null,
    })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('lease_owner', '=', row.leaseOwner)
    .executeTakeFirst();
  if (failed.numUpdatedRows === 0n) return false;
  if (!cancelRest) return true;
  await trx
    .updateTable('outbox')
    .set({ status: 'cancelled', done_at: now.toISOString() })
    .where('chain', '=', row.chain)
    .where('status', '=', 'pending')
    .where('id', '>', row.id)
    .execute();
  return true;
}

/** Cancels a chain's effects that nobody is carrying out (an ended pairing's unsent welcome, say). */
export async function cancelIdle(
  trx: Db,
  chain: string,
  now: Date,
  kinds?: readonly OutboxEntry['kind'][],
): Promise<void> {
  let query = trx
    .updateTable('outbox')
    .set({ status: 'cancelled', done_at: now.toISOString() })
    .where('chain', '=', chain)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]));
  if (kinds) query = query.where('kind', 'in', kinds);
  await query.execute();
}

/** True if an edit of this subject is waiting and not yet taken: a later one would repeat it. */
export async function idleEditWaiting(db: Db, subject: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('subject', '=', subject)
    .where('kind', '=', 'edit')
    .where('status', '=', 'pending')
    .where('lease_until', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export function statusesOf(
  db: Db,
  keys: readonly string[],
): Promise<Pick<OutboxEntry, 'key' | 'status' | 'resultId' | 'lastError' | 'kind'>[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('outbox')
    .select(['key', 'status', 'result_id as resultId', 'last_error as lastError', 'kind'])
    .where('key', 'in', keys)
    .execute();
}

/** Effects given up in a server that no admin has heard of yet; reading them counts as told. */
export async function takeUntoldFailures(db: Db, guildId: string, now: Date): Promise<OutboxEntry[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('status', '=', 'failed')
    .where('admin_told_at', 'is', null)
    .orderBy('id')
    .limit(20)
    .execute();
  if (rows.length === 0) return [];
  // Taken by a conditional update: of two admin commands at once, one tells each failure.
  const taken = await db
    .updateTable('outbox')
    .set({ admin_told_at: now.toISOString() })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .where('admin_told_at', 'is', null)
    .returningAll()
    .execute();
  return taken.map(toOutboxEntry).sort((a, b) => a.id - b.id);
}

/** Forgets effects settled before `before`: done, dropped, or given up and already told to admins. */
export async function purgeSettled(db: Db, before: Date): Promise<number> {
  const at = before.toISOString();
  const purged = await db
    .deleteFrom('outbox')
    .where('done_at', '<', at)
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['done', 'cancelled']),
        eb.and([eb('status', '=', 'failed'), eb('admin_told_at', 'is not', null)]),
      ]),
    )
    .executeTakeFirst();
  return Number(purged.numDeletedRows);
}

/** Which of these Discord ids other effects already made. */
export async function ownedResults(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('outbox').select('result_id').where('result_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.result_id as string));
}

/** Records new effects; a key already recorded keeps its first. */
export async function insertEffects(trx: Db, entries: readonly NewOutboxEntry[]): Promise<void> {
  const rows = entries.map((entry) => ({
    guild_id: entry.guildId,
    key: entry.key,
    chain: entry.chain,
    kind: entry.kind,
    target: entry.target,
    payload: entry.payload,
    subject: entry.subject,
    status: entry.status,
    next_attempt_at: entry.nextAttemptAt,
    created_at: entry.createdAt,
  }));
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('outbox')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}

/** The message an effect (by its key) made, once done; null if it was never sent. */
export async function sentMessageOf(db: Db, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('outbox')
    .select('result_id')
    .where('key', '=', key)
    .where('status', '=', 'done')
    .executeTakeFirst();
  return row?.result_id ?? null;
}

/** Of these subjects, those with an effect Discord refused for good (a DM to closed DMs). */
export async function refusedSubjects(db: Db, subjects: string[]): Promise<Set<string>> {
  if (subjects.length === 0) return new Set();
  const rows = await db
    .selectFrom('outbox')
    .select('subject')
    .where('subject', 'in', subjects)
    .where('status', '=', 'failed')
    .execute();
  return new Set(rows.map((row) => row.subject as string));
}
