import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('signups'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('mentor', 'mentee')`))
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text')
    .addColumn('adult_attested_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('waiting', 'paired', 'withdrawn', 'removed')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signups_program_user')
    .unique()
    .on('signups')
    .columns(['program_id', 'user_id'])
    .execute();
  await db.schema.createIndex('signups_guild_user').on('signups').columns(['guild_id', 'user_id']).execute();

  await db.schema
    .createTable('blocks')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('blocker_id', 'text', (c) => c.notNull())
    .addColumn('blocked_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('blocks_pk', ['guild_id', 'blocker_id', 'blocked_id'])
    .addCheckConstraint('blocks_not_self', sql`blocker_id <> blocked_id`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('blocks').execute();
  await db.schema.dropTable('signups').execute();
}
