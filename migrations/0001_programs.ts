import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('programs'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull().check(sql`template in ('career', 'skills', 'support', 'custom')`))
    .addColumn('pair_channel_id', 'text', (c) => c.notNull())
    .addColumn('report_channel_id', 'text', (c) => c.notNull())
    .addColumn('moderator_role_id', 'text')
    .addColumn('checkin_day', 'integer', (c) => c.notNull().check(sql`checkin_day between 1 and 7`))
    .addColumn('checkin_hour', 'integer', (c) => c.notNull().check(sql`checkin_hour between 0 and 23`))
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('weeks', 'integer', (c) => c.notNull().check(sql`weeks between 1 and 52`))
    .addColumn('mentor_capacity', 'integer', (c) => c.notNull().check(sql`mentor_capacity between 1 and 25`))
    .addColumn('every_weeks', 'integer', (c) => c.notNull().check(sql`every_weeks between 1 and 4`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'open', 'running', 'ended')`))
    .addColumn('signups_open', 'integer', (c) => c.notNull().check(sql`signups_open in (0, 1)`))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('panel_message_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programs_guild_name_key')
    .unique()
    .on('programs')
    .columns(['guild_id', 'name_key'])
    .execute();

  await withId(db, db.schema.createTable('audit_entries'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entries_guild_time')
    .on('audit_entries')
    .columns(['guild_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_entries').execute();
  await db.schema.dropTable('programs').execute();
}
