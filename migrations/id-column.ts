import { PostgresAdapter, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Adds an auto-numbered `id` primary key the way each dialect spells it. Frozen with the
 * migrations: it depends on nothing but Kysely.
 */
export function withId<T extends string>(
  db: Kysely<any>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return table.addColumn('id', postgres ? 'serial' : 'integer', (col: ColumnDefinitionBuilder) => col.primaryKey());
}
