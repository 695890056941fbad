import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';
import { withId } from './id-column.ts';

const KINDS_BEFORE = `'create-thread', 'add-member', 'post', 'edit', 'thread-state', 'dm'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'remove-member'`;

/**
 * Group mentoring: a program's `format`, the groups (one mentor's mentees sharing one thread,
 * one live group per program and mentor), each pairing's group, and the outbox effect that
 * removes a member from a thread.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('format', byteText(db), (c) =>
      c
        .notNull()
        .defaultTo('one-to-one')
        .check(sql`format in ('one-to-one', 'group')`),
    )
    .execute();
  await withId(db, db.schema.createTable('pair_groups'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', byteText(db), (c) => c.notNull())
    .addColumn('mentor_id', byteText(db), (c) => c.notNull())
    .addColumn('thread_id', byteText(db), (c) => c.unique())
    .addColumn('welcome_message_id', byteText(db))
    .addColumn('week', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_checkin_at', byteText(db))
    .addColumn('status', byteText(db), (c) => c.notNull().check(sql`status in ('active', 'ended')`))
    .addColumn('created_at', byteText(db), (c) => c.notNull())
    .addColumn('ended_at', byteText(db))
    .execute();
  await db.schema
    .createIndex('pair_groups_live_mentor')
    .on('pair_groups')
    .columns(['program_id', 'mentor_id'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await db.schema.createIndex('pair_groups_due').on('pair_groups').columns(['status', 'next_checkin_at']).execute();
  await db.schema
    .alterTable('pairings')
    .addColumn('group_id', 'integer', (c) => c.references('pair_groups.id'))
    .execute();
  await db.schema.createIndex('pairings_group').on('pairings').columns(['group_id', 'status']).execute();
  await setEffectKinds(db, KINDS_BEFORE, KINDS_AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await setEffectKinds(db, KINDS_AFTER, KINDS_BEFORE);
  await db.schema.dropIndex('pairings_group').execute();
  await db.schema.alterTable('pairings').dropColumn('group_id').execute();
  await db.schema.dropTable('pair_groups').execute();
  await db.schema.alterTable('programs').dropColumn('format').execute();
}

/**
 * Changes the outbox's check on `kind`. PostgreSQL replaces the constraint; SQLite cannot, so
 * the table is made again from its own definition with the new check, rows and indexes kept.
 */
async function setEffectKinds(db: Kysely<any>, from: string, to: string): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table outbox drop constraint outbox_kind_check`.execute(db);
    await sql`alter table outbox add constraint outbox_kind_check check (kind in (${sql.raw(to)}))`.execute(db);
    return;
  }
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = 'outbox' and sql is not null`.execute(db);
  const table = rows.find((row) => row.type === 'table')?.sql ?? '';
  if (!table.includes(from)) throw new Error('0014: the outbox kind check is not as expected');
  const remade = table.replace(from, to).replace(/^create table "?outbox"?/i, 'create table "outbox_0014"');
  await sql.raw(remade).execute(db);
  await sql`insert into outbox_0014 select * from outbox`.execute(db);
  await sql`drop table outbox`.execute(db);
  await sql`alter table outbox_0014 rename to outbox`.execute(db);
  for (const index of rows.filter((row) => row.type === 'index')) await sql.raw(index.sql).execute(db);
}
