import { sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';
import { withId } from './id-column.ts';

/**
 * Pulse surveys: the week a program asks each member how their pairing goes (0: never), and
 * the answers, one per member, pairing and week (the closing message's rating is one too).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('pulse_week', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(4)
        .check(sql`pulse_week between 0 and 52`),
    )
    .execute();
  await withId(db, db.schema.createTable('pulse_answers'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('user_id', byteText(db), (c) => c.notNull())
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('kind', byteText(db), (c) => c.notNull().check(sql`kind in ('pulse', 'closing')`))
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn('comment', byteText(db))
    .addColumn('name_shown', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered_at', byteText(db), (c) => c.notNull())
    .addUniqueConstraint('pulse_answers_once', ['pairing_id', 'user_id', 'week'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pulse_answers').execute();
  await db.schema.alterTable('programs').dropColumn('pulse_week').execute();
}
