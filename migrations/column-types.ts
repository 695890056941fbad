import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Text that compares by bytes on both databases (SQLite always does; PostgreSQL needs
 * `collate "C"`, see 0010). Every text column of a later migration uses it. Frozen with the
 * migrations: it depends on nothing but Kysely.
 */
export function byteText(db: Kysely<any>): 'text' | RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
}
