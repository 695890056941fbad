import { spawn, type ChildProcess } from 'node:child_process';
import type { Kysely } from 'kysely';
import { ShiftedClock } from '../../src/clock.ts';
import { connect } from '../../src/db/connect.ts';
import type { DB } from '../../src/db/schema.ts';
import type { World } from './harness.ts';

export interface BotProcess {
  child: ChildProcess;
  /** SIGKILL: the process ends wherever it is, nothing more is sent or recorded. */
  kill(): Promise<void>;
  /** SIGTERM, and the clean shutdown it asks for. */
  stop(): Promise<void>;
  output(): string;
}

/**
 * The real bot (`npm start`'s entry point) as its own process, on the world's database and
 * simulated Discord, with its clock starting at `at`. The simulator's clock is moved to the
 * same instant and runs beside it, so "an hour later" is an hour for both.
 */
export async function startBotProcess(world: World, at: Date, env: Record<string, string> = {}): Promise<BotProcess> {
  world.sim.clock = new ShiftedClock(at);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: world.sim.token,
      DISCORD_API_URL: world.sim.apiUrl,
      DATABASE_URL: world.databaseUrl,
      LOG_LEVEL: 'info',
      TEST_CLOCK_START: at.toISOString(),
      ...env,
    },
    cwd: process.cwd(),
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not start:\n${output}`)), 20_000);
    const watch = () => {
      if (!output.includes('"event":"ready"')) return;
      clearTimeout(timer);
      child.stdout?.off('data', watch);
      resolve();
    };
    child.stdout?.on('data', watch);
    child.once('exit', () => reject(new Error(`the bot exited:\n${output}`)));
  });
  return {
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    output: () => output,
  };
}

/** A connection of the test's own to the bot's database, to watch what the process does. */
export function watchDatabase(world: World): Kysely<DB> {
  return connect(world.databaseUrl, { poolSize: 2 });
}

/** Waits until the outbox has nothing left to do (or the time is up). */
export async function outboxDrained(db: Kysely<DB>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute();
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending.length} effects still pending`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
