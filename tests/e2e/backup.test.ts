import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeEach, expect, test } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../migrations/index.ts';
import { pairUp, useWorld, waitFor, type World } from './harness.ts';
import { runBackup } from './run-backup.ts';

/*
 * `npm run backup -- PATH` (SQLite only) run as its own process while the bot in this one is
 * busy writing: the copy opens, migrates, passes SQLite's integrity check and holds everything
 * committed before the backup began.
 */
const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const PAIRS = 120;

/** `n` pairs whose first check-in is due now, made straight in the database and in Discord. */
async function duePairs(name: string, n: number): Promise<void> {
  const { sim, app, channels } = world;
  const program = await app.ctx.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const now = world.clock.now().toISOString();
  for (let i = 0; i < n; i += 1) {
    const mentor = sim.addUser(`mentor${i}`);
    const mentee = sim.addUser(`mentee${i}`);
    sim.addMember(world.guildId, mentor);
    sim.addMember(world.guildId, mentee);
    const thread = sim.createThread(channels.pairs, `${name} · pair ${i}`, [mentor, mentee]);
    await app.ctx.db
      .insertInto('pairings')
      .values({
        program_id: program.id,
        guild_id: world.guildId,
        mentor_id: mentor,
        mentee_id: mentee,
        thread_id: thread,
        welcome_message_id: 'w',
        next_checkin_at: now,
        status: 'active',
        created_by: 'a',
        created_at: now,
      })
      .execute();
  }
}

const count = async (db: World['app']['ctx']['db'], table: 'pairings' | 'checkins' | 'audit_entries' | 'outbox') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Check-ins the outbox has posted so far. */
async function posted(): Promise<number> {
  const db = world.app.ctx.db;
  return (await db.selectFrom('checkins').select('id').where('status', '=', 'posted').execute()).length;
}

test('a backup taken while the bot fans out check-ins opens, migrates, is intact and holds what was committed before it', async () => {
  const db = world.app.ctx.db;
  const { name } = await pairUp(world);
  await duePairs(name, PAIRS);
  // Some bulk, so that the copy takes more than an instant.
  const padding = 'x'.repeat(2000);
  for (let i = 0; i < 2000; i += 1)
    await db
      .insertInto('audit_entries')
      .values({ guild_id: world.guildId, actor_id: 'a', action: 'pad', target: 't', details: padding, created_at: 'x' })
      .execute();

  // The fan-out: the tick records every pair's check-in and posts them through the outbox, here
  // one request at a time, slowly, so that it is still posting while the backup runs.
  let queue: Promise<unknown> = Promise.resolve();
  world.sim.gate = (_request, next) => {
    const turn = queue.then(() => new Promise((resolve) => setTimeout(resolve, 40))).then(next);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const fanOut = world.app.scheduler.tick();
  await waitFor(async () => (await count(db, 'checkins')) > 0, 20_000);
  // And a writer of the test's own, committing all along, so that writes surely overlap the copy.
  let writing = true;
  const writer = (async () => {
    while (writing) {
      await db
        .insertInto('audit_entries')
        .values({
          guild_id: world.guildId,
          actor_id: 'w',
          action: 'write',
          target: 't',
          details: padding,
          created_at: 'x',
        })
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();

  const before = {
    pairings: await count(db, 'pairings'),
    checkins: await count(db, 'checkins'),
    audit: await count(db, 'audit_entries'),
    outbox: await count(db, 'outbox'),
    posted: await posted(),
  };
  const path = join(mkdtempSync(join(tmpdir(), 'mentorship-backup-')), 'copy.sqlite');
  const result = await runBackup(world.databaseUrl, [path]);
  const writtenMeanwhile = (await count(db, 'audit_entries')) - before.audit;
  const postedMeanwhile = (await posted()) - before.posted;
  writing = false;
  await writer;
  await fanOut;
  world.sim.gate = undefined;

  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(new RegExp(`^Backup written to ${path} \\(\\d+(\\.\\d)? [KM]B, \\d+ bytes\\)\\n$`));
  expect(writtenMeanwhile).toBeGreaterThan(0);
  expect(before.posted).toBeLessThan(PAIRS);
  expect(postedMeanwhile).toBeGreaterThan(0);
  expect(await count(db, 'checkins')).toBeGreaterThanOrEqual(PAIRS);

  const copy = connect(`sqlite:${path}`);
  try {
    expect(await migrateToLatest(copy)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(copy);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(copy)).rows).toEqual([
      { integrity_check: 'ok' },
    ]);
    expect(await count(copy, 'pairings')).toBe(before.pairings);
    expect(await count(copy, 'checkins')).toBeGreaterThanOrEqual(before.checkins);
    expect(await count(copy, 'outbox')).toBeGreaterThanOrEqual(before.outbox);
    const audit = await count(copy, 'audit_entries');
    expect(audit).toBeGreaterThanOrEqual(before.audit);
    // One instant's database: the writer's rows are a prefix of what it wrote, without gaps.
    const ids = await copy
      .selectFrom('audit_entries')
      .select((eb) => eb.fn.max('id').as('last'))
      .executeTakeFirstOrThrow();
    expect(Number(ids.last)).toBe(audit);
  } finally {
    await copy.destroy();
  }
}, 120_000);

test('the backup refuses, in one line and with exit code 1: no path, a file that exists, a PostgreSQL database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-backup-'));
  const existing = join(dir, 'existing.sqlite');
  writeFileSync(existing, 'keep me');
  const refusals = [
    [world.databaseUrl, [], /^Usage: npm run backup -- PATH/],
    [world.databaseUrl, [existing], /already exists: give the name of a new file \(a backup never overwrites\)$/],
    [
      'postgres://bot:secret@db.example:5432/mentorship',
      [join(dir, 'pg.dump')],
      /^DATABASE_URL is PostgreSQL: .*pg_dump -Fc/,
    ],
    [`sqlite:${join(dir, 'missing.sqlite')}`, [join(dir, 'copy.sqlite')], /^No database at .*missing\.sqlite/],
  ] as const;
  for (const [url, args, message] of refusals) {
    const result = await runBackup(url, [...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr).not.toContain('secret');
  }
  expect(existsSync(join(dir, 'copy.sqlite'))).toBe(false);
  expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false);
}, 60_000);
