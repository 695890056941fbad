import type { Kysely } from 'kysely';

/**
 * A pairing's check-ins by status: superseding the pending prompts of a batch of pairings
 * (`pairing_id in (…) and status = 'pending'`) then reads only those pairings' rows. With only
 * `checkins_status` and `checkins_pairing_week` to choose from, SQLite (no statistics) and
 * PostgreSQL (statistics older than the tick) read every pending check-in instead, once per
 * pairing: a tick grew with the square of its size.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('checkins_pairing_status').on('checkins').columns(['pairing_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('checkins_pairing_status').execute();
}
