import { EventEmitter } from 'node:events';
import { DiscordjsErrorCodes, Events, type Client } from 'discord.js';
import { expect, test } from 'vitest';
import { MigrationError } from '../../src/db/migrate.ts';
import { ExitCode, StartupError } from '../../src/exit-codes.ts';
import { databaseStartupError, discordStartupError, logIn } from '../../src/startup-errors.ts';

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
