/**
 * A fresh database per test file: a SQLite file in a temporary folder, or,
 * when DATABASE_URL is set, a new PostgreSQL database created for the file
 * and dropped afterwards. The same suite runs unchanged on both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/storage/database.js';
import type { Database, DatabaseConfig } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import type { AuditKeySource } from '../../src/services/audit-key.js';
import { suiteFixture } from './fixture.js';

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** Environment for a child process (the CLI) that should use this database. */
  readonly env: Record<string, string>;
  readonly database: Database;
  /** The audit key the runtime and the CLI use for this database. */
  readonly auditKey: AuditKeySource;
  cleanup(): Promise<void>;
}

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const adminQuery = async (url: string, statement: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** Creates an empty database; migrate it with migrateToLatest unless `migrate` is false. */
export const createTestDatabase = async (
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> => {
  const serverUrl = process.env.DATABASE_URL;
  let config: DatabaseConfig;
  let env: Record<string, string>;
  let dropStorage: () => Promise<void>;
  let auditKey: AuditKeySource;
  if (serverUrl) {
    const name = `aims_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = withDatabaseName(serverUrl, name);
    config = { kind: 'postgres', url, poolSize: 4 };
    const secret = randomBytes(32).toString('hex');
    auditKey = { kind: 'secret', secret };
    env = { DATABASE_URL: url, AIMS_AUDIT_KEY: secret };
    dropStorage = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'aims-test-'));
    config = { kind: 'sqlite', file: join(dir, 'aims.sqlite') };
    auditKey = { kind: 'file', path: join(dir, 'audit.key'), createIfMissing: true };
    env = { AIMS_DATA_DIR: dir };
    dropStorage = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  }
  // As the server runs: on PostgreSQL what credentials read is kept until a change is announced.
  const database = openDatabase(config, { keepAccess: true });
  if (options.migrate ?? true) await migrateToLatest(database);
  return {
    config,
    env,
    database,
    auditKey,
    async cleanup() {
      await database.close();
      await dropStorage();
    },
  };
};

/** createTestDatabase for the tests of a describe block: made before the first, removed after the last. */
export const testDatabaseForSuite = (options: { migrate?: boolean } = {}): TestDatabase =>
  suiteFixture(
    () => createTestDatabase(options),
    (test) => test.cleanup(),
  );
