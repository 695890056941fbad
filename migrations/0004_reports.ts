import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('reports'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('program_id', 'integer', (c) => c.references('programs.id').onDelete('set null'))
    .addColumn('pairing_id', 'integer', (c) => c.references('pairings.id').onDelete('set null'))
    .addColumn('reporter_id', 'text', (c) => c.notNull())
    .addColumn('reported_id', 'text')
    .addColumn('message_link', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'claimed', 'resolved', 'dismissed')`))
    .addColumn('assignee_id', 'text')
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('no-action', 'warned', 'pair-ended', 'member-removed')`),
    )
    .addColumn('moderator_note', 'text')
    .addColumn('queue_channel_id', 'text', (c) => c.notNull())
    .addColumn('queue_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('reports_guild_status').on('reports').columns(['guild_id', 'status']).execute();
  await db.schema
    .createIndex('reports_reporter_status')
    .on('reports')
    .columns(['guild_id', 'reporter_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reports').execute();
}
