import { DiscordjsErrorCodes, Events, type Client } from 'discord.js';
import { DatabaseBusyError } from './db/busy-wait.ts';
import { ExitCode, StartupError } from './exit-codes.ts';

/** Codes (errno, SQLSTATE, SQLite, HTTP status) along an error's causes, for naming what failed. */
function codesOf(error: unknown, seen = new Set<unknown>()): string[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const { code, status, cause, errors } = error as {
    code?: unknown;
    status?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  return [
    ...[code, status].filter((value) => value !== undefined).map(String),
    ...codesOf(cause, seen),
    ...(Array.isArray(errors) ? errors.flatMap((inner) => codesOf(inner, seen)) : []),
  ];
}

/** Connection failures a restart may cure: nothing listens, no route, no name, a server starting up, full or busy. */
const UNREACHABLE = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  '57P01', // PostgreSQL: terminating connection due to administrator command (a restart, a failover)
  '57P02', // PostgreSQL: crash shutdown
  '57P03', // PostgreSQL: cannot connect now (starting up)
  '53300', // PostgreSQL: too many connections
];
/** Another process holds what start-up needs: lock_timeout (a pg_dump holding a table a migration alters), a lost race. */
const BUSY = ['55P03', '40001', '40P01'];
/** PostgreSQL: no such database, bad password or user; SQLite or the OS: the file cannot be opened or written; a malformed URL. */
const MISCONFIGURED = ['3D000', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ERR_INVALID_URL'];
const SQLITE_MISCONFIGURED = ['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM'];

const isUnreachable = (code: string) => UNREACHABLE.includes(code) || /^08[0-9A-Z]{3}$/.test(code); // PostgreSQL class 08, connection exception (PgBouncer's 08P01)
/** SQLite's codes are matched with their extended ones (SQLITE_BUSY_RECOVERY, SQLITE_READONLY_DIRECTORY). */
const isBusy = (code: string) => BUSY.includes(code) || code.startsWith('SQLITE_BUSY');
const isMisconfigured = (code: string) =>
  MISCONFIGURED.includes(code) ||
  /^28[0-9A-Z]{3}$/.test(code) || // PostgreSQL class 28, invalid authorization
  SQLITE_MISCONFIGURED.some((primary) => code.startsWith(primary));

/** Errors along the causes, for what has no code: node-postgres's lost connection, a busy database. */
function chainOf(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  return [
    error,
    ...chainOf(cause, seen),
    ...(Array.isArray(errors) ? errors.flatMap((inner) => chainOf(inner, seen)) : []),
  ];
}

/** node-postgres's lost or timed-out connection, which has no code. */
const connectionLost = (error: unknown) =>
  chainOf(error).some(
    (link) =>
      link instanceof Error && /Connection terminated|timeout exceeded when trying to connect/i.test(link.message),
  );

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What opening or migrating the database failed of, for the supervisor: unreachable or busy
 * (69, a restart helps), misconfigured (78), or a database this version cannot bring up to date
 * (65). Before the database answered a first query (MigrationError's stage 'connecting'),
 * anything but a malformed URL, a refused login or a missing database is taken as unreachable; 65 is only for a
 * migration's own failure, a migration this version does not know, or a file that is not a
 * database. Never the URL itself: it may hold a password. While `opening` the SQLite file, any
 * file-system error (a folder that cannot be made) is the setup's; later, ENOENT is PostgreSQL's
 * socket file not there yet.
 */
export function databaseStartupError(error: unknown, stage: 'opening' | 'migrating' = 'migrating'): StartupError {
  const codes = codesOf(error);
  const reason = messageOf(error);
  const busy = codes.find(isBusy) ?? (chainOf(error).some((link) => link instanceof DatabaseBusyError) && 'busy');
  if (busy)
    return new StartupError(
      ExitCode.Unavailable,
      `The database is busy (${busy}): another process (a backup?) holds a lock start-up needs. Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  const unreachable =
    codes.find((code) => isUnreachable(code) || (stage === 'migrating' && code === 'ENOENT')) ??
    (connectionLost(error) ? 'connection lost' : undefined);
  if (unreachable)
    return new StartupError(
      ExitCode.Unavailable,
      `The database could not be reached (${unreachable}): is it running? Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  const fileSystem = stage === 'opening' && codes.some((code) => /^E[A-Z]+$/.test(code));
  if (fileSystem || codes.some(isMisconfigured))
    return new StartupError(
      ExitCode.Config,
      `The database named by DATABASE_URL cannot be used: ${reason}. Check the URL, the name, the user and password, or the folder's permissions.`,
      { cause: error },
    );
  const notADatabase = codes.some((code) => code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'));
  // MigrationError's stage (not imported: deploy-commands uses this file and needs no migrations).
  if (!notADatabase && (error as { stage?: unknown } | null)?.stage === 'connecting')
    return new StartupError(
      ExitCode.Unavailable,
      `The database could not be reached (${reason}). Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  const newer = /previously executed migration (\S+) is missing/.exec(reason);
  const why = newer
    ? `it records migration ${newer[1]}, which this version does not know (was it used by a newer version of the bot?)`
    : reason;
  return new StartupError(
    ExitCode.Database,
    `The database cannot be brought up to date: ${why}. It was left as it was.`,
    { cause: error },
  );
}

/** undici's refusal of a token holding a character a header cannot carry (not Latin-1): no request was sent. */
const unsendableToken = (error: unknown) =>
  chainOf(error).some((link) => link instanceof Error && /invalid Authorization header/i.test(link.message));
/** @discordjs/rest's timeout (its AbortSignal): Discord did not answer in time. */
const timedOut = (error: unknown) => chainOf(error).some((link) => (link as { name?: unknown }).name === 'AbortError');

/** Discord's answer to logging in: the token refused (77), Discord out of reach (69), or as it came. */
export function discordStartupError(error: unknown): unknown {
  const codes = codesOf(error);
  if (codes.includes(DiscordjsErrorCodes.TokenInvalid) || codes.includes('401') || unsendableToken(error))
    return new StartupError(
      ExitCode.TokenRefused,
      "Discord refused the bot token: copy the current token from the Developer Portal's Bot page into DISCORD_TOKEN.",
      { cause: error },
    );
  const unreachable =
    codes.find((code) => UNREACHABLE.includes(code) || /^5\d\d$/.test(code)) ??
    (timedOut(error) ? 'timed out' : undefined);
  if (unreachable)
    return new StartupError(
      ExitCode.Unavailable,
      `Discord could not be reached (${unreachable}). Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  return error;
}

/** Gateway close codes after which discord.js gives up: a person has to act, a restart would only spend IDENTIFYs. */
const GATEWAY_CONFIG_PROBLEMS: Record<number, string> = {
  4010: 'Discord refused the shard: SHARD_COUNT or SHARD_IDS does not fit (close code 4010, invalid shard).',
  4011: 'Discord requires more shards for this many servers: run npm run start:shards (close code 4011, sharding required).',
  4012: 'Discord refused the gateway version this discord.js speaks: update the bot (close code 4012).',
  4013: 'Discord refused the intents asked for (close code 4013, invalid intents): update the bot.',
  4014: 'Discord refused the Server Members intent: enable it in the Developer Portal (Bot, Privileged Gateway Intents) or set DISCORD_MEMBER_EVENTS=false.',
};

/** The close codes `gatewayRefusal` knows: the gateway is closed for good. */
export const isGatewayRefusal = (code: number) => code === 4004 || code in GATEWAY_CONFIG_PROBLEMS;

/** What a gateway closed for good means for the supervisor: the token refused (77), a configuration to fix (78). */
export function gatewayRefusal(code: number): StartupError {
  if (code === 4004) return discordStartupError({ code: DiscordjsErrorCodes.TokenInvalid }) as StartupError;
  const problem = GATEWAY_CONFIG_PROBLEMS[code];
  if (problem) return new StartupError(ExitCode.Config, problem);
  return new StartupError(ExitCode.Failure, `Discord closed the gateway for good (close code ${code}).`);
}

/**
 * After 'ready': a gateway Discord closes for good (the token reset: 4004) leaves a bot that
 * looks alive and hears nothing. `onRefused` is told, so the process can exit with the code a
 * supervisor understands. Returns the function that stops watching.
 */
export function watchGatewayRefusal(client: Client, onRefused: (refusal: StartupError) => void): () => void {
  const onDisconnect = (event: { code: number }) => {
    if (isGatewayRefusal(event.code)) onRefused(gatewayRefusal(event.code));
  };
  client.on(Events.ShardDisconnect, onDisconnect);
  return () => client.off(Events.ShardDisconnect, onDisconnect);
}

/**
 * Logs in and waits for 'ready'. A refused token, or a gateway closed for good before 'ready'
 * (which would otherwise leave start-up waiting for ever), fails with a StartupError.
 */
export async function logIn(client: Client, token: string): Promise<void> {
  let onReady = () => {};
  let onDisconnect = (_event: { code: number }) => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onDisconnect = (event) => reject(gatewayRefusal(event.code));
  });
  client.once(Events.ClientReady, onReady);
  client.on(Events.ShardDisconnect, onDisconnect);
  try {
    await Promise.race([
      client.login(token).catch((error: unknown) => {
        throw discordStartupError(error);
      }),
      ready,
    ]);
    await ready;
  } finally {
    client.off(Events.ClientReady, onReady);
    client.off(Events.ShardDisconnect, onDisconnect);
  }
}
