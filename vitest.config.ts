import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The whole suite runs on SQLite, and again on PostgreSQL when TEST_DATABASE_URL names a server
 * (`.ci/run` sets it). Tests ask tests/database.ts for a database of the run's kind.
 */
const noDatabase = [
  'auction',
  'busy-database',
  'command-localizations',
  'command-requirements',
  'config',
  'custom-ids',
  'exit-codes-readme',
  'i18n',
  'log',
  'match-score',
  'pacer',
  'payloads',
  'schedule',
  'startup-errors',
  'text',
];
const projects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'sqlite', env: { TEST_DB: 'sqlite' } } },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true,
    test: {
      name: 'postgres',
      env: { TEST_DB: 'postgres' },
      globalSetup: ['tests/postgres-setup.ts'],
      // Tests that never open a database, and the SQLite driver's own, run once, on SQLite.
      exclude: [
        ...noDatabase.map((name) => `tests/unit/${name}.test.ts`),
        'tests/e2e/simulator-shards.test.ts',
        'tests/e2e/rest-proxy.test.ts',
        // The demo runs on its own SQLite file by design.
        'tests/e2e/demo.test.ts',
        // npm run backup copies a SQLite file; PostgreSQL's is pg_dump.
        'tests/e2e/backup.test.ts',
        'tests/e2e/backup-file.test.ts',
        // Signals, gateway close codes and the HTTP server's life: the database plays no part.
        'tests/e2e/gateway-closed.test.ts',
        'tests/e2e/shard-stop.test.ts',
        'tests/e2e/health-process.test.ts',
      ],
    },
  });
} else if (!process.env.POSTGRES_SKIP_SAID) {
  // Vitest reads this file more than once; the line is said once.
  process.env.POSTGRES_SKIP_SAID = '1';
  console.log('PostgreSQL run skipped: TEST_DATABASE_URL is not set (see README, "Tests").');
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects,
  },
});
