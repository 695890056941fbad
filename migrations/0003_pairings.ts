import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('pairings'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('mentor_id', 'text', (c) => c.notNull())
    .addColumn('mentee_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text', (c) => c.unique())
    .addColumn('welcome_message_id', 'text')
    .addColumn('week', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_checkin_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused', 'ended')`))
    .addColumn('paused_reason', 'text')
    .addColumn('ended_by', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('pairings_not_self', sql`mentor_id <> mentee_id`)
    .execute();
  await db.schema
    .createIndex('pairings_one_live_per_mentee')
    .unique()
    .on('pairings')
    .columns(['program_id', 'mentee_id'])
    .where(sql.ref('status'), '<>', 'ended')
    .execute();
  await db.schema.createIndex('pairings_due').on('pairings').columns(['status', 'next_checkin_at']).execute();
  await db.schema
    .createIndex('pairings_guild_members')
    .on('pairings')
    .columns(['guild_id', 'mentor_id', 'mentee_id'])
    .execute();

  await withId(db, db.schema.createTable('checkins'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('week', 'integer', (c) => c.notNull().check(sql`week >= 1`))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'posted', 'skipped', 'failed')`))
    .addColumn('message_id', 'text')
    .addColumn('posted_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('checkins_pairing_week')
    .unique()
    .on('checkins')
    .columns(['pairing_id', 'week'])
    .execute();
  await db.schema.createIndex('checkins_status').on('checkins').columns(['status']).execute();

  await db.schema
    .createTable('checkin_answers')
    .addColumn('checkin_id', 'integer', (c) => c.notNull().references('checkins.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('on-track', 'need-help', 'stuck')`))
    .addColumn('note', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_answers_pk', ['checkin_id', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('goals'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_pairing').on('goals').columns(['pairing_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('goals').execute();
  await db.schema.dropTable('checkin_answers').execute();
  await db.schema.dropTable('checkins').execute();
  await db.schema.dropTable('pairings').execute();
}
