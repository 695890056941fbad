import { renderOutboxView } from '../../src/discord/views/outbox-views.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { literal, recordEffects, type EffectRecord } from '../../src/domain/outbox/effect.ts';
import { claimHeads } from '../../src/domain/outbox/outbox-claims.repo.ts';
import { OutboxWorker } from '../../src/domain/outbox/worker.ts';
import { ChannelUnavailableError, RefusedError } from '../../src/domain/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { RecordingPort } from './context.ts';
import { migratedDb } from './db.ts';

const at = new Date('2026-03-02T09:00:00Z');
const post = (key: string, chain: string, channel = 'c'): EffectRecord => ({
  guildId: 'g',
  key,
  chain,
  effect: { kind: 'post', target: { channel }, message: literal({ content: key }) },
});

async function setup(records: EffectRecord[]) {
  const db = await migratedDb();
  await db.transaction().execute((trx) => recordEffects(trx, at, records));
  const discord = new RecordingPort();
  const clock = new ManualClock(at);
  const worker = new OutboxWorker({ db, discord, clock, log: silentLogger, render: renderOutboxView }, {});
  return { db, discord, clock, worker };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('outbox', () => {
  test('recording the same key twice keeps one effect, carried out once', async () => {
    const { db, discord, worker } = await setup([post('a', 'x')]);
    await db.transaction().execute((trx) => recordEffects(trx, at, [post('a', 'x')]));
    await worker.drain();
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['a']);
  });

  test('a chain goes in order, one at a time; chains go side by side', async () => {
    const { discord, worker } = await setup([
      post('x1', 'x'),
      post('y1', 'y'),
      post('x2', 'x'),
      post('x3', 'x'),
      post('y2', 'y'),
    ]);
    await worker.drain();
    const sent = discord.posts.map((p) => p.message.content);
    expect(sent.filter((k) => k?.startsWith('x'))).toEqual(['x1', 'x2', 'x3']);
    expect(sent.filter((k) => k?.startsWith('y'))).toEqual(['y1', 'y2']);
  });

  test('a passing failure waits its backoff; a gone channel gives up and cancels what waited behind it; another refusal does not', async () => {
    const { db, discord, clock, worker } = await setup([
      post('a', 'x', 'flaky'),
      post('b', 'y', 'gone'),
      post('c', 'y', 'gone'),
      post('d', 'z', 'bad'),
      post('e', 'z'),
    ]);
    let fails = 1;
    const real = discord.postMessage.bind(discord);
    discord.postMessage = async (channelId, message) => {
      if (channelId === 'flaky' && fails-- > 0) throw new Error('503');
      if (channelId === 'gone') throw new ChannelUnavailableError(channelId, 404, 10003);
      if (channelId === 'bad') throw new RefusedError(400, 50035, 'Invalid Form Body');
      return real(channelId, message);
    };
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['e']);
    clock.advance(4_000);
    await worker.drain();
    expect(discord.posts).toHaveLength(1);
    clock.advance(1_000);
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['e', 'a']);
    const rows = await db.selectFrom('outbox').select(['key', 'status', 'attempts']).orderBy('key').execute();
    expect(rows).toEqual([
      { key: 'a', status: 'done', attempts: 2 },
      { key: 'b', status: 'failed', attempts: 1 },
      { key: 'c', status: 'cancelled', attempts: 0 },
      { key: 'd', status: 'failed', attempts: 1 },
      { key: 'e', status: 'done', attempts: 1 },
    ]);
  });

  test('a claim takes at most its limit, with a thousand effects waiting', async () => {
    const { db } = await setup(Array.from({ length: 1000 }, (_, i) => post(`k${i}`, `chain${i}`)));
    const lease = { owner: 'w#1', now: at, until: new Date(at.getTime() + 60_000) };
    expect(await claimHeads(db, lease, 32)).toHaveLength(32);
    const held = await db.selectFrom('outbox').select('id').where('lease_owner', '=', 'w#1').execute();
    expect(held).toHaveLength(32);
  });

  test('two processes claiming at the same instant never take the same effect', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    dirs.push(dir);
    const url = `sqlite:${join(dir, 'db.sqlite')}`;
    const a = connect(url);
    await migrateToLatest(a);
    const b = connect(url);
    await a.transaction().execute((trx) =>
      recordEffects(
        trx,
        at,
        Array.from({ length: 200 }, (_, i) => post(`k${i}`, `chain${i}`)),
      ),
    );
    const lease = (owner: string) => ({ owner: `${owner}#1`, now: at, until: new Date(at.getTime() + 60_000) });
    const taken: number[] = [];
    for (let round = 0; round < 100; round += 1) {
      const [x, y] = await Promise.all([claimHeads(a, lease('a'), 7), claimHeads(b, lease('b'), 7)]);
      if (x.length + y.length === 0) break;
      taken.push(...x.map((r) => r.id), ...y.map((r) => r.id));
    }
    expect(taken).toHaveLength(200);
    expect(new Set(taken).size).toBe(200);
    await a.destroy();
    await b.destroy();
  });

  test('an effect whose worker died is taken over once its lease has run out', async () => {
    const { db, discord, clock, worker } = await setup([post('a', 'x')]);
    await claimHeads(db, { owner: 'dead', now: at, until: new Date(at.getTime() + 60_000) }, 10);
    await worker.drain();
    expect(discord.posts).toHaveLength(0);
    clock.advance(60_001);
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['a']);
  });

  test('a live worker keeps its claim however slow Discord is; another worker does not send it again', async () => {
    const { db, discord, clock } = await setup([post('a', 'x')]);
    let answer: () => void = () => undefined;
    const real = discord.postMessage.bind(discord);
    discord.postMessage = async (channelId, message) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return real(channelId, message);
    };
    const slow = new OutboxWorker(
      { db, discord, clock, log: silentLogger, render: renderOutboxView },
      {},
      { leaseMs: 300 },
    );
    const other = new OutboxWorker(
      { db, discord, clock, log: silentLogger, render: renderOutboxView },
      {},
      { leaseMs: 300 },
    );
    const draining = slow.drain();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.advance(1_000); // long past the first lease
    await new Promise((resolve) => setTimeout(resolve, 150)); // the slow worker renews
    await other.drain();
    answer();
    await draining;
    expect(discord.posts).toHaveLength(1);
    expect(await db.selectFrom('outbox').select(['status', 'attempts']).execute()).toEqual([
      { status: 'done', attempts: 1 },
    ]);
  });

  test('passing failures for days give the effect up, and its record decides what that means', async () => {
    const { db, discord, clock } = await setup([{ ...post('a', 'x', 'down'), subject: 'probe:7' }, post('b', 'x')]);
    const refusedFor: number[] = [];
    const worker = new OutboxWorker(
      { db, discord, clock, log: silentLogger, render: renderOutboxView },
      { probe: { refused: async (_trx, id) => void refusedFor.push(id) } },
    );
    const real = discord.postMessage.bind(discord);
    discord.postMessage = async (channelId, message) => {
      if (channelId === 'down') throw new Error('503 Service Unavailable');
      return real(channelId, message);
    };
    for (let day = 0; day < 4; day += 1) {
      await worker.drain();
      clock.advance(20 * 60_000);
      await worker.drain();
      clock.advance(86_400_000);
    }
    await worker.drain();
    expect(refusedFor).toEqual([7]);
    expect(await db.selectFrom('outbox').select(['key', 'status']).orderBy('key').execute()).toEqual([
      { key: 'a', status: 'failed' },
      { key: 'b', status: 'done' },
    ]);
  });

  test('a retry adopts its own earlier message, never the same words another effect already sent', async () => {
    const { db, discord, clock, worker } = await setup([post('first notice', 'x')]);
    await worker.drain();
    await db.transaction().execute((trx) =>
      recordEffects(trx, clock.now(), [
        {
          ...post('second notice', 'x'),
          effect: { kind: 'post', target: { channel: 'c' }, message: literal({ content: 'first notice' }) },
        },
      ]),
    );
    let lose = true;
    const real = discord.postMessage.bind(discord);
    discord.postMessage = async (channelId, message) => {
      if (lose) {
        lose = false;
        throw new Error('connection reset before Discord got it');
      }
      return real(channelId, message);
    };
    await worker.drain();
    clock.advance(5_000);
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['first notice', 'first notice']);

    // Discord made it, but the answer was lost: the retry adopts it instead of posting again.
    await db.transaction().execute((trx) => recordEffects(trx, clock.now(), [post('third', 'x')]));
    discord.postMessage = async (channelId, message) => {
      await real(channelId, message);
      discord.postMessage = real;
      throw new Error('answer lost');
    };
    await worker.drain();
    clock.advance(5_000);
    await worker.drain();
    expect(discord.posts.map((p) => p.message.content)).toEqual(['first notice', 'first notice', 'third']);
    const third = await db
      .selectFrom('outbox')
      .select(['status', 'result_id', 'attempts'])
      .where('key', '=', 'third')
      .executeTakeFirstOrThrow();
    expect(third).toEqual({ status: 'done', result_id: discord.posts[2]?.id, attempts: 2 });
  });
});
