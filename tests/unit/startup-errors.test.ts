import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { DiscordjsErrorCodes, Events, REST, type Client } from 'discord.js';
import { expect, test } from 'vitest';
import { DatabaseBusyError } from '../../src/db/busy-wait.ts';
import { MigrationError } from '../../src/db/migrate.ts';
import { ExitCode, StartupError } from '../../src/exit-codes.ts';
import { databaseStartupError, discordStartupError, logIn, watchGatewayRefusal } from '../../src/startup-errors.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const wrapped = (cause: Error) => new MigrationError(`migrating failed: ${cause.message}`, { cause });

test('a database nothing answers for is 69 (a restart helps), whatever wraps the connection error', () => {
  const refused = new AggregateError([withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')], '');
  expect(databaseStartupError(wrapped(refused)).exitCode).toBe(ExitCode.Unavailable);
  expect(databaseStartupError(wrapped(withCode('the database system is starting up', '57P03'))).exitCode).toBe(
    ExitCode.Unavailable,
  );
});

test('a missing database, a wrong password or a file the bot may not write is a configuration error, 78', () => {
  for (const code of ['3D000', '28P01', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'])
    expect(databaseStartupError(wrapped(withCode('refused', code))).exitCode).toBe(ExitCode.Config);
});

test('any other migration failure is 65, and a downgrade is named as one', () => {
  const failed = databaseStartupError(new MigrationError('migration 0004_reports failed: table exists'));
  expect(failed.exitCode).toBe(ExitCode.Database);
  expect(failed.message).toContain('migration 0004_reports failed: table exists');
  const newer = databaseStartupError(
    new MigrationError('migrating failed: corrupted migrations: previously executed migration 0099_x is missing'),
  );
  expect(newer.message).toContain('it records migration 0099_x, which this version does not know');
});

test("Discord's refusals: a bad token is 77, an unreachable Discord 69, anything else is passed on", () => {
  const invalid = Object.assign(new Error('An invalid token was provided.'), {
    code: DiscordjsErrorCodes.TokenInvalid,
  });
  expect((discordStartupError(invalid) as StartupError).exitCode).toBe(ExitCode.TokenRefused);
  expect((discordStartupError({ status: 401 }) as StartupError).exitCode).toBe(ExitCode.TokenRefused);
  const down = new Error('fetch failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') });
  expect((discordStartupError(down) as StartupError).exitCode).toBe(ExitCode.Unavailable);
  const other = new Error('something else');
  expect(discordStartupError(other)).toBe(other);
});

/** A client whose login succeeds and whose gateway then closes with `code` before 'ready'. */
function closingClient(code: number): Client {
  const client = new EventEmitter() as unknown as Client & EventEmitter;
  (client as any).login = async () => {
    setTimeout(() => client.emit(Events.ShardDisconnect, { code }, 0), 5);
    return 'token';
  };
  return client;
}

test('a gateway closed for good before ready fails start-up instead of waiting for ever', async () => {
  await expect(logIn(closingClient(4014), 't')).rejects.toMatchObject({ exitCode: ExitCode.Config });
  await expect(logIn(closingClient(4004), 't')).rejects.toMatchObject({ exitCode: ExitCode.TokenRefused });
});

test('ready after login resolves, and leaves no listener behind', async () => {
  const client = new EventEmitter() as unknown as Client & EventEmitter;
  (client as any).login = async () => {
    setTimeout(() => client.emit(Events.ClientReady, client), 5);
    return 'token';
  };
  await logIn(client, 't');
  expect(client.listenerCount(Events.ShardDisconnect)).toBe(0);
  expect(client.listenerCount(Events.ClientReady)).toBe(0);
});

test('a folder for the SQLite file that cannot be made is a configuration error; a missing PostgreSQL socket is a server not up yet', () => {
  const mkdir = withCode("ENOENT: no such file or directory, mkdir '/srv/bot/data'", 'ENOENT');
  expect(databaseStartupError(mkdir, 'opening').exitCode).toBe(ExitCode.Config);
  expect(
    databaseStartupError(wrapped(withCode('connect ENOENT /run/postgresql/.s.PGSQL.5432', 'ENOENT'))).exitCode,
  ).toBe(ExitCode.Unavailable);
});

const connecting = (cause: Error) =>
  new MigrationError(`connecting failed: ${cause.message}`, { cause, stage: 'connecting' });

test('before the database answered a first query, anything but a refused login or a missing database is 69', () => {
  const lost = new Error('Connection terminated unexpectedly'); // node-postgres: no code
  expect(databaseStartupError(connecting(lost)).exitCode).toBe(ExitCode.Unavailable);
  expect(databaseStartupError(wrapped(lost)).exitCode).toBe(ExitCode.Unavailable);
  for (const code of ['57P01', '57P02', '08P01', '08006', 'XX000'])
    expect(databaseStartupError(connecting(withCode('server said no', code))).exitCode).toBe(ExitCode.Unavailable);
  for (const code of ['28P01', '28000', '3D000'])
    expect(databaseStartupError(connecting(withCode('refused', code))).exitCode).toBe(ExitCode.Config);
});

test("a migration's own failure is 65, but a restart or lost connection during one is 69", () => {
  const own = new MigrationError('migration 0004_reports failed: syntax error', { cause: withCode('syntax', '42601') });
  expect(databaseStartupError(own).exitCode).toBe(ExitCode.Database);
  const restarted = new MigrationError('migration 0004_reports failed: terminating connection', {
    cause: withCode('terminating connection due to administrator command', '57P01'),
  });
  expect(databaseStartupError(restarted).exitCode).toBe(ExitCode.Unavailable);
});

test("PostgreSQL's lock_timeout during a migration (a pg_dump holding the table) is busy, 69 as SQLite's busy is, not 65", () => {
  const timeout = withCode('canceling statement due to lock timeout', '55P03');
  const busy = new MigrationError('migration 0019_retention failed: database busy for 10000 ms', {
    cause: new DatabaseBusyError(10_000, { cause: timeout }),
  });
  const sqliteBusy = new MigrationError('migration 0019_retention failed: database busy for 10000 ms', {
    cause: new DatabaseBusyError(10_000, { cause: withCode('database is locked', 'SQLITE_BUSY') }),
  });
  expect(databaseStartupError(sqliteBusy).exitCode).toBe(ExitCode.Unavailable);
  expect(databaseStartupError(busy).exitCode).toBe(ExitCode.Unavailable);
});

test("SQLite's extended codes (better-sqlite3 reports them) classify as their primary code", () => {
  const recovering = new DatabaseBusyError(10_000, { cause: withCode('database is locked', 'SQLITE_BUSY_RECOVERY') });
  expect(databaseStartupError(recovering).exitCode).toBe(ExitCode.Unavailable);
  const readonlyDir = withCode('attempt to write a readonly database', 'SQLITE_READONLY_DIRECTORY');
  expect(databaseStartupError(readonlyDir, 'opening').exitCode).toBe(ExitCode.Config);
  const cantOpen = withCode('unable to open database file', 'SQLITE_CANTOPEN_ISDIR');
  expect(databaseStartupError(wrapped(cantOpen)).exitCode).toBe(ExitCode.Config);
  const notADatabase = withCode('file is not a database', 'SQLITE_NOTADB');
  expect(databaseStartupError(notADatabase, 'opening').exitCode).toBe(ExitCode.Database);
});

test('a malformed DATABASE_URL (a port beyond 65535) is a configuration error, 78', () => {
  const invalid = Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' });
  expect(databaseStartupError(connecting(invalid)).exitCode).toBe(ExitCode.Config);
});

test('Discord that does not answer GET /gateway/bot in time (REST timeout) is 69, as README says for "timed out"', async () => {
  const server = createServer(() => {}); // takes the request, never answers
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const rest = new REST({ api: `http://127.0.0.1:${port}/api`, timeout: 200, retries: 0 }).setToken('x'.repeat(30));
  const error = await rest.get('/gateway/bot').catch((caught: unknown) => caught);
  server.closeAllConnections();
  server.close();
  const classified = discordStartupError(error);
  expect(classified).toBeInstanceOf(StartupError);
  expect((classified as StartupError).exitCode).toBe(ExitCode.Unavailable);
});

test('a token with a character a header cannot carry is refused, 77, without a request', async () => {
  const rest = new REST({ api: 'http://127.0.0.1:1/api', retries: 0 }).setToken('abc\u20acdef');
  const error = await rest.get('/gateway/bot').catch((caught: unknown) => caught);
  expect((discordStartupError(error) as StartupError).exitCode).toBe(ExitCode.TokenRefused);
});

test('gateway closes that need a person (4010 to 4013: shards, version, intents) are 78, not a restart loop of IDENTIFYs', async () => {
  for (const code of [4010, 4011, 4012, 4013])
    await expect(logIn(closingClient(code), 't')).rejects.toMatchObject({ exitCode: ExitCode.Config });
});

test('after ready, a gateway closed for good (4004: the token was reset) is reported; a resumable close is not', () => {
  const client = new EventEmitter() as unknown as Client & EventEmitter;
  const refused: StartupError[] = [];
  const unwatch = watchGatewayRefusal(client, (refusal) => refused.push(refusal));
  client.emit(Events.ShardDisconnect, { code: 1000 }, 0);
  client.emit(Events.ShardDisconnect, { code: 4004 }, 0);
  expect(refused.map((refusal) => refusal.exitCode)).toEqual([ExitCode.TokenRefused]);
  unwatch();
  expect(client.listenerCount(Events.ShardDisconnect)).toBe(0);
});
