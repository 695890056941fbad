import { startApp, type App } from './app.ts';
import { ShiftedClock, systemClock, type Clock } from './clock.ts';
import { ConfigError, loadDotEnv, parseConfig, type Config } from './config.ts';
import { ExitCode, exitOnConfigError, StartupError } from './exit-codes.ts';
import { createLogger } from './log.ts';
import { watchGatewayRefusal } from './startup-errors.ts';

/**
 * A stop still running after this is given up (exit code 70): the bot promises to be gone
 * within 10 s of SIGTERM, and a supervisor's own kill (systemd's TimeoutStopSec) comes later.
 */
const STOP_DEADLINE_MS = 8_000;

function readConfig(): Config {
  loadDotEnv();
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    exitOnConfigError(error);
  }
}

/** Tests only: TEST_CLOCK_START moves the bot's clock to that instant, shared with the test's simulated Discord. */
function readClock(): Clock {
  const start = process.env.TEST_CLOCK_START;
  if (!start) return systemClock;
  if (Number.isNaN(Date.parse(start))) throw new Error('TEST_CLOCK_START must be an ISO date');
  return new ShiftedClock(new Date(start));
}

const config = readConfig();
const clock = readClock();
// The token is also scrubbed from any line it would appear in, whatever field carried it.
const log = createLogger(config.LOG_LEVEL, undefined, { secrets: [config.DISCORD_TOKEN] });
// As the logger does: a placeholder shorter than a real token would garble every line.
const scrub = (text: string) =>
  config.DISCORD_TOKEN.length < 8 ? text : text.split(config.DISCORD_TOKEN).join('[redacted]');
let app: Promise<App | null> = Promise.resolve(null);
/** The signal that started the stop, and when. */
let stopping: { signal: NodeJS.Signals; at: number } | undefined;
/**
 * The same signal again within this is the same request, not a second one: systemd's default
 * KillMode=control-group signals every process of the unit, and start:shards's manager passes
 * its own signal on too, so a shard hears one SIGTERM twice.
 */
const SAME_REQUEST_MS = 1_000;

/** One line for a person on stderr, one structured line in the log, and the code for the supervisor. */
function exitAfter(exitCode: ExitCode, line: string, event: string, fields: Record<string, unknown>): never {
  process.stderr.write(`${scrub(line)} (exit code ${exitCode})\n`);
  log.error(event, { exitCode, ...fields });
  process.exit(exitCode);
}

function startupFailed(error: unknown): never {
  if (error instanceof StartupError) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    exitAfter(error.exitCode, error.message, 'startup.failed', { problem: error.message, cause });
  }
  const message = error instanceof Error ? error.message : String(error);
  exitAfter(ExitCode.Failure, `Start-up failed: ${message}; the log has the details.`, 'startup.failed', {
    err: error,
  });
}

/**
 * Finishes the tick and the effects in flight, closes the gateway and the database, exits 0.
 * A signal during start-up lets start-up finish first. A stop still running at the deadline,
 * or a second signal (a later or a different one), exits at once with 70: whatever was cut short is in the database's
 * outbox and is carried out after the restart.
 */
function shutdown(signal: NodeJS.Signals): void {
  if (stopping?.signal === signal && performance.now() - stopping.at < SAME_REQUEST_MS) {
    log.info('shutdown.repeated', { signal });
    return;
  }
  if (stopping)
    exitAfter(ExitCode.ForcedStop, `Second ${signal}: exiting at once.`, 'shutdown.forced', {
      signal,
      reason: 'second signal',
    });
  stopping = { signal, at: performance.now() };
  log.info('shutdown', { signal, deadlineMs: STOP_DEADLINE_MS });
  setTimeout(
    () =>
      exitAfter(
        ExitCode.ForcedStop,
        `The stop did not finish within ${STOP_DEADLINE_MS / 1000} s: exiting anyway.`,
        'shutdown.forced',
        { signal, reason: 'deadline', deadlineMs: STOP_DEADLINE_MS },
      ),
    STOP_DEADLINE_MS,
  );
  app
    .then((started) => started?.stop())
    .then(
      () => process.exit(ExitCode.Ok),
      (error: unknown) => {
        log.error('shutdown.failed', { err: error });
        process.exit(ExitCode.Failure);
      },
    );
}

// Listening before start-up: a signal during start-up is handled too.
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
// A stray failure is logged, not fatal: the database stays the record and the next tick resumes.
process.on('unhandledRejection', (reason) => log.error('unhandled_rejection', { err: reason }));

app = startApp(config, { clock, log }).then((started) => {
  // A gateway Discord closes for good later on (the token reset: 4004) ends the bot with its code.
  watchGatewayRefusal(started.client, (refusal) => {
    if (stopping) return;
    exitAfter(refusal.exitCode, refusal.message, 'gateway.refused', { problem: refusal.message });
  });
  return started;
}, startupFailed);
