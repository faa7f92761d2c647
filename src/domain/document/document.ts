/**
 * Controlled documents (ISO/IEC 42001 clause 7.5, and the AI policy of 5.2):
 * what a document is, who owns it, how often it is reviewed and which
 * required documents of the catalog it provides; and the content of each of
 * its numbered versions (Markdown text, an attached file, or both).
 */
import { REQUIRED_DOCUMENTS } from '../catalog/index.js';
import { DomainError } from '../errors.js';
import type { FieldIssue } from '../errors.js';
import type { ApprovableVersion } from '../approval/approval.js';
import { checkOneOf, checkText } from '../validation.js';
import { validateDocumentControl } from './control.js';
import type { DocumentControl, DocumentControlInput } from './control.js';

export const DOCUMENT_KINDS = [
  'ai_policy',
  'procedure',
  'methodology',
  'plan',
  'record',
  'external',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  ai_policy: 'AI policy',
  procedure: 'Procedure',
  methodology: 'Methodology',
  plan: 'Plan',
  record: 'Record',
  external: 'Document of external origin',
};

export { VERSION_STATUSES } from '../approval/approval.js';
export type { VersionStatus } from '../approval/approval.js';

export const DOCUMENT_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

export const REQUIRED_DOCUMENT_IDS = REQUIRED_DOCUMENTS.map((item) => item.id);
/** One of the catalog's required documents, RD-01 … RD-20. */
export type RequiredDocumentCode = (typeof REQUIRED_DOCUMENT_IDS)[number];

export const REVIEW_INTERVAL_MIN = 1;
export const REVIEW_INTERVAL_MAX = 60;
export const REVIEW_INTERVAL_DEFAULT = 12;
export const BODY_MAX = 200_000;
export const CHANGE_NOTE_MAX = 2_000;
export const COMMENT_MAX = 2_000;
/** Largest attached file, in bytes (20 MiB). */
export const FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * What a person sets on a document, apart from its versions. The review
 * interval applies to maintained documents; a record is retained as it is
 * and never reviewed, so its interval is kept but not used.
 */
export interface DocumentDetails extends DocumentControl {
  readonly title: string;
  readonly kind: DocumentKind;
  readonly ownerUserId: string | null;
  readonly reviewIntervalMonths: number;
  readonly fulfils: readonly RequiredDocumentCode[];
}

/** Records (kind `record`) are retained evidence: they are never due for review. */
export const isReviewedKind = (kind: DocumentKind): boolean => kind !== 'record';

/** Named ControlledDocument because the browser's `Document` type is in scope everywhere. */
export interface ControlledDocument extends DocumentDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly retiredAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface AttachedFile {
  /** Lower-case hex SHA-256 of the bytes: the file's address in the file store. */
  readonly sha256: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
}

export interface VersionContent {
  readonly bodyMarkdown: string;
  readonly changeNote: string;
}

export interface DocumentVersion extends VersionContent, ApprovableVersion {
  readonly documentId: string;
  readonly file: AttachedFile | null;
}

/** Version content as it arrives; absent parts keep what the version had. */
export interface VersionContentInput {
  readonly bodyMarkdown?: string | undefined;
  readonly changeNote?: string | undefined;
}

export interface DocumentInput extends DocumentControlInput {
  readonly title: string;
  readonly kind: string;
  readonly ownerUserId?: string | null | undefined;
  readonly reviewIntervalMonths?: number | undefined;
  readonly fulfils?: readonly string[] | undefined;
}

const isRequiredDocumentCode = (id: string): id is RequiredDocumentCode =>
  (REQUIRED_DOCUMENT_IDS as readonly string[]).includes(id);

/**
 * Checks and normalizes a document's details: title trimmed, a known kind, a
 * review interval of whole months within bounds (12 when absent), the
 * required documents it provides de-duplicated in catalog order, and its
 * document-control details (see control.ts).
 */
export const validateDocument = (
  input: DocumentInput,
): { details: DocumentDetails; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const title = checkText(issues, 'title', input.title);
  const kind = checkOneOf(issues, 'kind', input.kind, DOCUMENT_KINDS);
  const interval = input.reviewIntervalMonths ?? REVIEW_INTERVAL_DEFAULT;
  if (
    !Number.isInteger(interval) ||
    interval < REVIEW_INTERVAL_MIN ||
    interval > REVIEW_INTERVAL_MAX
  ) {
    issues.push({
      field: 'reviewIntervalMonths',
      reason: `must be a whole number of months from ${REVIEW_INTERVAL_MIN} to ${REVIEW_INTERVAL_MAX}`,
    });
  }
  const claimed = new Set(input.fulfils ?? []);
  [...claimed].forEach((id, index) => {
    if (!isRequiredDocumentCode(id)) {
      issues.push({
        field: `fulfils.${index}`,
        reason: `is not a required document of the catalog (RD-01 … RD-${REQUIRED_DOCUMENT_IDS.length})`,
      });
    }
  });
  const control = validateDocumentControl(input, issues);
  return {
    issues,
    details: {
      title,
      kind,
      ownerUserId: input.ownerUserId ?? null,
      reviewIntervalMonths: interval,
      fulfils: REQUIRED_DOCUMENT_IDS.filter((id) => claimed.has(id)),
      ...control,
    },
  };
};

/** Checks a version's text and change note against their limits; the text keeps its own spacing. */
export const validateVersionContent = (
  input: VersionContentInput,
  base: VersionContent = { bodyMarkdown: '', changeNote: '' },
): { content: VersionContent; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const bodyMarkdown = input.bodyMarkdown ?? base.bodyMarkdown;
  const changeNote = (input.changeNote ?? base.changeNote).trim();
  if (bodyMarkdown.length > BODY_MAX)
    issues.push({ field: 'bodyMarkdown', reason: `must be at most ${BODY_MAX} characters` });
  if (changeNote.length > CHANGE_NOTE_MAX)
    issues.push({ field: 'changeNote', reason: `must be at most ${CHANGE_NOTE_MAX} characters` });
  return { content: { bodyMarkdown, changeNote }, issues };
};

/**
 * What a version still lacks before it can go to review: some content (text
 * or a file), and from the second version on, a note saying what changed.
 */
export const submissionIssues = (
  version: Pick<DocumentVersion, 'version' | 'bodyMarkdown' | 'changeNote' | 'file'>,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (version.bodyMarkdown.trim().length === 0 && version.file === null) {
    issues.push({ field: 'bodyMarkdown', reason: 'write the text or attach a file first' });
  }
  if (version.version > 1 && version.changeNote.length === 0) {
    issues.push({
      field: 'changeNote',
      reason: `say what changed since version ${version.version - 1}`,
    });
  }
  return issues;
};

/** The required documents a document provides: its own list, plus the AI policy for that kind. */
export const claimedRequiredDocuments = (
  document: Pick<DocumentDetails, 'kind' | 'fulfils'>,
): RequiredDocumentCode[] => {
  const claimed = new Set<string>(document.fulfils);
  if (document.kind === 'ai_policy') claimed.add('RD-03');
  return REQUIRED_DOCUMENT_IDS.filter((id) => claimed.has(id));
};

// Control characters, quotes and path separators never reach a download header.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f"\\/:*?<>|]+/g;

/**
 * A file name safe to store and to offer back on download: the last path
 * segment, without control characters or separators, at most 200 characters.
 */
export const cleanFileName = (name: string): string => {
  const lastSegment = name.split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment.replace(UNSAFE_IN_NAME, '_').trim().slice(0, 200);
  return cleaned.replace(/^\.+/, '').length === 0 ? 'file' : cleaned;
};

/** Throws DOCUMENT_FILE_EMPTY or DOCUMENT_FILE_TOO_LARGE unless 1 byte ≤ size ≤ 20 MiB. */
export const checkFileSize = (size: number): void => {
  if (size > 0 && size <= FILE_MAX_BYTES) return;
  throw size === 0
    ? new DomainError('DOCUMENT_FILE_EMPTY', 'Invalid', 'The file is empty', { size })
    : new DomainError(
        'DOCUMENT_FILE_TOO_LARGE',
        'Invalid',
        `A file may be at most ${FILE_MAX_BYTES / 1024 / 1024} MiB; this one has ${size} bytes`,
        { size, maxBytes: FILE_MAX_BYTES },
      );
};
