/**
 * Uploaded files, stored by the SHA-256 of their bytes in a folder
 * (`<root>/ab/abcdef…`). The same bytes are stored once; a write lands
 * atomically (temporary file, flushed, then renamed), and every read checks
 * the bytes against their hash, so a file altered or damaged on disk is
 * reported instead of served.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DomainError } from '../domain/errors.js';
import type { Database } from './database.js';

export interface StoredFile {
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly size: number;
}

export interface FileStore {
  readonly root: string;
  /** Stores the bytes (again, if already there: that repairs a damaged copy). */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under the hash, verified. Throws FILE_INTEGRITY_FAILED otherwise. */
  read(sha256: string): Promise<Buffer>;
  /** Where the file with this hash lives on disk. */
  pathOf(sha256: string): string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

const integrityFailed = (sha256: string, reason: 'missing' | 'hash_mismatch', actual?: string) =>
  new DomainError(
    'FILE_INTEGRITY_FAILED',
    'InvalidState',
    reason === 'missing'
      ? 'The stored file is missing; restore it from a backup'
      : 'The stored file no longer matches its SHA-256 fingerprint; it was altered or damaged on disk. Restore it from a backup',
    { sha256, reason, ...(actual ? { actualSha256: actual } : {}) },
  );

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/** A file store in the folder given (created when first written). */
export const createFileStore = (root: string): FileStore => {
  const absoluteRoot = resolve(root);
  const pathOf = (sha256: string): string => {
    // The hash becomes a path: anything but 64 hex digits could climb out of the folder.
    if (!SHA256_HEX.test(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
    return join(absoluteRoot, sha256.slice(0, 2), sha256);
  };

  return {
    root: absoluteRoot,
    pathOf,

    async put(bytes) {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { sha256, size: bytes.byteLength };
    },

    async read(sha256) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(sha256));
      } catch (error) {
        if (isMissing(error)) throw integrityFailed(sha256, 'missing');
        throw error;
      }
      const actual = sha256Of(bytes);
      if (actual !== sha256) throw integrityFailed(sha256, 'hash_mismatch', actual);
      return bytes;
    },
  };
};

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
