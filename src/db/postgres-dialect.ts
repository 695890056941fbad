import {
  CompiledQuery,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import pg from 'pg';
import { DatabaseBusyError } from './busy-wait.ts';

/** node-postgres hands 64-bit integers (`count(*)`) back as strings; our counts fit in a number. */
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** PostgreSQL's answer when `lock_timeout` ran out: the statement changed nothing. */
const LOCK_NOT_AVAILABLE = '55P03';

/** A statement that waited its whole `lock_timeout` becomes the same DatabaseBusyError as on SQLite. */
class PatientConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly lockTimeoutMs: number,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE)
        throw new DatabaseBusyError(this.lockTimeoutMs, { cause: error });
      throw error;
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/**
 * Every transaction is serializable: a read-check-write rule (capacity, open reports, a pairing
 * ending once) then holds across connections and processes as it does on SQLite, and the loser
 * of a race gets an error that transact() answers by running it again.
 */
class SerializablePostgresDriver extends PostgresDriver {
  readonly #connections = new WeakMap<DatabaseConnection, PatientConnection>();

  constructor(
    config: ConstructorParameters<typeof PostgresDriver>[0],
    private readonly lockTimeoutMs: number,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    let patient = this.#connections.get(inner);
    if (!patient) this.#connections.set(inner, (patient = new PatientConnection(inner, this.lockTimeoutMs)));
    return patient;
  }

  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await super.releaseConnection(
      (connection as PatientConnection).inner as Parameters<PostgresDriver['releaseConnection']>[0],
    );
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('start transaction isolation level serializable'));
  }
}

export interface PostgresOptions {
  poolSize: number;
  /** How long a statement may wait for a lock another connection holds before DatabaseBusyError. */
  lockTimeoutMs: number;
}

export class SerializablePostgresDialect extends PostgresDialect {
  readonly #pool: pg.Pool;
  readonly #lockTimeoutMs: number;

  constructor(connectionString: string, options: PostgresOptions) {
    const pool = new pg.Pool({
      connectionString,
      max: options.poolSize,
      types,
    });
    // An idle connection the server closed (a restart, a failover) is dropped and replaced at the
    // next query; without a listener the pool's 'error' event would end the process.
    pool.on('error', () => {});
    // Set on each new connection rather than as a startup option, which a DATABASE_URL with its
    // own `options=` would replace (and which PgBouncer refuses).
    pool.on('connect', (client) => {
      client.query(`set lock_timeout = ${Math.round(options.lockTimeoutMs)}`).catch(() => undefined);
    });
    super({ pool });
    this.#pool = pool;
    this.#lockTimeoutMs = options.lockTimeoutMs;
  }

  override createDriver(): Driver {
    return new SerializablePostgresDriver({ pool: this.#pool }, this.#lockTimeoutMs);
  }
}
