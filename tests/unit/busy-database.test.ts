import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DatabaseBusyError } from '../../src/db/busy-wait.ts';
import { connect } from '../../src/db/connect.ts';

let dir: string;
let path: string;
let opened: { close(): unknown }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentorship-busy-'));
  path = join(dir, 'busy.sqlite');
  opened = [];
});

afterEach(async () => {
  for (const db of opened.reverse()) await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(busyDeadlineMs?: number): Promise<Kysely<any>> {
  const db = connect(`sqlite:${path}`, busyDeadlineMs === undefined ? {} : { busyDeadlineMs }) as Kysely<any>;
  opened.push({ close: () => db.destroy() });
  await sql`create table if not exists notes (id integer primary key, text text not null)`.execute(db);
  return db;
}

/** Another process's write lock (a backup, a second bot) on the same file, until released. */
function holdWriteLock(): { release(): void } {
  const other = new SQLite(path);
  opened.push(other);
  other.exec('begin immediate');
  return { release: () => other.inTransaction && other.exec('commit') };
}

/** The longest pause between the ticks of a 5 ms interval while `work` runs. */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work;
  } finally {
    clearInterval(ticker);
  }
  return longest;
}

const insert = (db: Kysely<any>, text: string) => db.insertInto('notes').values({ text }).execute();

test('a write that meets a lock waits without freezing the event loop, and goes through once it is released', async () => {
  const db = await open();
  const lock = holdWriteLock();
  setTimeout(() => lock.release(), 600);
  const started = performance.now();
  const stall = await longestStall(insert(db, 'after the backup'));
  expect(performance.now() - started).toBeGreaterThanOrEqual(550);
  // A synchronous busy wait would have frozen the loop for the whole 600 ms.
  expect(stall).toBeLessThan(200);
  expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'after the backup' }]);
});

test('reads are not held up by another connection writing', async () => {
  const db = await open();
  await insert(db, 'before');
  const lock = holdWriteLock();
  const started = performance.now();
  expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'before' }]);
  expect(performance.now() - started).toBeLessThan(100);
  lock.release();
});

test('past the deadline a write fails with DatabaseBusyError; writes queued behind it fail at once, not one deadline each', async () => {
  const db = await open(300);
  const lock = holdWriteLock();
  const started = performance.now();
  const first = insert(db, 'one');
  const queued = [insert(db, 'two'), insert(db, 'three')];
  await expect(first).rejects.toBeInstanceOf(DatabaseBusyError);
  const firstFailedAfter = performance.now() - started;
  expect(firstFailedAfter).toBeGreaterThanOrEqual(300);
  for (const write of queued) await expect(write).rejects.toBeInstanceOf(DatabaseBusyError);
  expect(performance.now() - started - firstFailedAfter).toBeLessThan(200);

  lock.release();
  await insert(db, 'later');
  expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'later' }]);
});

test('a transaction takes the write lock at BEGIN, so a writer committing meanwhile does not force it to start over', async () => {
  const db = await open();
  const other = new SQLite(path);
  opened.push(other);
  other.exec('begin immediate');
  other.prepare('insert into notes (text) values (?)').run('from the other process');
  setTimeout(() => other.exec('commit'), 300);
  // With a deferred BEGIN, the read below would take a snapshot before that commit and the
  // write would then fail with SQLITE_BUSY_SNAPSHOT.
  await db.transaction().execute(async (trx) => {
    const { count } = await trx
      .selectFrom('notes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    await insert(trx, `seen ${count}`);
  });
  expect((await db.selectFrom('notes').select('text').orderBy('id').execute()).map((r) => r.text)).toEqual([
    'from the other process',
    'seen 1',
  ]);
});
