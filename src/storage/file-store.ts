/**
 * Uploaded files, kept by the SHA-256 of their bytes: the same bytes are
 * stored once, and every read checks them against their hash, so a file
 * altered or damaged in storage is reported instead of served.
 *
 * Two stores implement it: the database itself (PostgreSQL's default: chunks
 * written in the transaction of the record that references them, so every
 * instance reads the same bytes and nothing is orphaned) and a folder beside
 * the embedded database. Both collect the files that no record references.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DomainError } from '../domain/errors.js';
import type { Database, Executor } from './database.js';

export const FILE_STORE_KINDS = ['database', 'filesystem'] as const;
export type FileStoreKind = (typeof FILE_STORE_KINDS)[number];

export interface StoredFile {
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly size: number;
}

/** What a collection removed, and what it left. */
export interface FileCollection {
  readonly removedFiles: number;
  readonly removedBytes: number;
  /** Files still referenced, or stored too recently to be judged. */
  readonly keptFiles: number;
}

export interface FileStore {
  readonly kind: FileStoreKind;
  /** Where the files live, for operators: a folder, or `database`. */
  readonly location: string;
  /**
   * Stores the bytes (again, if already there: that repairs a damaged copy).
   * Give the transaction of the record that will reference them: the
   * database store writes in it, so a rollback leaves nothing behind.
   */
  put(executor: Executor, bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under the hash, verified. Throws FILE_INTEGRITY_FAILED otherwise. */
  read(executor: Executor, sha256: string): Promise<Buffer>;
  /**
   * Removes the files no record references (see file-references.ts) that
   * were last stored before `storedBefore` (ISO-8601). The grace keeps a
   * file whose record is still being written in another transaction.
   */
  collect(database: Database, storedBefore: string): Promise<FileCollection>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isSha256Hex = (value: string): boolean => SHA256_HEX.test(value);

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export const integrityFailed = (
  sha256: string,
  reason: 'missing' | 'hash_mismatch',
  actual?: string,
) =>
  new DomainError(
    'FILE_INTEGRITY_FAILED',
    'InvalidState',
    reason === 'missing'
      ? 'The stored file is missing; restore it from a backup'
      : 'The stored file no longer matches its SHA-256 fingerprint; it was altered or damaged in storage. Restore it from a backup',
    { sha256, reason, ...(actual ? { actualSha256: actual } : {}) },
  );

/** The store a database uses unless told otherwise: itself on PostgreSQL, a folder on SQLite. */
export const defaultFileStoreKind = (database: Pick<Database, 'kind'>): FileStoreKind =>
  database.kind === 'postgres' ? 'database' : 'filesystem';

/**
 * The folder the runtime uses when none is configured: `files` beside a
 * SQLite database file (that is `<AIMS_DATA_DIR>/files`), otherwise
 * `./data/files`.
 */
export const defaultFilesDir = (database: Pick<Database, 'kind' | 'location'>): string =>
  isSqliteFile(database) ? join(dirname(database.location), 'files') : resolve('data', 'files');

/**
 * The folder for services built without a file store (tests, tools): beside a
 * SQLite database file, otherwise a temporary folder, never the working directory.
 */
export const scratchFilesDir = (database: Pick<Database, 'kind' | 'location'>): string =>
  isSqliteFile(database) ? defaultFilesDir(database) : join(tmpdir(), 'aims-files');

const isSqliteFile = (database: Pick<Database, 'kind' | 'location'>): boolean =>
  database.kind === 'sqlite' && database.location !== ':memory:';
