/**
 * A throwaway database for one benchmark run: a SQLite file in a fresh temp
 * folder, or a fresh `aims_bench_<random>` database on a PostgreSQL server.
 * Either is removed by `drop()`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/storage/database.js';
import type { DatabaseConfig } from '../src/storage/database.js';

export interface BenchDatabase {
  readonly config: DatabaseConfig;
  /** Where the data lives, without any password, for the report. */
  readonly location: string;
  drop(): Promise<void>;
}

export const createSqliteDatabase = async (): Promise<BenchDatabase> => {
  const folder = await mkdtemp(join(tmpdir(), 'aims-bench-'));
  const file = join(folder, 'bench.sqlite');
  return {
    config: { kind: 'sqlite', file },
    location: file,
    drop: () => rm(folder, { recursive: true, force: true }),
  };
};

/** Runs one statement on the server's own database, through the application's database layer. */
const onServer = async (serverUrl: string, statement: string): Promise<void> => {
  const server = openDatabase({ kind: 'postgres', url: serverUrl, poolSize: 1 });
  try {
    await sql.raw(statement).execute(server.db);
  } finally {
    await server.close();
  }
};

/** Creates a database on the server of `serverUrl` (which stays untouched otherwise). */
export const createPostgresDatabase = async (serverUrl: string): Promise<BenchDatabase> => {
  const name = `aims_bench_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { kind: 'postgres', url: url.toString() };
  url.password = '';
  return {
    config,
    location: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
};
