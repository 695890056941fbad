import { DiscordjsErrorCodes, Events, type Client } from 'discord.js';
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

/** Connection failures a restart may cure: nothing listens, no route, no name, a server starting up or full. */
const UNREACHABLE = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  '57P03', // PostgreSQL: cannot connect now (starting up)
  '53300', // PostgreSQL: too many connections
  'SQLITE_BUSY',
];
/** PostgreSQL: no such database, bad password or user; SQLite or the OS: the file cannot be opened or written. */
const MISCONFIGURED = [
  '3D000',
  '28P01',
  '28000',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_PERM',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What opening or migrating the database failed of, for the supervisor: unreachable (69, a
 * restart helps), misconfigured (78), or a database this version cannot bring up to date (65).
 * Never the URL itself: it may hold a password. While `opening` the SQLite file, any file-system
 * error (a folder that cannot be made) is the setup's; while `migrating`, ENOENT is PostgreSQL's
 * socket file not there yet.
 */
export function databaseStartupError(error: unknown, stage: 'opening' | 'migrating' = 'migrating'): StartupError {
  const codes = codesOf(error);
  const reason = messageOf(error);
  const unreachable = codes.find((code) => UNREACHABLE.includes(code) || (stage === 'migrating' && code === 'ENOENT'));
  if (unreachable)
    return new StartupError(
      ExitCode.Unavailable,
      `The database could not be reached (${unreachable}): is it running? Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  const fileSystem = stage === 'opening' && codes.some((code) => /^E[A-Z]+$/.test(code));
  if (fileSystem || codes.some((code) => MISCONFIGURED.includes(code)))
    return new StartupError(
      ExitCode.Config,
      `The database named by DATABASE_URL cannot be used: ${reason}. Check the name, the user and password, or the folder's permissions.`,
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

/** Discord's answer to logging in: the token refused (77), Discord out of reach (69), or as it came. */
export function discordStartupError(error: unknown): unknown {
  const codes = codesOf(error);
  if (codes.includes(DiscordjsErrorCodes.TokenInvalid) || codes.includes('401'))
    return new StartupError(
      ExitCode.TokenRefused,
      "Discord refused the bot token: copy the current token from the Developer Portal's Bot page into DISCORD_TOKEN.",
      { cause: error },
    );
  const unreachable = codes.find((code) => UNREACHABLE.includes(code) || /^5\d\d$/.test(code));
  if (unreachable)
    return new StartupError(
      ExitCode.Unavailable,
      `Discord could not be reached (${unreachable}). Exiting so that a supervisor starts the bot again.`,
      { cause: error },
    );
  return error;
}

/** Gateway close codes after which discord.js gives up (and 'ready' never comes). */
function gatewayRefusal(code: number): StartupError {
  if (code === 4004) return discordStartupError({ code: DiscordjsErrorCodes.TokenInvalid }) as StartupError;
  if (code === 4014)
    return new StartupError(
      ExitCode.Config,
      'Discord refused the Server Members intent: enable it in the Developer Portal (Bot, Privileged Gateway Intents) or set DISCORD_MEMBER_EVENTS=false.',
    );
  return new StartupError(ExitCode.Failure, `Discord closed the gateway for good (close code ${code}).`);
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
