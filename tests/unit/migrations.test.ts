import { renderOutboxView } from '../../src/discord/views/outbox-views.ts';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { describe, expect, test } from 'vitest';
import { MigrationError, migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../migrations/index.ts';
import { ManualClock } from '../../src/clock.ts';
import { subjects } from '../../src/domain/outbox/subjects.ts';
import { OutboxWorker } from '../../src/domain/outbox/worker.ts';
import { silentLogger } from '../../src/log.ts';
import { RecordingPort } from './context.ts';
import { migratedDb } from './db.ts';
import { emptyDb, expectViolation, now, programRow } from './migrations-fixtures.ts';

describe('migrations', () => {
  test('apply once; a second run applies nothing', async () => {
    const db = await emptyDb();
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(db)).toEqual([]);
  });

  test('the outbox takes over what the old catch-up jobs had left: pending check-ins and reports off their queue', async () => {
    const db = await emptyDb();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0009'));
    await migrateToLatest(db, before);
    const old = db as unknown as Kysely<any>;
    const { id: programId } = await old
      .insertInto('programs')
      .values({ ...programRow, status: 'running', signups_open: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: pairingId } = await old
      .insertInto('pairings')
      .values({
        program_id: programId,
        guild_id: 'g',
        mentor_id: 'm',
        mentee_id: 'e',
        thread_id: 't',
        welcome_message_id: 'w',
        status: 'active',
        created_by: 'a',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await old
      .insertInto('checkins')
      .values([
        { pairing_id: pairingId, week: 1, due_at: now, nonce: 'ci-1-1', status: 'posted' },
        { pairing_id: pairingId, week: 2, due_at: now, nonce: 'ci-1-2', status: 'pending' },
      ])
      .execute();
    await old
      .insertInto('reports')
      .values({
        guild_id: 'g',
        program_id: programId,
        reporter_id: 'e',
        reason: 'x',
        status: 'open',
        queue_channel_id: 'r',
        created_at: now,
      })
      .execute();
    const { id: unfinished } = await old
      .insertInto('pairings')
      .values({
        program_id: programId,
        guild_id: 'g',
        mentor_id: 'm',
        mentee_id: 'e2',
        status: 'active',
        next_checkin_at: now,
        created_by: 'a',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations).filter((name) => name >= '0009'));
    const discord = new RecordingPort();
    await new OutboxWorker(
      { db, discord, clock: new ManualClock(new Date(Date.now() + 1000)), log: silentLogger, render: renderOutboxView },
      subjects,
    ).drain();
    expect(discord.threads).toEqual([
      { id: expect.any(String), parentId: 'c', name: `P · mentorship #${unfinished}`, members: ['m', 'e2'] },
    ]);
    expect(discord.posts.map((p) => p.channelId).sort()).toEqual(['r', 't', discord.threads[0]?.id].sort());
    expect(
      await db
        .selectFrom('pairings')
        .select(['thread_id', 'welcome_message_id'])
        .where('id', '=', unfinished)
        .executeTakeFirst(),
    ).toEqual({ thread_id: discord.threads[0]?.id, welcome_message_id: expect.any(String) });
    const rows = await db
      .selectFrom('outbox')
      .select(['key', 'chain', 'target', 'payload', 'subject', 'status'])
      .where('key', 'in', ['checkin:2', 'report-card:1'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => ({ ...r, status: 'pending' }))).toEqual([
      {
        key: 'checkin:2',
        chain: `pairing:${pairingId}`,
        target: `{"pairingThread":${pairingId}}`,
        payload: '{"message":{"view":"checkin","id":2}}',
        subject: 'checkin:2',
        status: 'pending',
      },
      {
        key: 'report-card:1',
        chain: 'report:1',
        target: '{"channel":"r"}',
        payload: '{"message":{"view":"report-card","id":1}}',
        subject: 'report-card:1',
        status: 'pending',
      },
    ]);
    expect(rows.map((r) => JSON.parse(r.payload))).toHaveLength(2);
  });

  test('a failing migration stops with a clear error and leaves the database as it was', async () => {
    const db = await migratedDb();
    const broken = {
      ...migrations,
      '0099_broken': {
        up: async (k: typeof db) => {
          await k.schema.createTable('half_done').addColumn('id', 'integer').execute();
          await sql`this is not sql`.execute(k);
        },
      },
    };
    await expect(migrateToLatest(db, broken)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(db, broken)).rejects.toThrow(/0099_broken failed/);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toContain('programs');
    expect(tables.map((t) => t.name)).not.toContain('half_done');
  });
});

/** The outbox's indexes (named or implied by a unique key) and what each covers, by name. */
async function outboxIndexes(db: Kysely<DB>): Promise<{ name: string; definition: string }[]> {
  const { rows } =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await sql<{ name: string; definition: string }>`
        select indexname as name, indexdef as definition from pg_indexes where tablename = 'outbox'`.execute(db)
      : await sql<{ name: string; definition: string }>`
        select il.name as name, group_concat(ii.name, ',') as definition
        from pragma_index_list('outbox') il join pragma_index_info(il.name) ii
        group by il.name`.execute(db);
  return [...rows].sort((a, b) => a.name.localeCompare(b.name));
}

describe('0014 lets the outbox remove thread members', () => {
  const effect = (kind: string, key: string) =>
    ({
      guild_id: 'g',
      key,
      chain: 'c',
      kind: kind as never,
      target: '{}',
      payload: '{}',
      subject: null,
      status: 'pending' as const,
      next_attempt_at: now,
      created_at: now,
    }) as const;

  test('remove-member is a kind; unknown kinds are still refused; rows and indexes survive the change', async () => {
    const db = await emptyDb();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0014'));
    await migrateToLatest(db, before);
    await db.insertInto('outbox').values(effect('post', 'kept')).execute();
    await migrateToLatest(db);
    await db.insertInto('outbox').values(effect('remove-member', 'removal')).execute();
    await expectViolation(db.insertInto('outbox').values(effect('teleport', 'nope')).execute(), 'check');
    await expectViolation(db.insertInto('outbox').values(effect('post', 'kept')).execute(), 'unique');
    const kinds = await db.selectFrom('outbox').select(['key', 'kind']).orderBy('id').execute();
    expect(kinds).toEqual([
      { key: 'kept', kind: 'post' },
      { key: 'removal', kind: 'remove-member' },
    ]);
  });

  test('the rebuild keeps every index of the outbox, with its definition', async () => {
    const db = await emptyDb();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0014'));
    await migrateToLatest(db, before);
    const indexesBefore = await outboxIndexes(db);
    expect(indexesBefore.map((index) => index.name)).toEqual(
      expect.arrayContaining(['outbox_due', 'outbox_chain', 'outbox_subject', 'outbox_settled', 'outbox_failed']),
    );
    await migrateToLatest(db);
    expect(await outboxIndexes(db)).toEqual(indexesBefore);
  });
});
