import { startApp, type App } from './app.ts';
import { ShiftedClock, systemClock, type Clock } from './clock.ts';
import { ConfigError, loadDotEnv, parseConfig, type Config } from './config.ts';
import { createLogger } from './log.ts';

function readConfig(): Config {
  loadDotEnv();
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(1);
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
let app: Promise<App | null> = Promise.resolve(null);
let stopping = false;

// Listening before start-up: a signal during start-up still stops cleanly once it is done.
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info('shutdown', { signal });
  await (await app)?.stop();
  process.exit(0);
};
// A stray failure is logged, not fatal: the database stays the record and the next tick resumes.
process.on('unhandledRejection', (reason) => log.error('unhandled_rejection', { err: reason }));
const onSignal = (signal: string) => () => {
  shutdown(signal).catch((error: unknown) => {
    log.error('shutdown.failed', { err: error });
    process.exit(1);
  });
};
process.on('SIGTERM', onSignal('SIGTERM'));
process.on('SIGINT', onSignal('SIGINT'));

app = startApp(config, { clock, log }).catch((error: unknown) => {
  log.error('startup.failed', { err: error });
  process.exit(1);
});
