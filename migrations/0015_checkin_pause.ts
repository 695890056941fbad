import type { Kysely } from 'kysely';
import { byteText } from './column-types.ts';

/** Until when a pair chose to pause its check-ins (`/mentorship pause`); kept after, to tell a pause from silence. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pairings').addColumn('checkins_paused_until', byteText(db)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pairings').dropColumn('checkins_paused_until').execute();
}
