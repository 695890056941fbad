import { sql, type Kysely } from 'kysely';
import { withId } from './id-column.ts';

/**
 * The outbox: every Discord side effect that must happen once, written in the same transaction
 * as the state change it follows, then carried out by one worker under a lease.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('outbox'))
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('create-thread', 'add-member', 'post', 'edit', 'thread-state', 'dm')`),
    )
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'done', 'failed', 'cancelled')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_attempt_at', 'text')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('result_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('admin_told_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_chain').on('outbox').columns(['chain', 'status', 'id']).execute();
  await db.schema.createIndex('outbox_subject').on('outbox').columns(['subject', 'status']).execute();
  await db.schema.createIndex('outbox_result').on('outbox').columns(['result_id']).execute();
  await db.schema.createIndex('outbox_settled').on('outbox').columns(['status', 'done_at']).execute();
  await db.schema.createIndex('outbox_lease').on('outbox').columns(['lease_owner']).execute();
  await db.schema.createIndex('outbox_failed').on('outbox').columns(['guild_id', 'status', 'admin_told_at']).execute();

  // What the jobs this replaces had left to do: pending check-ins and reports not yet on their queue.
  const now = new Date().toISOString();
  await sql`
    insert into outbox (guild_id, key, chain, kind, target, payload, subject, status, next_attempt_at, created_at)
    select p.guild_id, 'checkin:' || c.id, 'pairing:' || p.id, 'post', '{"pairingThread":' || p.id || '}',
           '{"message":{"view":"checkin","id":' || c.id || '}}', 'checkin:' || c.id, 'pending', ${now}, ${now}
    from checkins c join pairings p on p.id = c.pairing_id
    where c.status = 'pending' and p.status = 'active' and p.thread_id is not null`.execute(db);
  await sql`
    insert into outbox (guild_id, key, chain, kind, target, payload, subject, status, next_attempt_at, created_at)
    select guild_id, 'report-card:' || id, 'report:' || id, 'post', '{"channel":"' || queue_channel_id || '"}',
           '{"message":{"view":"report-card","id":' || id || '}}', 'report-card:' || id, 'pending', ${now}, ${now}
    from reports where queue_message_id is null`.execute(db);
  await handOverUnfinishedThreads(db, now);
}

/** Pair threads a crash left unfinished: made (or found), both members added, welcome posted. */
async function handOverUnfinishedThreads(db: Kysely<any>, now: string): Promise<void> {
  const unfinished = await db
    .selectFrom('pairings')
    .innerJoin('programs', 'programs.id', 'pairings.program_id')
    .select([
      'pairings.id',
      'pairings.guild_id',
      'pairings.mentor_id',
      'pairings.mentee_id',
      'pairings.thread_id',
      'programs.name',
      'programs.locale',
      'programs.pair_channel_id',
    ])
    .where('pairings.status', '=', 'active')
    .where((eb) => eb.or([eb('pairings.thread_id', 'is', null), eb('pairings.welcome_message_id', 'is', null)]))
    .orderBy('pairings.id')
    .execute();
  for (const p of unfinished) {
    const row = (key: string, kind: string, target: object, payload: object, subject: string) => ({
      guild_id: p.guild_id,
      key,
      chain: `pairing:${p.id}`,
      kind,
      target: JSON.stringify(target),
      payload: JSON.stringify(payload),
      subject,
      status: 'pending',
      next_attempt_at: now,
      created_at: now,
    });
    // The thread's name as the bot of that time spelt it (en and fr).
    const name = `${p.name} · ${String(p.locale).startsWith('fr') ? 'mentorat n°' : 'mentorship #'}${p.id}`.slice(-100);
    const rows = [
      ...(p.thread_id
        ? []
        : [
            row(
              `pair-thread:${p.id}:0`,
              'create-thread',
              { channel: p.pair_channel_id },
              { name },
              `pair-thread:${p.id}`,
            ),
          ]),
      ...[p.mentor_id, p.mentee_id].map((user) =>
        row(
          `pair-member:${p.id}:${user}:0`,
          'add-member',
          { pairingThread: p.id },
          { userId: user },
          `pair-member:${p.id}`,
        ),
      ),
      row(
        `welcome:${p.id}:0`,
        'post',
        { pairingThread: p.id },
        { message: { view: 'welcome', id: p.id } },
        `welcome:${p.id}`,
      ),
    ];
    await db.insertInto('outbox').values(rows).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
