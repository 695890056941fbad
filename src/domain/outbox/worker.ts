import type { GuildScope } from '../guild-scope.ts';
import { transact } from '../../db/transact.ts';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { DB } from '../../db/schema.ts';
import type { OutboxEntry } from './outbox.types.ts';
import type { Logger } from '../../log.ts';
import { ChannelUnavailableError, RefusedError } from '../errors.ts';
import type { DiscordPort } from '../port.ts';
import { deliver, NothingToDo } from './deliver.ts';
import { effectOf } from './effect.ts';
import type { RenderView } from './views.ts';
import {
  claimHeads,
  claimNextInChain,
  nextClaimableAt,
  releaseClaims,
  renewLeases,
  type Lease,
} from './outbox-claims.repo.ts';
import { markDone, markFailed, markRetry, statusesOf } from './outbox.repo.ts';
import { parseSubject, type SubjectHandler } from './subject.ts';
import { backoffMs, defaults, type OutboxOptions } from './worker-options.ts';

export interface OutboxDeps {
  db: Kysely<DB>;
  discord: DiscordPort;
  clock: Clock;
  log: Logger;
  /** Renders the messages recorded as views (check-ins, cards, panels, welcomes) when they are sent. */
  render: RenderView;
  /** Only effects of these shards' guilds are taken (null: every guild's). */
  scope?: GuildScope | null;
  /** Told of each effect done, by its subject's name (metrics count check-ins posted). */
  onDone?: (subject: string | null) => void;
  /** Told of each effect settled, whatever came of it (the scheduler's tick is moving on). */
  onSettled?: () => void;
}

export type { OutboxOptions } from './worker-options.ts';

/** Effects due sooner than this are woken for; later ones wait for the minute's tick. */
const WAKE_WITHIN_MS = 60_000;

export type Settled = Map<string, { status: OutboxEntry['status']; resultId: string | null; error: string | null }>;

/**
 * The one performer of durable Discord effects. It claims effects (a lease), carries them out,
 * and records the outcome with what it completes, in one transaction. Effects of a chain go one
 * at a time, in order; different chains go side by side.
 */
export class OutboxWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly options: OutboxOptions;
  /** Each claim gets its own token, so a stale execution can never settle a newer claim. */
  private claims = 0;
  private running: Promise<number> | null = null;
  private again = false;
  private wake: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly deps: OutboxDeps,
    private readonly subjects: Record<string, SubjectHandler>,
    options: Partial<OutboxOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
  }

  /** Starts a drain soon, without waiting: after a command's transaction, say. */
  kick(): void {
    this.drain().catch((error: unknown) => this.deps.log.error('outbox.drain_failed', { err: error }));
  }

  /** Carries out everything claimable; a drain in flight is joined and goes round once more. */
  drain(): Promise<number> {
    if (this.stopping) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const renewal = setInterval(() => this.renew(), this.options.leaseMs / 3);
    this.running = (async () => {
      let total = 0;
      do {
        this.again = false;
        total += await this.pass();
      } while (this.again && !this.stopping);
      return total;
    })().finally(() => {
      clearInterval(renewal);
      this.running = null;
      this.wakeWhenDue();
    });
    return this.running;
  }

  /**
   * What waits for a retry or for a dead worker's lease is taken as soon as it may be, not at
   * the next minute's tick; anything later is left to the tick.
   */
  private wakeWhenDue(): void {
    if (this.stopping) return;
    nextClaimableAt(this.deps.db, this.deps.scope ?? null)
      .then((at) => {
        if (!at || this.stopping) return;
        const delay = at.getTime() - this.deps.clock.now().getTime();
        if (delay > WAKE_WITHIN_MS) return;
        clearTimeout(this.wake);
        this.wake = setTimeout(() => this.kick(), Math.max(250, delay));
        this.wake.unref();
      })
      .catch((error: unknown) => this.deps.log.warn('outbox.wake_failed', { err: error }));
  }

  /**
   * Waits, up to `timeoutMs`, for these effects to be done or given up; sooner if this worker
   * has gone idle with some still waiting (for a retry, or another process's lease).
   */
  async settle(keys: readonly string[], timeoutMs: number): Promise<Settled> {
    this.kick();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await statusesOf(this.deps.db, keys);
      const idle = this.running === null;
      if (rows.every((r) => r.status !== 'pending') || idle || Date.now() >= deadline) {
        return new Map(rows.map((r) => [r.key, { status: r.status, resultId: r.resultId, error: r.lastError }]));
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Takes no more work, at once: the process is going away and what is in flight may never end. */
  halt(): void {
    this.stopping = true;
    clearTimeout(this.wake);
  }

  /** Takes no more work, waits for what is in flight, and frees what it had claimed but not begun. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.wake);
    await this.running?.catch(() => undefined);
  }

  private renew(): void {
    if (this.stopping) return;
    renewLeases(this.deps.db, this.owner, this.lease().until).catch((error: unknown) =>
      this.deps.log.warn('outbox.renew_failed', { err: error }),
    );
  }

  private lease(): Lease {
    const now = this.deps.clock.now();
    this.claims += 1;
    return { owner: `${this.owner}#${this.claims}`, now, until: new Date(now.getTime() + this.options.leaseMs) };
  }

  private async pass(): Promise<number> {
    const queue: OutboxEntry[] = [];
    let exhausted = false;
    let fetching: Promise<void> | null = null;
    let carried = 0;
    const take = async (): Promise<OutboxEntry | undefined> => {
      while (queue.length === 0 && !exhausted && !this.stopping) {
        fetching ??= claimHeads(this.deps.db, this.lease(), this.options.inFlight, this.deps.scope ?? null)
          .then((rows) => {
            if (rows.length === 0) exhausted = true;
            queue.push(...rows);
          })
          .finally(() => {
            fetching = null;
          });
        await fetching;
      }
      return this.stopping ? undefined : queue.shift();
    };
    // A lane that meets an error (a busy database, say) logs it and stops; its claim runs out
    // and the effect is taken again. The others go on, so the queue is released only at the end.
    const lane = async () => {
      try {
        for (let row = await take(); row; row = await take()) {
          for (let current: OutboxEntry | undefined = row; current;) {
            await this.carryOut(current);
            carried += 1;
            this.deps.onSettled?.();
            current = this.stopping ? undefined : await claimNextInChain(this.deps.db, current, this.lease());
          }
        }
      } catch (error) {
        this.deps.log.error('outbox.lane_failed', { err: error });
      }
    };
    await Promise.all(Array.from({ length: this.options.inFlight }, lane));
    if (queue.length)
      await releaseClaims(this.deps.db, queue).catch((error: unknown) =>
        this.deps.log.warn('outbox.release_failed', { err: error }),
      );
    return carried;
  }

  private async carryOut(row: OutboxEntry): Promise<void> {
    const { db, clock, log } = this.deps;
    const subject = parseSubject(row.subject);
    const handler = subject ? this.subjects[subject.name] : undefined;
    let resultId: string | null = null;
    try {
      resultId = await deliver(this.deps, row, effectOf(row));
    } catch (error) {
      if (error instanceof NothingToDo) {
        await markDone(db, row, null, clock.now());
        log.info('outbox.nothing_to_do', { id: row.id, kind: row.kind, key: row.key, why: error.message });
      } else if (error instanceof RefusedError) {
        await this.refused(row, handler, subject?.id ?? 0, error);
      } else {
        await this.failedForNow(row, handler, subject?.id ?? 0, error);
      }
      return;
    }
    const marked = await transact(db, async (trx) => {
      const settled = await markDone(trx, row, resultId, clock.now());
      if (settled && handler?.done) await handler.done(trx, subject?.id ?? 0, row, resultId, clock.now());
      return settled;
    });
    if (marked) this.deps.onDone?.(subject?.name ?? null);
    log.debug('outbox.done', { id: row.id, kind: row.kind, guildId: row.guildId });
  }

  /**
   * Discord refused for good, or passing failures went on too long: the record may want to try
   * again later; else the effect is given up, and the record decides what that means. What
   * waited behind it in its chain is dropped only when it cannot work either: the thread is
   * gone, or was never made.
   */
  private async refused(
    row: OutboxEntry,
    handler: SubjectHandler | undefined,
    id: number,
    error: RefusedError,
  ): Promise<void> {
    const { db, clock, log } = this.deps;
    const now = clock.now();
    const dropsChain = error instanceof ChannelUnavailableError || row.kind === 'create-thread';
    const outcome = await transact(db, async (trx) => {
      const later = await handler?.retryLater?.(trx, id, row, error, now);
      if (later) {
        await markRetry(trx, row, later, error.message);
        return 'later';
      }
      if (!(await markFailed(trx, row, error.message, now, dropsChain))) return 'lost';
      await handler?.refused?.(trx, id, row, error, now);
      return 'refused';
    });
    if (outcome === 'refused')
      log.warn('outbox.gave_up', {
        id: row.id,
        kind: row.kind,
        key: row.key,
        status: error.status,
        code: error.code,
        err: error,
      });
    if (outcome === 'later')
      log.warn('outbox.retry_later', { id: row.id, kind: row.kind, key: row.key, status: error.status });
  }

  private async failedForNow(
    row: OutboxEntry,
    handler: SubjectHandler | undefined,
    id: number,
    error: unknown,
  ): Promise<void> {
    const { db, clock, log } = this.deps;
    const now = clock.now();
    const since = Date.parse(row.firstAttemptAt ?? row.createdAt);
    if (now.getTime() - since >= this.options.giveUpAfterMs) {
      await this.refused(
        row,
        handler,
        id,
        new RefusedError(0, 0, `no answer from Discord after ${row.attempts} attempts: ${describe(error)}`),
      );
      return;
    }
    await markRetry(db, row, new Date(now.getTime() + backoffMs(row.attempts)), describe(error));
    log.warn('outbox.retry', { id: row.id, kind: row.kind, key: row.key, attempts: row.attempts, err: error });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
