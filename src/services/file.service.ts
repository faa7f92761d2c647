/**
 * Operating the file store: collecting the files no record references, and
 * copying the referenced files of an old files folder into the store (a
 * PostgreSQL deployment that kept its files on disk before they moved into
 * the database).
 */
import { stat } from 'node:fs/promises';
import { addSeconds } from '../domain/clock.js';
import { isDomainError, notFound } from '../domain/errors.js';
import { listReferencedFiles } from '../storage/evidence.repository.js';
import type { ReferencedFile } from '../storage/evidence.repository.js';
import { allReferenced } from '../storage/file-references.js';
import { scratchFilesDir } from '../storage/file-store.js';
import type { FileCollection, FileStore } from '../storage/file-store.js';
import { createFilesystemFileStore } from '../storage/filesystem-file-store.js';
import { openFileStore } from '../storage/open-file-store.js';
import { inTransaction, reader } from './context.js';
import type { ServiceDeps } from './context.js';

/**
 * A file stored less than this long ago is never collected: its record may
 * still be on its way, in a transaction not yet committed.
 */
export const FILE_COLLECTION_GRACE_SECONDS = 3600;

/** The store of the deps, or the database's default one (services built by tests and tools). */
export const fileStoreOf = (deps: ServiceDeps): FileStore =>
  deps.files ??
  openFileStore(deps.database, { dir: scratchFilesDir(deps.database), clock: deps.clock });

/** A stored file that failed verification, and the records that reference it. */
export interface FileProblem {
  readonly sha256: string;
  readonly reason: 'missing' | 'hash_mismatch';
  readonly actualSha256?: string;
  readonly references: readonly ReferencedFile[];
}

export interface FileVerification {
  /** Where the files live: a folder, or `database`. */
  readonly store: string;
  /** Distinct stored files the records reference, each read and hashed. */
  readonly checked: number;
  readonly intact: number;
  readonly problems: readonly FileProblem[];
}

export interface FileImport {
  /** Distinct files the records reference. */
  readonly referenced: number;
  readonly copied: number;
  /** Already in the store, intact. */
  readonly present: number;
  /** Referenced, in neither the store nor the folder. */
  readonly missing: readonly string[];
  /** In the folder, but no longer matching their SHA-256 (left out). */
  readonly damaged: readonly string[];
}

const integrityReason = (error: unknown): string | null =>
  isDomainError(error) && error.code === 'FILE_INTEGRITY_FAILED'
    ? String(error.details.reason)
    : null;

export const createFileService = (deps: ServiceDeps) => {
  const files = fileStoreOf(deps);

  const isIntactInStore = async (sha256: string): Promise<boolean> => {
    try {
      await files.read(reader(deps), sha256);
      return true;
    } catch (error) {
      if (integrityReason(error) === null) throw error;
      return false;
    }
  };

  return {
    store: files,

    /**
     * Reads every file a document or evidence version references and checks
     * it against its SHA-256, in whichever store is configured.
     */
    async verify(): Promise<FileVerification> {
      const references = await listReferencedFiles(reader(deps));
      const bySha = new Map<string, ReferencedFile[]>();
      for (const reference of references)
        bySha.set(reference.sha256, [...(bySha.get(reference.sha256) ?? []), reference]);
      const problems: FileProblem[] = [];
      for (const [sha256, referencing] of [...bySha].sort(([a], [b]) => a.localeCompare(b))) {
        try {
          await files.read(reader(deps), sha256);
        } catch (error) {
          const reason = integrityReason(error);
          if (reason === null || !isDomainError(error)) throw error;
          const actual = error.details.actualSha256;
          problems.push({
            sha256,
            reason: reason === 'missing' ? 'missing' : 'hash_mismatch',
            ...(typeof actual === 'string' ? { actualSha256: actual } : {}),
            references: referencing,
          });
        }
      }
      return {
        store: files.location,
        checked: bySha.size,
        intact: bySha.size - problems.length,
        problems,
      };
    },

    /** Removes the files no record references that were stored before the grace period. */
    collect(): Promise<FileCollection> {
      const storedBefore = addSeconds(deps.clock.now(), -FILE_COLLECTION_GRACE_SECONDS);
      return files.collect(deps.database, storedBefore.toISOString());
    },

    /**
     * Copies every referenced file missing from the store out of an old files
     * folder (`<dir>/ab/abcdef…`), each verified against its SHA-256 first.
     */
    async importFrom(dir: string): Promise<FileImport> {
      const folderExists = await stat(dir).then(
        (info) => info.isDirectory(),
        () => false,
      );
      if (!folderExists) {
        throw notFound('FILE_IMPORT_FOLDER_NOT_FOUND', `No folder at ${dir}`, { dir });
      }
      const source = createFilesystemFileStore(dir, deps.clock);
      const referenced = await allReferenced(reader(deps));
      let copied = 0;
      let present = 0;
      const missing: string[] = [];
      const damaged: string[] = [];
      for (const sha256 of referenced) {
        if (await isIntactInStore(sha256)) {
          present += 1;
          continue;
        }
        let bytes: Buffer;
        try {
          bytes = await source.read(reader(deps), sha256);
        } catch (error) {
          const reason = integrityReason(error);
          if (reason === null) throw error;
          (reason === 'missing' ? missing : damaged).push(sha256);
          continue;
        }
        await inTransaction(deps, (trx) => files.put(trx, bytes));
        copied += 1;
      }
      return { referenced: referenced.length, copied, present, missing, damaged };
    },
  };
};

export type FileService = ReturnType<typeof createFileService>;
