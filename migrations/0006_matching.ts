import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('signups')
    .addColumn('priority', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`priority in (0, 1)`),
    )
    .execute();

  await withId(db, db.schema.createTable('match_suggestions'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    .addColumn('unmatched', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('match_suggestions').execute();
  await db.schema.alterTable('signups').dropColumn('priority').execute();
}
