import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { z } from 'zod';
import { ConfigError, loadDotEnv, parseConfig } from './config.ts';
import { ExitCode, exitOnConfigError, NO_RESTART, StartupError } from './exit-codes.ts';
import { createLogger } from './log.ts';
import { discordStartupError } from './startup-errors.ts';

/**
 * `npm run start:shards`: discord.js's ShardingManager runs one bot process per shard (the
 * same `src/main.ts` as `npm start`), restarts one that dies, and stops them all on SIGTERM.
 * SHARD_COUNT is the bot's total ('auto': what Discord recommends); SHARD_IDS the shards this
 * machine runs ("0-3", "4,5"), so several machines share one bot with one fixed SHARD_COUNT.
 */
const shardSchema = z.object({
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], {
      error: 'must be auto or a whole number from 1',
    })
    .default('auto'),
  SHARD_IDS: z
    .string()
    .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'must list shard ids such as 0-3 or 0,2,4')
    .optional(),
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).default(5_500),
});

export function parseShardIds(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    return Array.from({ length: Math.max(0, (to ?? from) - from + 1) }, (_, i) => from + i);
  });
}

function readConfig() {
  loadDotEnv();
  const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  try {
    const bot = parseConfig(env);
    const shards = shardSchema.safeParse(env);
    if (!shards.success)
      throw new ConfigError(shards.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
    return { bot, shards: shards.data };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    exitOnConfigError(error);
  }
}

const { bot, shards } = readConfig();
const log = createLogger(bot.LOG_LEVEL, undefined, { secrets: [bot.DISCORD_TOKEN] });

/** Discord's recommendation, asked of DISCORD_API_URL when set (discord.js's own helper asks Discord). */
async function recommendedShardCount(): Promise<number> {
  const rest = new REST(bot.DISCORD_API_URL ? { api: bot.DISCORD_API_URL } : {}).setToken(bot.DISCORD_TOKEN);
  try {
    const { shards: count } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return count;
  } catch (error) {
    const failure = discordStartupError(error);
    if (!(failure instanceof StartupError)) throw error;
    process.stderr.write(`${failure.message} (exit code ${failure.exitCode})\n`);
    log.error('startup.failed', { exitCode: failure.exitCode, problem: failure.message });
    process.exit(failure.exitCode);
  }
}

if (shards.SHARD_COUNT === 'auto' && shards.SHARD_IDS) {
  // Machines asking Discord separately may hear different counts, and leave guilds to no shard.
  exitOnConfigError(new ConfigError(['SHARD_IDS needs a fixed SHARD_COUNT, the same on every machine']), log);
}
const totalShards = shards.SHARD_COUNT === 'auto' ? await recommendedShardCount() : shards.SHARD_COUNT;
const shardList = shards.SHARD_IDS ? parseShardIds(shards.SHARD_IDS) : 'auto';
if (shardList !== 'auto' && shardList.some((id) => id >= totalShards)) {
  exitOnConfigError(new ConfigError([`SHARD_IDS names a shard at or beyond SHARD_COUNT (${totalShards})`]), log);
}
const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  token: bot.DISCORD_TOKEN,
  totalShards,
  shardList,
  mode: 'process',
  respawn: true,
  execArgv: ['--import', 'tsx'],
});
let stopping = false;
/** A shard's exit code that another start cannot cure: the manager stops the others and exits with it. */
let finalCode: number | undefined;
/** The last code a shard exited with on its own (not stopped by the manager): start-up's failure if spawning fails. */
let lastDeathCode: number | undefined;
/** Each shard stops within its own deadline (8 s, see main.ts); past this one they are killed. */
const STOP_DEADLINE_MS = 9_500;

/** A shard whose restart failed is tried again after this pause, for as long as the manager runs. */
const RESPAWN_RETRY_MS = 10_000;
manager.on('shardCreate', (shard) => {
  log.info('shard.spawned', { shard: shard.id, of: totalShards });
  // A shard that dies before it is ready (its respawn too) emits 'error': without a listener the
  // manager would crash and leave the other shards running unsupervised.
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    if (!stopping) lastDeathCode = code ?? ExitCode.Failure;
    if (stopping || code === null || !(NO_RESTART as readonly number[]).includes(code)) return;
    finalCode = code;
    log.error('shard.refused', { shard: shard.id, exitCode: code });
    // After discord.js has started the restart it had decided on, so that one is stopped too.
    setImmediate(stop('shard refused', code));
  });
  shard.on('error', (error) => {
    log.error('shard.failed', { shard: shard.id, err: error });
    if (stopping) return;
    setTimeout(() => {
      if (!stopping) shard.respawn({ timeout: 60_000 }).catch((err: unknown) => shard.emit('error', err));
    }, RESPAWN_RETRY_MS);
  });
});

/**
 * Stops every shard (each finishes its work on SIGTERM, see main.ts) and exits: 0 when all
 * stopped cleanly, else the first shard's code, or the code of a shard that cannot start.
 * A second signal is passed on (each shard then exits at once).
 */
const stop =
  (signal: string, exitCode: number = ExitCode.Ok) =>
  () => {
    if (stopping) {
      if (signal === 'SIGTERM' || signal === 'SIGINT')
        for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
      return;
    }
    stopping = true;
    log.info('shutdown', { signal });
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<number | null>((resolve) =>
          shard.process ? shard.process.once('exit', (code) => resolve(code)) : resolve(0),
        ),
    );
    setTimeout(() => {
      log.error('shutdown.forced', { signal, reason: 'deadline', deadlineMs: STOP_DEADLINE_MS });
      for (const shard of manager.shards.values()) shard.process?.kill('SIGKILL');
      process.exit(ExitCode.ForcedStop);
    }, STOP_DEADLINE_MS);
    Promise.all(exits).then(
      // A shard killed by a signal (code null) did not stop cleanly either.
      (codes) =>
        process.exit(
          finalCode ?? (exitCode || codes.map((code) => code ?? ExitCode.Failure).find((code) => code !== 0) || 0),
        ),
      () => process.exit(ExitCode.Failure),
    );
  };
process.on('SIGTERM', stop('SIGTERM'));
process.on('SIGINT', stop('SIGINT'));

try {
  await manager.spawn({ amount: totalShards, delay: shards.SHARD_SPAWN_DELAY_MS, timeout: 60_000 });
  log.info('shards.ready', { shards: shardList === 'auto' ? totalShards : shardList.length, of: totalShards });
} catch (error) {
  // Start-up failed (a shard died before it was ready): stop the others rather than leave them
  // without a manager; the supervisor starts the whole set again.
  // The code is the failed shard's (69: unreachable, restart; see README "Exit codes").
  log.error('shards.start_failed', { err: error, exitCode: lastDeathCode });
  stop('start-up failure', lastDeathCode || ExitCode.Failure)();
}
