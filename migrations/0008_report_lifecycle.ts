import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reports')
    .addColumn('paused_pairing', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`paused_pairing in (0, 1)`),
    )
    .execute();
  await db.schema.alterTable('reports').addColumn('queue_failed_at', 'text').execute();
  await db.schema.alterTable('reports').addColumn('reannounced_at', 'text').execute();
  await db.schema.alterTable('reports').addColumn('reporter_told_at', 'text').execute();
  await db.schema.createIndex('reports_reported').on('reports').columns(['guild_id', 'reported_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reports_reported').execute();
  for (const column of ['reporter_told_at', 'reannounced_at', 'queue_failed_at', 'paused_pairing'])
    await db.schema.alterTable('reports').dropColumn(column).execute();
}
