import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import type { DB } from './schema.ts';

/** SQLite runs DDL inside transactions; telling Kysely so makes a failed migration roll back whole. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** Opens the database named by `DATABASE_URL`. The only place that knows the dialect. */
export function connect(databaseUrl: string): Kysely<DB> {
  if (databaseUrl.startsWith('postgres')) {
    throw new Error('DATABASE_URL: PostgreSQL support is not built yet; use sqlite:PATH');
  }
  const path = databaseUrl.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // Well under Discord's 3 s: a long busy wait would block the event loop.
  const sqlite = new SQLite(path, { timeout: 1000 });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<DB>({ dialect: new TransactionalSqliteDialect({ database: sqlite }) });
}
