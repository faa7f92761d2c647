/**
 * Opens the one query layer (Kysely) over either database: SQLite through
 * better-sqlite3 (embedded default) or PostgreSQL through pg (DATABASE_URL).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver, SqliteDialectConfig, Transaction } from 'kysely';
import type { DB } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Where the data lives, with any password removed, for logs and /api/health. */
  readonly location: string;
  close(): Promise<void>;
};

export type Executor = Kysely<DB> | Transaction<DB>;

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

// pg returns int8 (count(*)) as a string; both databases must return numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens (and for SQLite creates) the database; run migrations separately. */
export const openDatabase = (config: DatabaseConfig): Database =>
  config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, config.poolSize);

const openSqlite = (file: string): Database => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // The CLI may write while the server runs: wait for the other writer instead of failing.
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({
    dialect: new ImmediateSqliteDialect({ database: cachingStatements(raw) }),
  });
  return { kind: 'sqlite', db, location: file, close: () => db.destroy() };
};

const openPostgres = (url: string, poolSize = 10): Database => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (a restart, a terminated backend) is
  // replaced on the next checkout; unhandled, pg's 'error' event would end the process.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL dropped an idle connection: ${error.message}`);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, location: redactUrl(url), close: () => db.destroy() };
};

const redactUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
};

/**
 * better-sqlite3 prepares a statement per call; Kysely asks for one per query.
 * Reusing prepared statements halves the query-builder overhead (see
 * shared/reference/stack-measurements.md §2).
 */
const cachingStatements = (raw: BetterSqlite3.Database): SqliteDialectConfig['database'] => {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = raw.prepare(sql);
        if (cache.size >= 500) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
};

/**
 * Write transactions take SQLite's write lock at BEGIN. A deferred transaction
 * that reads first and writes later fails outright (SQLITE_BUSY_SNAPSHOT) when
 * another process — the CLI beside the server — committed in between.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
