import { CompiledQuery, PostgresDialect, PostgresDriver, type DatabaseConnection, type Driver } from 'kysely';
import pg from 'pg';

/** node-postgres hands 64-bit integers (`count(*)`) back as strings; our counts fit in a number. */
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Every transaction is serializable: a read-check-write rule (capacity, open reports, a pairing
 * ending once) then holds across connections and processes as it does on SQLite, and the loser
 * of a race gets an error that transact() answers by running it again.
 */
class SerializablePostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('start transaction isolation level serializable'));
  }
}

export interface PostgresOptions {
  poolSize: number;
}

export class SerializablePostgresDialect extends PostgresDialect {
  readonly #pool: pg.Pool;

  constructor(connectionString: string, options: PostgresOptions) {
    const pool = new pg.Pool({ connectionString, max: options.poolSize, types });
    // An idle connection the server closed (a restart, a failover) is dropped and replaced at the
    // next query; without a listener the pool's 'error' event would end the process.
    pool.on('error', () => {});
    super({ pool });
    this.#pool = pool;
  }

  override createDriver(): Driver {
    return new SerializablePostgresDriver({ pool: this.#pool });
  }
}
