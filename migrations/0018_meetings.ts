import { sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';
import { withId } from './id-column.ts';

/**
 * Meeting times (`/meet`): a member's available hours, the three times a pair member proposes,
 * and the meeting the partner picks. One meeting per proposal, and one open proposal per pairing,
 * are kept by unique indexes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signups').addColumn('available_hours', byteText(db)).execute();
  await withId(db, db.schema.createTable('meeting_proposals'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('guild_id', byteText(db), (c) => c.notNull())
    .addColumn('proposer_id', byteText(db), (c) => c.notNull())
    .addColumn('slot_1', byteText(db), (c) => c.notNull())
    .addColumn('slot_2', byteText(db))
    .addColumn('slot_3', byteText(db))
    .addColumn('status', byteText(db), (c) => c.notNull().check(sql`status in ('open', 'picked', 'withdrawn')`))
    .addColumn('created_at', byteText(db), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_proposals_one_open')
    .on('meeting_proposals')
    .column('pairing_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await withId(db, db.schema.createTable('meetings'))
    .addColumn('proposal_id', 'integer', (c) => c.notNull().references('meeting_proposals.id').onDelete('cascade'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('guild_id', byteText(db), (c) => c.notNull())
    .addColumn('picked_by', byteText(db), (c) => c.notNull())
    .addColumn('starts_at', byteText(db), (c) => c.notNull())
    .addColumn('ends_at', byteText(db), (c) => c.notNull())
    .addColumn('reminded_at', byteText(db))
    .addColumn('created_at', byteText(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_one_per_proposal').on('meetings').column('proposal_id').unique().execute();
  await db.schema.createIndex('meetings_reminder_due').on('meetings').columns(['reminded_at', 'starts_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meetings').execute();
  await db.schema.dropTable('meeting_proposals').execute();
  await db.schema.alterTable('signups').dropColumn('available_hours').execute();
}
