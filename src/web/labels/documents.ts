/**
 * Version status names and the colours of workflow states; document kinds
 * and statuses are named by the documents register's declaration.
 */
import type { Schemas } from '../api/client.js';

type ControlledDocument = Schemas['Document'];
export type DocumentKind = ControlledDocument['kind'];
export type DocumentStatus = ControlledDocument['status'];
export type VersionStatus = Schemas['DocumentVersion']['status'];
export type RequiredDocumentCode = ControlledDocument['fulfils'][number];

export const VERSION_STATUS_LABELS: Readonly<Record<VersionStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

/** One colour per workflow state, shared by documents, versions and the scope. */
export const WORKFLOW_STATUS_COLORS: Readonly<Record<DocumentStatus | VersionStatus, string>> = {
  draft: 'blue',
  in_review: 'grape',
  approved: 'teal',
  superseded: 'gray',
  retired: 'dark',
};
