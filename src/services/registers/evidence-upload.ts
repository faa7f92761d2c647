/**
 * An evidence file on its way into the file store: streamed, measured
 * against the size limit, and typed by its content against the allowed
 * types before a byte is kept. The file store decides where the bytes land;
 * this module decides which bytes are acceptable.
 */
import { cleanFileName } from '../../domain/document/document.js';
import { DomainError } from '../../domain/errors.js';
import type { EvidenceFile } from '../../domain/evidence/evidence.js';
import { FILE_TYPES, sniffFileType } from '../../domain/evidence/file-type.js';
import type { FileTypeId } from '../../domain/evidence/file-type.js';
import type { Executor } from '../../storage/database.js';
import type { FileStore } from '../../storage/file-store.js';
import type { EvidenceSettings } from '../evidence-settings.js';

/** A file as it arrives: its name (kept for downloads only) and its bytes, in order. */
export interface EvidenceUpload {
  readonly fileName: string;
  readonly source: AsyncIterable<Uint8Array>;
}

export const evidenceFileTooLarge = (maxBytes: number) =>
  new DomainError(
    'EVIDENCE_FILE_TOO_LARGE',
    'Invalid',
    `An evidence file may be at most ${describeBytes(maxBytes)}`,
    { field: 'file', maxBytes },
  );

export const evidenceFileEmpty = () =>
  new DomainError('EVIDENCE_FILE_EMPTY', 'Invalid', 'The file is empty', {
    issues: [{ field: 'file', reason: 'is empty' }],
  });

const typeNotAllowed = (allowed: readonly FileTypeId[], found: FileTypeId | null) =>
  new DomainError(
    'EVIDENCE_FILE_TYPE_NOT_ALLOWED',
    'Invalid',
    found === null
      ? `The file's content is not of a type evidence may have (${allowed.map((id) => FILE_TYPES[id].label).join(', ')})`
      : `${FILE_TYPES[found].label} files are not allowed as evidence here; allowed: ${allowed.map((id) => FILE_TYPES[id].label).join(', ')}`,
    {
      field: 'file',
      detectedType: found,
      allowedTypes: [...allowed],
      issues: [{ field: 'file', reason: 'its content is not of an allowed type' }],
    },
  );

/** "200 MiB", "1.5 KiB", "12 bytes". */
export const describeBytes = (bytes: number): string => {
  const units = [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
};

/**
 * Streams the upload into the store in `executor` (the record's transaction
 * on the database store), refusing it before anything is kept when its
 * first bytes show a type not allowed, and midway when it grows past the limit.
 */
export const storeEvidenceFile = async (
  files: FileStore,
  executor: Executor,
  upload: EvidenceUpload,
  settings: EvidenceSettings,
): Promise<EvidenceFile> => {
  const seen: { type: FileTypeId | null } = { type: null };
  const stored = await files.putStream(executor, upload.source, {
    maxBytes: settings.maxBytes,
    tooLarge: () => evidenceFileTooLarge(settings.maxBytes),
    inspect: (prefix, isWhole) => {
      if (prefix.byteLength === 0) throw evidenceFileEmpty();
      const found = sniffFileType(prefix, isWhole);
      if (found === null || !settings.allowedTypes.includes(found))
        throw typeNotAllowed(settings.allowedTypes, found);
      seen.type = found;
    },
  });
  const type = seen.type;
  if (type === null) throw evidenceFileEmpty();
  return {
    sha256: stored.sha256,
    size: stored.size,
    fileType: type,
    mediaType: FILE_TYPES[type].mediaType,
    name: cleanFileName(upload.fileName),
  };
};

/** Bytes already in memory as an upload's source (generated files, tests). */
export async function* bytesSource(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
