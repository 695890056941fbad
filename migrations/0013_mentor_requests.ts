import { sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';
import { withId } from './id-column.ts';

/**
 * Members pairing themselves: a program's matching mode and request deadline, a mentor's
 * availability, and the requests mentees send mentors. One open request per mentee and
 * mentor of a program is kept by a partial unique index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('matching', byteText(db), (c) =>
      c
        .notNull()
        .defaultTo('admin')
        .check(sql`matching in ('admin', 'request', 'both')`),
    )
    .execute();
  await db.schema
    .alterTable('programs')
    .addColumn('request_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(3)
        .check(sql`request_days between 1 and 14`),
    )
    .execute();
  await db.schema
    .alterTable('signups')
    .addColumn('availability', byteText(db), (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`availability in ('open', 'full', 'away')`),
    )
    .execute();
  await db.schema.alterTable('signups').addColumn('away_until', byteText(db)).execute();
  await withId(db, db.schema.createTable('mentor_requests'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', byteText(db), (c) => c.notNull())
    .addColumn('mentee_id', byteText(db), (c) => c.notNull())
    .addColumn('mentor_id', byteText(db), (c) => c.notNull())
    .addColumn('status', byteText(db), (c) =>
      c.notNull().check(sql`status in ('open', 'accepted', 'declined', 'expired', 'withdrawn')`),
    )
    .addColumn('created_at', byteText(db), (c) => c.notNull())
    .addColumn('expires_at', byteText(db), (c) => c.notNull())
    .addColumn('answered_at', byteText(db))
    .addColumn('close_reason', byteText(db))
    .addColumn('pairing_id', 'integer')
    .addColumn('dm_message_id', byteText(db))
    .addColumn('dm_failed_at', byteText(db))
    .addColumn('mentee_told_at', byteText(db))
    .execute();
  await db.schema
    .createIndex('mentor_requests_one_open')
    .on('mentor_requests')
    .columns(['program_id', 'mentee_id', 'mentor_id'])
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('mentor_requests_mentee')
    .on('mentor_requests')
    .columns(['mentee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('mentor_requests_mentor')
    .on('mentor_requests')
    .columns(['mentor_id', 'status'])
    .execute();
  await db.schema.createIndex('mentor_requests_due').on('mentor_requests').columns(['status', 'expires_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mentor_requests').execute();
  await db.schema.alterTable('signups').dropColumn('away_until').execute();
  await db.schema.alterTable('signups').dropColumn('availability').execute();
  await db.schema.alterTable('programs').dropColumn('request_days').execute();
  await db.schema.alterTable('programs').dropColumn('matching').execute();
}
