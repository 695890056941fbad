import { startApp } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadDotEnv, parseConfig } from './config.ts';
import { MigrationError } from './db/migrate.ts';
import { createLogger } from './log.ts';

async function main(): Promise<void> {
  loadDotEnv();
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  let app;
  try {
    app = await startApp(config, { clock: systemClock, log });
  } catch (error) {
    const message = error instanceof MigrationError ? error.message : `could not start: ${error instanceof Error ? error.message : String(error)}`;
    log.error('startup.failed', { error: message });
    process.exit(1);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal });
    await app.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

await main();
