/**
 * The rules of document versions that are the document's own (document
 * control, ISO/IEC 42001 clause 7.5.2–7.5.3): a retired document takes no
 * new versions and no changes beyond its retention, disposition and readers, a document has at most one version open
 * (draft or in review) at a time, and a new version starts as a draft.
 * Review, approval, supersession and segregation of duties are the shared
 * workflow of domain/approval.
 */
import { DomainError } from '../errors.js';
import { isRetiredChangeable } from './control.js';
import type {
  AttachedFile,
  ControlledDocument,
  DocumentVersion,
  VersionContent,
} from './document.js';

/** Throws APPROVAL_NOT_DRAFT unless the version can still be changed. */
export const requireDraft = (version: DocumentVersion): void => {
  if (version.status !== 'draft') {
    throw new DomainError(
      'APPROVAL_NOT_DRAFT',
      'InvalidState',
      `Version ${version.version} is ${version.status.replace('_', ' ')}; only a draft can change`,
      { versionId: version.id, status: version.status },
    );
  }
};

/** Throws DOCUMENT_RETIRED when the document is retired. */
export const requireActive = (document: ControlledDocument): void => {
  if (document.retiredAt !== null) {
    throw new DomainError(
      'DOCUMENT_RETIRED',
      'InvalidState',
      `"${document.title}" is retired; it can no longer change`,
      { documentId: document.id, retiredAt: document.retiredAt },
    );
  }
};

/**
 * Throws DOCUMENT_RETIRED unless the document is active, or the change
 * touches only its retention, disposition or readers (see control.ts).
 */
export const requireChangeable = (document: ControlledDocument, change?: object): void => {
  if (document.retiredAt !== null && change !== undefined && isRetiredChangeable(change)) return;
  requireActive(document);
};

/** The version of a document that is a draft or in review, if any. */
export const openVersionOf = <V extends Pick<DocumentVersion, 'status'>>(
  versions: readonly V[],
): V | undefined =>
  versions.find((version) => version.status === 'draft' || version.status === 'in_review');

/**
 * The number the next version of the document gets. Throws DOCUMENT_RETIRED
 * for a retired document and DOCUMENT_VERSION_OPEN while a version is open.
 */
export const nextVersionNumber = (
  document: ControlledDocument,
  versions: readonly Pick<DocumentVersion, 'id' | 'version' | 'status'>[],
): number => {
  requireActive(document);
  const open = openVersionOf(versions);
  if (open) {
    throw new DomainError(
      'DOCUMENT_VERSION_OPEN',
      'Conflict',
      `Version ${open.version} is still ${open.status.replace('_', ' ')}; finish it before starting another`,
      { versionId: open.id, status: open.status },
    );
  }
  return versions.reduce((highest, version) => Math.max(highest, version.version), 0) + 1;
};

/** A new draft version of the document, written by `authorUserId`. */
export const draftVersion = (draft: {
  readonly id: string;
  readonly document: Pick<ControlledDocument, 'id' | 'organizationId'>;
  readonly version: number;
  readonly content: VersionContent;
  readonly file: AttachedFile | null;
  readonly authorUserId: string | null;
  readonly at: string;
}): DocumentVersion => ({
  ...draft.content,
  id: draft.id,
  documentId: draft.document.id,
  organizationId: draft.document.organizationId,
  version: draft.version,
  status: 'draft',
  file: draft.file,
  authorUserId: draft.authorUserId,
  editorUserIds: draft.authorUserId === null ? [] : [draft.authorUserId],
  revision: 0,
  createdAt: draft.at,
  updatedAt: draft.at,
  submittedAt: null,
  approvedByUserId: null,
  approvedAt: null,
  supersededAt: null,
});
