import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runScript } from './run-script.ts';
import { migrations } from '../../migrations/index.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ExitCode } from '../../src/exit-codes.ts';
import { freshDatabaseUrl, onPostgres, openDatabase } from '../database.ts';
import { DiscordSimulator } from '../simulator/simulator.ts';

/**
 * A database that is down, restarting or busy when the bot starts is 69 (a supervisor restarts
 * it), never 65, which RestartPreventExitStatus keeps down until a person comes.
 */
let sim: DiscordSimulator;
const servers: Server[] = [];
beforeEach(async () => {
  sim = await DiscordSimulator.start();
  sim.createGuild('Makers');
});
afterEach(async () => {
  await sim.close();
  for (const server of servers.splice(0)) server.close();
});

/** A fake server stands in for PostgreSQL: the suite's database plays no part, so these run once. */
const oncePerSuite = test.skipIf(onPostgres);

function runBot(database: string) {
  const run = runScript('src/main.ts', {
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DATABASE_URL: database,
  });
  return { exited: run.exited, output: () => ({ output: run.output().both, stderr: run.output().stderr }) };
}

/** A TCP server on 127.0.0.1 that answers every connection's first message with `answer`. */
async function fakePostgres(answer: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => socket.once('data', () => answer(socket)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** PostgreSQL's ErrorResponse during the start-up handshake. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    ...[
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', code],
      ['M', message],
    ].map(([key, value]) => Buffer.from(`${key}${value}\0`)),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

const transient: Array<[string, (socket: Socket) => void]> = [
  // A TCP front (Docker's port forwarding before PostgreSQL listens, a restarting PgBouncer)
  // accepts, then closes: node-postgres says "Connection terminated unexpectedly", no code.
  ['connection closed before an answer', (socket) => socket.destroy()],
  // PostgreSQL restarting (an upgrade, a failover) while the bot starts.
  [
    'PostgreSQL shutting down, 57P01',
    (socket) => socket.end(errorResponse('57P01', 'terminating connection due to administrator command')),
  ],
  ['PgBouncer cannot reach its server, 08P01', (socket) => socket.end(errorResponse('08P01', 'server login failed'))],
];

oncePerSuite.each(transient)(
  'a transient database failure at start-up (%s) exits 69, and the password is printed nowhere',
  async (_name, answer) => {
    const port = await fakePostgres(answer);
    const bot = runBot(`postgres://bot:secret-password@127.0.0.1:${port}/mentorship`);
    const code = await bot.exited;
    const { output, stderr } = bot.output();
    expect({ code, stderr }).toMatchObject({ code: ExitCode.Unavailable });
    expect(stderr).toMatch(/^The database could not be reached.*\(exit code 69\)\n$/);
    expect(output).not.toContain('secret-password');
  },
  40_000,
);

oncePerSuite(
  'a malformed DATABASE_URL (port 99999) exits 78, and the password is printed nowhere',
  async () => {
    const bot = runBot('postgres://bot:secret-password@127.0.0.1:99999/mentorship');
    const code = await bot.exited;
    const { output, stderr } = bot.output();
    expect({ code, stderr }).toMatchObject({ code: ExitCode.Config });
    expect(output).not.toContain('secret-password');
  },
  40_000,
);

test.skipIf(!onPostgres)(
  'PostgreSQL: a migration waiting on a table a pg_dump holds (lock_timeout) exits 69, not 65 (PostgreSQL only)',
  async () => {
    const url = await freshDatabaseUrl({ migrated: false });
    // Everything before 0019, which alters pairings (ACCESS EXCLUSIVE), is applied already.
    const names = Object.keys(migrations);
    const older = Object.fromEntries(
      names.slice(0, names.indexOf('0019_retention')).map((name) => [name, migrations[name]!]),
    );
    await migrateToLatest(openDatabase(url), older);
    // What pg_dump holds for the length of a dump: ACCESS SHARE on every table.
    const dump = new pg.Client({ connectionString: url });
    await dump.connect();
    try {
      await dump.query('begin');
      await dump.query('lock table pairings in access share mode');
      const bot = runBot(url);
      const code = await bot.exited;
      const { stderr } = bot.output();
      expect({ code, stderr }).toMatchObject({ code: ExitCode.Unavailable });
      expect(stderr).toMatch(/^The database is busy \(55P03\)/);
    } finally {
      await dump.query('rollback').catch(() => undefined);
      await dump.end();
    }
  },
  60_000,
);
