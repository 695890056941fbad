import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';

export type ScaleDatabaseKind = 'sqlite' | 'postgres';

/** The PostgreSQL server of the scale bench: BENCH_DATABASE_URL, TEST_DATABASE_URL, else the local one. */
export function scalePostgresServer(): string {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function admin(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database of its own for one run: a file in a temporary folder for SQLite, a
 * `bench_<random>` database for PostgreSQL. `drop` closes `db` and removes the database, with
 * whatever connections a killed process left open.
 */
export async function scaleDatabase(kind: ScaleDatabaseKind): Promise<{
  db: Kysely<DB>;
  url: string;
  /** PostgreSQL: transactions committed and rolled back in this database so far (serializable retries roll back). */
  transactions: () => Promise<{ committed: number; rolled_back: number } | null>;
  drop: () => Promise<void>;
}> {
  let url: string;
  let remove: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
    url = `sqlite:${join(dir, 'bench.sqlite')}`;
    remove = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = scalePostgresServer();
    const name = `bench_${randomBytes(6).toString('hex')}`;
    await admin(server, `create database "${name}"`);
    const target = new URL(server);
    target.pathname = `/${name}`;
    url = target.toString();
    remove = () => admin(server, `drop database if exists "${name}" with (force)`);
  }
  const db = connect(url, { poolSize: 2 });
  await migrateToLatest(db);
  return {
    db,
    url,
    transactions: async () => {
      if (kind !== 'postgres') return null;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ committed: string; rolled_back: string }>(
          'select xact_commit as committed, xact_rollback as rolled_back from pg_stat_database where datname = current_database()',
        );
        return { committed: Number(rows[0]?.committed ?? 0), rolled_back: Number(rows[0]?.rolled_back ?? 0) };
      } finally {
        await client.end();
      }
    },
    drop: async () => {
      await db.destroy().catch(() => undefined);
      await remove();
    },
  };
}

/** One real bot process (`npm start`'s entry point), its log lines kept for the bench to read. */
export interface BotRun {
  child: ChildProcess;
  spawnedAt: number;
  /** When it logged "ready" (undefined until then). */
  readyAt: number | undefined;
  /** Warnings and errors it logged, by event name. */
  problems: Map<string, number>;
  exited: Promise<void>;
}

export function spawnBot(env: Record<string, string>): BotRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: BotRun = {
    child,
    spawnedAt: Date.now(),
    readyAt: undefined,
    problems: new Map(),
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  let pending = '';
  const read = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) {
        if (line.trim()) {
          const name = `stderr:${line.trim().slice(0, 80)}`;
          run.problems.set(name, (run.problems.get(name) ?? 0) + 1);
        }
        continue;
      }
      try {
        const { level, event } = JSON.parse(line) as { level?: string; event?: string };
        if (event === 'ready') run.readyAt ??= Date.now();
        if (level === 'warn' || level === 'error') {
          const name = `${level}:${event ?? '?'}`;
          run.problems.set(name, (run.problems.get(name) ?? 0) + 1);
        }
      } catch {
        run.problems.set('unparsed', (run.problems.get('unparsed') ?? 0) + 1);
      }
    }
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  return run;
}

/** SIGTERM, then SIGKILL if the process has not ended within `graceMs`. */
export async function stopBot(run: BotRun, graceMs = 10_000): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  run.child.kill('SIGTERM');
  const timer = setTimeout(() => run.child.kill('SIGKILL'), graceMs);
  await run.exited;
  clearTimeout(timer);
}

export async function until(condition: () => boolean, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return true;
}

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc. */
export function memoryOf(pid: number): { rss_mb: number; peak_rss_mb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss_mb: Number((kb('VmRSS') / 1024).toFixed(1)), peak_rss_mb: Number((kb('VmHWM') / 1024).toFixed(1)) };
}

/** CPU time (user + system) a live process has used so far, in seconds; 0 once it is gone. */
export function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The largest number of `times` (ms, sorted) in any window of `windowMs`. */
export function busiestWindow(times: readonly number[], windowMs = 1000): number {
  let best = 0;
  for (let start = 0, end = 0; end < times.length; end += 1) {
    while (times[end]! - times[start]! >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export interface ProxyRun {
  url: string;
  stop(): Promise<void>;
}

/** `npm run proxy` as its own process, as in production: its pacer's timers share no event loop with the simulator's. */
export async function spawnProxy(upstream: string): Promise<ProxyRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PROXY_PORT: '0', PROXY_UPSTREAM_URL: upstream, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening =
        /"url":"([^"]+)"[^\n]*"event":"proxy.listening"|"event":"proxy.listening"[^\n]*"url":"([^"]+)"/.exec(output);
      if (listening) resolve((listening[1] ?? listening[2])!);
    });
    child.once('exit', () => reject(new Error(`the proxy exited:\n${output}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
