/**
 * Opens the one query layer (Kysely) over either database: SQLite through
 * better-sqlite3 (embedded default) or PostgreSQL through pg (DATABASE_URL).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import type {
  DatabaseConnection,
  Driver,
  KyselyPlugin,
  PostgresDialectConfig,
  SqliteDialectConfig,
  Transaction,
} from 'kysely';
import { AccessCache } from './access-cache.js';
import { listenForAccessChanges } from './access-changes.js';
import type { AccessListener } from './access-changes.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Where the data lives, with any password removed, for logs and /api/health. */
  readonly location: string;
  /**
   * What requests' credentials statements read, kept until the database
   * says it changed (when asked for; see storage/access-cache.ts).
   */
  readonly accessCache?: AccessCache;
  /** The connection that hears those announcements. */
  readonly accessListener?: AccessListener;
  close(): Promise<void>;
};

export type Executor = Kysely<DB> | Transaction<DB>;

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

// pg returns int8 (count(*)) as a string; both databases must return numbers.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenOptions {
  /** Keep what credentials statements read until the database says it changed. */
  readonly keepAccess?: boolean;
}

/** Opens (and for SQLite creates) the database; run migrations separately. */
export const openDatabase = (config: DatabaseConfig, options: OpenOptions = {}): Database =>
  config.kind === 'sqlite'
    ? openSqlite(config.file, options.keepAccess ?? false)
    : options.keepAccess
      ? openPostgresKeepingAccess(config.url, config.poolSize)
      : openPostgres(config.url, config.poolSize);

const openSqlite = (file: string, keepAccess: boolean): Database => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // The CLI may write while the server runs: wait for the other writer instead of failing.
  raw.pragma('busy_timeout = 5000');
  const database = cachingStatements(raw);
  if (!keepAccess) {
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database }) });
    return { kind: 'sqlite', db, location: file, close: () => db.destroy() };
  }
  const accessCache = new AccessCache({ changedElsewhere: writtenElsewhere(raw) });
  accessCache.setLive(true);
  const wrote = () => accessCache.clear();
  const db = new Kysely<DB>({
    dialect: new ImmediateSqliteDialect({ database }, wrote),
    plugins: [afterWrites(wrote)],
  });
  return { kind: 'sqlite', db, location: file, accessCache, close: () => db.destroy() };
};

/**
 * Whether another connection (the CLI, another process) committed to the
 * file since the last call: SQLite raises `data_version` for every commit
 * but this connection's own, and answers it without reading the file.
 */
const writtenElsewhere = (raw: BetterSqlite3.Database) => {
  const dataVersion = raw.prepare('pragma data_version').pluck();
  let seen = dataVersion.get();
  return () => {
    const now = dataVersion.get();
    if (now === seen) return false;
    seen = now;
    return true;
  };
};

const postgresPool = (url: string, poolSize: number) => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (a restart, a terminated backend) is
  // replaced on the next checkout; unhandled, pg's 'error' event would end the process.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL dropped an idle connection: ${error.message}`);
  });
  return pool;
};

const openPostgres = (url: string, poolSize = 10): Database => {
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: postgresPool(url, poolSize) }),
  });
  return { kind: 'postgres', db, location: redactUrl(url), close: () => db.destroy() };
};

/**
 * This instance's own writes empty the access cache at once, without waiting
 * for their announcement: a request that follows a write on the same
 * instance reads what was written. A transaction empties it again after its
 * commit, since a read beside it may have kept what it replaced.
 */
const openPostgresKeepingAccess = (url: string, poolSize = 10): Database => {
  const accessCache = new AccessCache();
  const wrote = () => accessCache.clear();
  const db = new Kysely<DB>({
    dialect: new AfterCommitPostgresDialect({ pool: postgresPool(url, poolSize) }, wrote),
    plugins: [afterWrites(wrote)],
  });
  const accessListener = listenForAccessChanges(url, accessCache);
  return {
    kind: 'postgres',
    db,
    location: redactUrl(url),
    accessCache,
    accessListener,
    close: async () => {
      await accessListener.close();
      await db.destroy();
    },
  };
};

/** Calls back after every statement that changed rows (pg reports a count only for those). */
const afterWrites = (wrote: () => void): KyselyPlugin => ({
  transformQuery: ({ node }) => node,
  transformResult: ({ result }) => {
    if (result.numAffectedRows !== undefined) wrote();
    return Promise.resolve(result);
  },
});

class AfterCommitPostgresDriver extends PostgresDriver {
  readonly #committed: () => void;
  constructor(config: PostgresDialectConfig, committed: () => void) {
    super(config);
    this.#committed = committed;
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } finally {
      this.#committed();
    }
  }
}

class AfterCommitPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  readonly #committed: () => void;
  constructor(config: PostgresDialectConfig, committed: () => void) {
    super(config);
    this.#config = config;
    this.#committed = committed;
  }
  override createDriver(): Driver {
    return new AfterCommitPostgresDriver(this.#config, this.#committed);
  }
}

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
  readonly #committed: (() => void) | undefined;
  constructor(config: SqliteDialectConfig, committed?: () => void) {
    super(config);
    this.#committed = committed;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } finally {
      this.#committed?.();
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #committed: (() => void) | undefined;
  constructor(config: SqliteDialectConfig, committed?: () => void) {
    super(config);
    this.#config = config;
    this.#committed = committed;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#committed);
  }
}
