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

/** How much a streamed file may hold, and what judges its first bytes. */
export interface StreamLimits {
  readonly maxBytes: number;
  /** The error for a source longer than maxBytes. */
  readonly tooLarge: () => Error;
  /**
   * Sees the first bytes (up to SNIFF_PREFIX_BYTES, fewer when that is the
   * whole file: `isWhole`) before any is stored; throws to refuse the file.
   */
  readonly inspect?: (prefix: Uint8Array, isWhole: boolean) => void;
}

/** How much of a streamed file's start `StreamLimits.inspect` sees. */
export const SNIFF_PREFIX_BYTES = 64 * 1024;

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
  /**
   * Stores bytes as they arrive, hashing them on the way, within the limits
   * given: the first bytes are shown to `limits.inspect` before anything is
   * written, and a source longer than `limits.maxBytes` is refused. Any
   * failure leaves nothing behind: the filesystem store removes its
   * temporary file; the database store writes in the caller's transaction.
   */
  putStream(
    executor: Executor,
    source: AsyncIterable<Uint8Array>,
    limits: StreamLimits,
  ): Promise<StoredFile>;
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

/** A streamed file's bytes, measured: the digest and size are known once the stream is done. */
export interface MeteredStream {
  readonly chunks: AsyncIterable<Uint8Array>;
  /** The SHA-256 and size; only once every chunk was read. */
  result(): StoredFile;
}

/**
 * Passes a source's bytes on, hashing and counting them: the first
 * SNIFF_PREFIX_BYTES are gathered and inspected before the first is passed,
 * and reading past `maxBytes` throws the limit's error.
 */
export const meterStream = (
  source: AsyncIterable<Uint8Array>,
  limits: StreamLimits,
): MeteredStream => {
  const hash = createHash('sha256');
  let size = 0;
  let isDone = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let prefix: Uint8Array[] = [];
    let prefixSize = 0;
    let isInspected = limits.inspect === undefined;
    const take = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw limits.tooLarge();
      hash.update(chunk);
    };
    for await (const chunk of source) {
      if (chunk.byteLength === 0) continue;
      take(chunk);
      if (isInspected) {
        yield chunk;
        continue;
      }
      prefix.push(chunk);
      prefixSize += chunk.byteLength;
      if (prefixSize < SNIFF_PREFIX_BYTES) continue;
      const gathered = Buffer.concat(prefix);
      limits.inspect?.(gathered.subarray(0, SNIFF_PREFIX_BYTES), false);
      isInspected = true;
      prefix = [];
      yield gathered;
    }
    if (!isInspected) {
      const gathered = Buffer.concat(prefix);
      limits.inspect?.(gathered, true);
      if (gathered.byteLength > 0) yield gathered;
    }
    isDone = true;
  }
  return {
    chunks: chunks(),
    result() {
      if (!isDone) throw new Error('The stream was not read to its end');
      return { sha256: hash.copy().digest('hex'), size };
    },
  };
};

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
