import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, type Transaction } from 'kysely';
import type { DB } from './schema.ts';
import { SerializablePostgresDialect } from './postgres-dialect.ts';
import { PatientSqliteDialect } from './sqlite-dialect.ts';

/** How long better-sqlite3 may wait for a lock while holding the event loop; longer waits are retried on timers. */
const BLOCKING_WAIT_MS = 20;
/** How long one busy spell may last before statements fail with DatabaseBusyError. */
const BUSY_DEADLINE_MS = 10_000;

export interface ConnectOptions {
  busyDeadlineMs?: number;
  /** PostgreSQL connections per process (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind(databaseUrl: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/** Whether `SELECT … FOR UPDATE SKIP LOCKED` is there: PostgreSQL's, not SQLite's (one writer at a time). */
export function hasRowLocks(db: Kysely<DB> | Transaction<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Opens the database named by `DATABASE_URL`. The only place that knows the dialect. */
export function connect(databaseUrl: string, options: ConnectOptions = {}): Kysely<DB> {
  if (databaseKind(databaseUrl) === 'postgres') {
    return new Kysely<DB>({
      dialect: new SerializablePostgresDialect(databaseUrl, {
        poolSize: options.poolSize ?? 10,
        lockTimeoutMs: options.busyDeadlineMs ?? BUSY_DEADLINE_MS,
      }),
    });
  }
  const path = databaseUrl.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // Start-up may wait out a backup; nothing is waiting on an answer yet.
  const sqlite = new SQLite(path, { timeout: 5000 });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${BLOCKING_WAIT_MS}`);
  return new Kysely<DB>({
    dialect: new PatientSqliteDialect({ database: sqlite }, options.busyDeadlineMs ?? BUSY_DEADLINE_MS),
  });
}
