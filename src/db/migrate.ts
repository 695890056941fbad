import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { migrations } from '../../migrations/index.ts';

/**
 * `stage` says how far it got: 'connecting' when the database never answered a first query
 * (a restart may cure it), 'migrating' when it did and bringing it up to date failed.
 */
export class MigrationError extends Error {
  readonly stage: 'connecting' | 'migrating';

  constructor(message: string, options: ErrorOptions & { stage?: 'connecting' | 'migrating' } = {}) {
    super(message, options);
    this.stage = options.stage ?? 'migrating';
  }
}

/**
 * Applies every pending migration in one transaction (see connect.ts): a failure leaves the
 * database as it was. Kysely reports failure as a value, so it is turned into an error here.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  list: Record<string, Migration> = migrations,
): Promise<string[]> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`connecting failed: ${reason}`, { cause: error, stage: 'connecting' });
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => list },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The cause keeps the driver's code (a refused connection, a bad password) for start-up to name.
    const what = failed ? `migration ${failed.migrationName} failed` : 'migrating failed';
    throw new MigrationError(`${what}: ${reason}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
