import { sql, type ExpressionBuilder } from 'kysely';
import { hasRowLocks } from '../../db/connect.ts';
import type { DB, Db, OutboxTable } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';
import { toOutboxEntry } from './outbox.repo.ts';
import type { OutboxEntry } from './outbox.types.ts';

/**
 * How workers take effects: a lease by conditional update, renewed while the worker lives, so
 * that of two workers one carries an effect out, and a dead worker's effects free up.
 */

export interface Lease {
  owner: string;
  now: Date;
  until: Date;
}

/** A pending effect recorded before `o` in its chain: `o` must wait for it. */
function earlierInChain(selectFrom: ExpressionBuilder<DB & { o: OutboxTable }, 'o'>['selectFrom']) {
  return selectFrom('outbox as p')
    .select('p.id')
    .whereRef('p.chain', '=', 'o.chain')
    .where('p.status', '=', 'pending')
    .whereRef('p.id', '<', 'o.id');
}

/** Free to take: pending, due, and not leased by a live worker. */
function claimable(lease: Lease) {
  const now = lease.now.toISOString();
  return sql<boolean>`status = 'pending' and next_attempt_at <= ${now} and (lease_until is null or lease_until < ${now})`;
}

function claimSet(lease: Lease) {
  return {
    lease_owner: lease.owner,
    lease_until: lease.until.toISOString(),
    attempts: sql<number>`attempts + 1`,
    first_attempt_at: sql<string>`coalesce(first_attempt_at, ${lease.now.toISOString()})`,
  };
}

/**
 * Claims up to `limit` effects that head their chain (no earlier pending effect in it). The
 * conditional update is the claim: of two workers racing for a row, one gets it.
 */
export async function claimHeads(
  db: Db,
  lease: Lease,
  limit: number,
  scope: GuildScope | null = null,
): Promise<OutboxEntry[]> {
  const heads = db
    .selectFrom('outbox as o')
    .select('o.id')
    .where(claimable(lease))
    .where(inGuildScope('o.guild_id', scope))
    .where(({ not, exists, selectFrom }) => not(exists(earlierInChain(selectFrom))))
    .orderBy('o.id')
    .limit(limit);
  // Where rows can be locked, workers racing for heads each take different ones instead of
  // queueing behind the first and finding them gone. PostgreSQL may run an `in (…)` subquery
  // once per row it updates, each time skipping the rows just locked, and so claim them all:
  // `= any(array(…))` runs it once.
  const claimed = await db
    .updateTable('outbox')
    .set(claimSet(lease))
    .where((eb) =>
      hasRowLocks(db)
        ? eb('id', '=', sql<number>`any(array(${heads.forUpdate().skipLocked()}))`)
        : eb('id', 'in', heads),
    )
    .where(claimable(lease))
    .returningAll()
    .execute();
  return claimed.map(toOutboxEntry).sort((a, b) => a.id - b.id);
}

/** Claims the effect that follows `row` in its chain, if it is due and free. */
export async function claimNextInChain(db: Db, row: OutboxEntry, lease: Lease): Promise<OutboxEntry | undefined> {
  const next = await db
    .selectFrom('outbox')
    .select('id')
    .where('chain', '=', row.chain)
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!next) return undefined;
  return db
    .updateTable('outbox')
    .set(claimSet(lease))
    .where('id', '=', next.id)
    .where(claimable(lease))
    .returningAll()
    .executeTakeFirst()
    .then((claimed) => claimed && toOutboxEntry(claimed));
}

/** When the next effect at the head of its chain may be taken: the later of its retry time and its lease. */
export async function nextClaimableAt(db: Db, scope: GuildScope | null = null): Promise<Date | null> {
  const row = await db
    .selectFrom('outbox as o')
    .select(
      sql<
        string | null
      >`min(case when o.lease_until > o.next_attempt_at then o.lease_until else o.next_attempt_at end)`.as('at'),
    )
    .where('o.status', '=', 'pending')
    .where(inGuildScope('o.guild_id', scope))
    .where(({ not, exists, selectFrom }) => not(exists(earlierInChain(selectFrom))))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** Keeps a live worker's claims: a worker that died stops renewing, and its claims run out. */
export async function renewLeases(db: Db, owner: string, until: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ lease_until: until.toISOString() })
    .where('lease_owner', 'like', `${owner}#%`)
    .where('status', '=', 'pending')
    .execute();
}

/** Frees claims a worker took but will not carry out. */
export async function releaseClaims(db: Db, rows: readonly OutboxEntry[]): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ lease_owner: null, lease_until: null })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .where('lease_owner', 'in', [...new Set(rows.map((r) => r.leaseOwner as string))])
    .execute();
}
