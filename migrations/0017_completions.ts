import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { byteText } from './column-types.ts';
import { withId } from './id-column.ts';

/**
 * Recognition: a program's completion role, and each member's completed pairing (one row per
 * pairing and member, kept by a unique index) with when the role was given.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('programs').addColumn('completion_role_id', byteText(db)).execute();
  await withId(db, db.schema.createTable('completions'))
    .addColumn('pairing_id', 'integer', (c) => c.notNull().references('pairings.id').onDelete('cascade'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('guild_id', byteText(db), (c) => c.notNull())
    .addColumn('user_id', byteText(db), (c) => c.notNull())
    .addColumn('role', byteText(db), (c) => c.notNull())
    .addColumn('weeks', 'integer', (c) => c.notNull())
    .addColumn('completed_at', byteText(db), (c) => c.notNull())
    .addColumn('role_granted_at', byteText(db))
    .execute();
  await db.schema
    .createIndex('completions_pairing_user')
    .on('completions')
    .columns(['pairing_id', 'user_id'])
    .unique()
    .execute();
  await db.schema.createIndex('completions_guild_user').on('completions').columns(['guild_id', 'user_id']).execute();
  await changeEffectKinds(db, (kinds) => [...kinds, "'add-role'"]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await changeEffectKinds(db, (kinds) => kinds.filter((kind) => kind !== "'add-role'"));
  await db.schema.dropTable('completions').execute();
  await db.schema.alterTable('programs').dropColumn('completion_role_id').execute();
}

/**
 * Changes the outbox's check on `kind`, from the list it has now (other migrations may have
 * added kinds). PostgreSQL replaces the constraint; SQLite cannot, so the table is made again
 * from its own definition with the new check, rows and indexes kept.
 */
async function changeEffectKinds(db: Kysely<any>, change: (kinds: string[]) => string[]): Promise<void> {
  const listOf = (definition: string) => {
    const list = /kind\s*(?:=\s*any\s*\(\s*array\s*\[|in\s*\()([^\])]*)/i.exec(definition)?.[1];
    if (!list) throw new Error('0017: the outbox kind check is not as expected');
    return { list, kinds: list.split(',').map((kind) => kind.trim().replace(/::text$/, '')) };
  };
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ definition: string }>`
      select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'outbox_kind_check'`.execute(
      db,
    );
    const { kinds } = listOf(rows[0]?.definition ?? '');
    await sql`alter table outbox drop constraint outbox_kind_check`.execute(db);
    await sql`alter table outbox add constraint outbox_kind_check check (kind in (${sql.raw(change(kinds).join(', '))}))`.execute(
      db,
    );
    return;
  }
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = 'outbox' and sql is not null`.execute(db);
  const table = rows.find((row) => row.type === 'table')?.sql ?? '';
  const { list, kinds } = listOf(table);
  const remade = table
    .replace(list, change(kinds).join(', '))
    .replace(/^create table "?outbox"?/i, 'create table "outbox_0017"');
  await sql.raw(remade).execute(db);
  await sql`insert into outbox_0017 select * from outbox`.execute(db);
  await sql`drop table outbox`.execute(db);
  await sql`alter table outbox_0017 rename to outbox`.execute(db);
  for (const index of rows.filter((row) => row.type === 'index')) await sql.raw(index.sql).execute(db);
}
