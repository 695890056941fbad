import type { Kysely } from 'kysely';
import { byteText } from './column-types.ts';

/**
 * One row per interaction acted on. When two bot processes receive the same interaction (an
 * old and a new one overlapping during a restart), the one whose insert wins acts on it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('interaction_receipts')
    .addColumn('id', byteText(db), (c) => c.primaryKey())
    .addColumn('received_at', byteText(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interaction_receipts_age').on('interaction_receipts').column('received_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('interaction_receipts').execute();
}
