import type { ConfigError } from './config.ts';
import { createLogger, type Logger } from './log.ts';

/**
 * How `npm start`, `npm run start:shards` and `npm run deploy-commands` end, so that a
 * supervisor can tell a failure that a restart cures from one that needs a person (systemd's
 * `RestartPreventExitStatus=`). The numbers are sysexits.h's where one fits; README "Exit codes".
 */
export const ExitCode = {
  /** Stopped cleanly on SIGTERM or SIGINT (deploy-commands: the commands are registered). */
  Ok: 0,
  /** Anything unexpected (a bug, a crash): the log line has the details. A restart may help. */
  Failure: 1,
  /** EX_DATAERR: the database cannot be brought up to date (a migration failed, it was migrated by a newer version, it is not a database); it is left as it was. */
  Database: 65,
  /** EX_UNAVAILABLE: the database or Discord could not be reached (or was busy) at start-up. A restart helps. */
  Unavailable: 69,
  /** EX_SOFTWARE: a stop that did not finish within the deadline, or a second signal: exited anyway. */
  ForcedStop: 70,
  /** EX_NOPERM: Discord refused the bot token. */
  TokenRefused: 77,
  /** EX_CONFIG: the configuration is wrong (a variable, the database's URL, name or password, the shards or intents Discord refuses: gateway 4010–4014, an HTTP_PORT taken). */
  Config: 78,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The codes a restart cannot cure (a person has to act): README's unit lists them in
 * `RestartPreventExitStatus=`, and start:shards stops every shard when one exits with one.
 */
export const NO_RESTART: readonly ExitCode[] = [ExitCode.Database, ExitCode.TokenRefused, ExitCode.Config];

/** An expected start-up failure: its message is the one line a person reads; it ends the process with `exitCode`. */
export class StartupError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/**
 * The configuration's problems, one line each on stderr (values are never echoed), the
 * structured log line unless `log` is null (a one-off command), and exit code 78.
 */
export function exitOnConfigError(error: ConfigError, log: Logger | null = createLogger('info')): never {
  const lines = error.problems.map(
    (problem) => `Configuration error: ${problem}; see .env.example (exit code ${ExitCode.Config})`,
  );
  process.stderr.write(`${lines.join('\n')}\n`);
  log?.error('startup.failed', { exitCode: ExitCode.Config, problems: error.problems });
  process.exit(ExitCode.Config);
}
