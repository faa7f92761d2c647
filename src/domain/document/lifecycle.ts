/**
 * The approval workflow of a document version (document control, ISO/IEC
 * 42001 clause 7.5.2–7.5.3): draft → in review (submit) → approved, or back
 * to draft (return); approving a newer version supersedes the one approved
 * before. Only a draft changes; a document has at most one version open
 * (draft or in review) at a time, and a retired document takes no new ones.
 */
import { DomainError, forbidden, invalid } from '../errors.js';
import {
  submissionIssues,
  type AttachedFile,
  type ControlledDocument,
  type DocumentVersion,
  type VersionContent,
  type VersionStatus,
} from './document.js';

export const VERSION_EVENTS = ['submit', 'return', 'approve', 'supersede'] as const;
export type VersionEvent = (typeof VERSION_EVENTS)[number];

const TRANSITIONS: Readonly<Record<VersionEvent, { from: VersionStatus; to: VersionStatus }>> = {
  submit: { from: 'draft', to: 'in_review' },
  return: { from: 'in_review', to: 'draft' },
  approve: { from: 'in_review', to: 'approved' },
  supersede: { from: 'approved', to: 'superseded' },
};

const PAST_TENSE: Readonly<Record<VersionEvent, string>> = {
  submit: 'submitted for review',
  return: 'returned to draft',
  approve: 'approved',
  supersede: 'superseded',
};

/** Whether the event applies to a version in this status. */
export const canTransition = (status: VersionStatus, event: VersionEvent): boolean =>
  TRANSITIONS[event].from === status;

const requireTransition = (version: DocumentVersion, event: VersionEvent): void => {
  if (!canTransition(version.status, event)) {
    throw new DomainError(
      'DOCUMENT_INVALID_TRANSITION',
      'InvalidState',
      `Version ${version.version} is ${version.status.replace('_', ' ')}; it cannot be ${PAST_TENSE[event]}`,
      { versionId: version.id, status: version.status, event },
    );
  }
};

/** Sends a complete draft to review. Throws DOCUMENT_VERSION_INCOMPLETE naming what is missing. */
export const submitVersion = (version: DocumentVersion, at: string): DocumentVersion => {
  requireTransition(version, 'submit');
  const issues = submissionIssues(version);
  if (issues.length > 0) {
    throw invalid('DOCUMENT_VERSION_INCOMPLETE', 'The version is not ready for review', issues);
  }
  return { ...version, status: 'in_review', submittedAt: at, updatedAt: at };
};

/** Sends a version under review back to draft, so that it can be changed. */
export const returnVersion = (version: DocumentVersion, at: string): DocumentVersion => {
  requireTransition(version, 'return');
  return { ...version, status: 'draft', submittedAt: null, updatedAt: at };
};

/**
 * Approves a version under review. Segregation of duties: whoever wrote the
 * version cannot sign it off (DOCUMENT_APPROVER_IS_AUTHOR).
 */
export const approveVersion = (
  version: DocumentVersion,
  approverUserId: string,
  at: string,
): DocumentVersion => {
  requireTransition(version, 'approve');
  if (version.authorUserId === approverUserId) {
    throw forbidden(
      'DOCUMENT_APPROVER_IS_AUTHOR',
      'The author of a version cannot approve it; ask another approver',
      { versionId: version.id },
    );
  }
  return {
    ...version,
    status: 'approved',
    approvedByUserId: approverUserId,
    approvedAt: at,
    updatedAt: at,
  };
};

/** Marks the previously approved version as replaced by a newer approved one. */
export const supersedeVersion = (version: DocumentVersion, at: string): DocumentVersion => {
  requireTransition(version, 'supersede');
  return { ...version, status: 'superseded', supersededAt: at, updatedAt: at };
};

/** Throws DOCUMENT_VERSION_NOT_DRAFT unless the version can still be changed. */
export const requireDraft = (version: DocumentVersion): void => {
  if (version.status !== 'draft') {
    throw new DomainError(
      'DOCUMENT_VERSION_NOT_DRAFT',
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
  createdAt: draft.at,
  updatedAt: draft.at,
  submittedAt: null,
  approvedByUserId: null,
  approvedAt: null,
  supersededAt: null,
});
