import { pino, stdSerializers, stdTimeFunctions, type DestinationStream } from 'pino';

/**
 * Structured logs: one JSON object per line on stdout, written by pino.
 * `{"level":"info","time":"<ISO>",<bindings>,<fields>,"event":"ready"}`: the event is pino's
 * message, printed under `event`. Never pass message content or secrets; errors go under `err`
 * (type, message, stack, cause, status and code; never the request body discord.js keeps).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** The app's logger: `log.info('event', fields)`, and `child` for a logger whose lines also carry some ids. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Every line of the child also carries these bindings: ids and names, never content. */
  child(bindings: LogFields): Logger;
}

export interface LogOptions {
  /** Strings never to print, such as the bot token: replaced wherever they appear in a line. */
  secrets?: readonly string[];
}

const REDACTED = '[redacted]';

/** Fields named like a credential are censored wherever they are passed. */
const redactPaths = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * pino's error serializer (stack and causes kept), without `requestBody`: discord.js errors
 * keep the JSON they sent, which can hold message content.
 */
export function serializeError(value: unknown): unknown {
  return withoutBodies(stdSerializers.err(value as Error));
}

function withoutBodies(serialized: unknown): unknown {
  if (serialized === null || typeof serialized !== 'object') return serialized;
  const record = serialized as { requestBody?: unknown; aggregateErrors?: unknown[] };
  delete record.requestBody;
  record.aggregateErrors?.forEach(withoutBodies);
  return serialized;
}

function adapt(logger: pino.Logger): Logger {
  return {
    debug: (event, fields) => logger.debug(fields ?? {}, event),
    info: (event, fields) => logger.info(fields ?? {}, event),
    warn: (event, fields) => logger.warn(fields ?? {}, event),
    error: (event, fields) => logger.error(fields ?? {}, event),
    child: (bindings) => adapt(logger.child(bindings)),
  };
}

/**
 * An interaction's token in a route (an answer's or a follow-up's URL in an error): it lets
 * anyone answer as the bot for 15 minutes.
 */
const INTERACTION_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"?]+/g;

/**
 * The logger, at `level` and above. Lines go to stdout, synchronously (a line logged just
 * before `process.exit` is not lost), or to `write` (one line, without its newline).
 */
export function createLogger(level: LogLevel, write?: (line: string) => void, options: LogOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const scrub = (line: string) =>
    secrets
      .reduce((text, secret) => (text.includes(secret) ? text.split(secret).join(REDACTED) : text), line)
      .replace(INTERACTION_TOKEN, `$1${REDACTED}`);
  const sink = write ? (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) : stdoutSink();
  const stream: DestinationStream = { write: (chunk: string) => sink(scrub(chunk)) };
  return adapt(
    pino(
      {
        level,
        base: undefined,
        messageKey: 'event',
        timestamp: stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        serializers: { err: serializeError, error: serializeError },
        redact: { paths: redactPaths, censor: REDACTED },
      },
      stream,
    ),
  );
}

function stdoutSink(): (chunk: string) => void {
  const stdout = pino.destination({ dest: 1, sync: true });
  return (chunk) => stdout.write(chunk);
}

const silent = () => undefined;
export const silentLogger: Logger = {
  debug: silent,
  info: silent,
  warn: silent,
  error: silent,
  child: () => silentLogger,
};
