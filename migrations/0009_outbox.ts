import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

/**
 * The outbox: every Discord side effect that must happen once, written in the same transaction
 * as the state change it follows, then carried out by one worker under a lease.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('outbox'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('create-thread', 'add-member', 'post', 'edit', 'thread-state', 'dm')`))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'done', 'failed', 'cancelled')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_attempt_at', 'text')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('result_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('admin_told_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_chain').on('outbox').columns(['chain', 'status', 'id']).execute();
  await db.schema.createIndex('outbox_subject').on('outbox').columns(['subject', 'status']).execute();
  await db.schema.createIndex('outbox_failed').on('outbox').columns(['guild_id', 'status', 'admin_told_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
