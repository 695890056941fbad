import { sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';

/**
 * Retention (RETENTION_DAYS): when the members' written text of an ended pairing was erased. The
 * partial index holds only pairings not erased yet, by status and end, so the job's look for due
 * ones, every tick, reads just those (none, once they are done).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pairings').addColumn('text_erased_at', byteText(db)).execute();
  await db.schema
    .createIndex('pairings_text_kept')
    .on('pairings')
    .columns(['status', 'ended_at'])
    .where(sql.ref('text_erased_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('pairings_text_kept').execute();
  await db.schema.alterTable('pairings').dropColumn('text_erased_at').execute();
}
