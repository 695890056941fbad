import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('checkins')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('prompt')
        .check(sql`kind in ('prompt', 'closing')`),
    )
    .execute();
  await db.schema.alterTable('pairings').addColumn('stall_notified_week', 'integer').execute();
  await db.schema.alterTable('pairings').addColumn('continued_at', 'text').execute();
  await db.schema
    .createIndex('checkins_reminders')
    .on('checkins')
    .columns(['status', 'reminder_sent_at', 'posted_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('checkins_reminders').execute();
  await db.schema.alterTable('pairings').dropColumn('continued_at').execute();
  await db.schema.alterTable('pairings').dropColumn('stall_notified_week').execute();
  await db.schema.alterTable('checkins').dropColumn('kind').execute();
}
