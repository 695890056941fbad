import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryResult,
  type SqliteDialectConfig,
} from 'kysely';
import { BusyWait } from './busy-wait.ts';

/** SQLite runs DDL inside transactions; telling Kysely so makes a failed migration roll back whole. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Kysely's one better-sqlite3 connection, with every statement retried while the database is busy. */
class PatientConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly busy: BusyWait,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.busy.run(() => this.inner.executeQuery<R>(query));
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class PatientSqliteDriver extends SqliteDriver {
  readonly #busy: BusyWait;
  #connection: PatientConnection | undefined;

  constructor(config: SqliteDialectConfig, busy: BusyWait) {
    super(config);
    this.#busy = busy;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    this.#connection ??= new PatientConnection(inner, this.#busy);
    return this.#connection;
  }

  /**
   * Takes the write lock at BEGIN, where waiting for it is safe. A plain (deferred) BEGIN would
   * meet a busy database at its first write instead, where WAL mode can only answer
   * BUSY_SNAPSHOT: the whole transaction would have to start over.
   */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** better-sqlite3 through Kysely: transactional DDL, immediate transactions, patient with locks. */
export class PatientSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #busy: BusyWait;

  constructor(config: SqliteDialectConfig, busyDeadlineMs: number) {
    super(config);
    this.#config = config;
    this.#busy = new BusyWait(busyDeadlineMs);
  }

  override createDriver(): Driver {
    return new PatientSqliteDriver(this.#config, this.#busy);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}
