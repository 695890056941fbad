import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL compares text by the database's collation: on an ICU or libc locale "ça va" sorts
 * between "ca" and "cb", so a prefix range found it for "ca", and timestamps kept as text need not
 * sort by time. SQLite compares bytes. Every text column on PostgreSQL now does too ("C").
 * New text columns on PostgreSQL must say `collate "C"` as well (a test checks).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type = 'text' and table_name not like 'kysely_%'
    order by table_name, column_name`.execute(db);
  for (const { table_name, column_name } of rows) {
    await sql`alter table ${sql.table(table_name)} alter column ${sql.ref(column_name)} type text collate "C"`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {}
