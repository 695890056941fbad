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
  await db.schema.createIndex('outbox_lease').on('outbox').columns(['lease_owner']).execute();
  await db.schema.createIndex('outbox_failed').on('outbox').columns(['guild_id', 'status', 'admin_told_at']).execute();

  // What the jobs this replaces had left to do: pending check-ins and reports not yet on their queue.
  const now = new Date().toISOString();
  await sql`
    insert into outbox (guild_id, key, chain, kind, target, payload, subject, status, next_attempt_at, created_at)
    select p.guild_id, 'checkin:' || c.id, 'pairing:' || p.id, 'post', '{"pairingThread":' || p.id || '}',
           '{"message":{"view":"checkin","id":' || c.id || '}}', 'checkin:' || c.id, 'pending', ${now}, ${now}
    from checkins c join pairings p on p.id = c.pairing_id
    where c.status = 'pending' and p.status = 'active' and p.thread_id is not null`.execute(db);
  await sql`
    insert into outbox (guild_id, key, chain, kind, target, payload, subject, status, next_attempt_at, created_at)
    select guild_id, 'report-card:' || id, 'report:' || id, 'post', '{"channel":"' || queue_channel_id || '"}',
           '{"message":{"view":"report-card","id":' || id || '}}', 'report-card:' || id, 'pending', ${now}, ${now}
    from reports where queue_message_id is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
