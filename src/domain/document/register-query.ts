/**
 * Filtering and sorting the document register (ISO/IEC 42001 clause 7.5) on
 * the values derived from each document's versions — status, review date,
 * overdue, disposition date — so that the list and the detail agree on one
 * derivation.
 */
import { claimedRequiredDocuments } from './document.js';
import type { ControlledDocument, DocumentStatus, RequiredDocumentCode } from './document.js';
import type { ReadAccess } from './control.js';
import type { DocumentState } from './status.js';
import type { DocumentDerived } from './view.js';

export const DOCUMENT_SORT_FIELDS = [
  'title',
  'referenceNumber',
  'kind',
  'status',
  'nextReviewDate',
  'dispositionDueDate',
  'createdAt',
  'updatedAt',
] as const;
export type DocumentSortField = (typeof DOCUMENT_SORT_FIELDS)[number];

export interface DocumentFilter {
  readonly status?: DocumentStatus;
  readonly isReviewOverdue?: boolean;
  readonly isReviewDueSoon?: boolean;
  /** Only documents with a version waiting for approval. */
  readonly isAwaitingApproval?: boolean;
  /** Only documents that provide this required document. */
  readonly fulfils?: RequiredDocumentCode;
  /** Only documents whose retention period has run out since they were retired. */
  readonly isDueForDisposition?: boolean;
  readonly readAccess?: ReadAccess;
}

type Row = Pick<
  ControlledDocument,
  'id' | 'title' | 'referenceNumber' | 'kind' | 'fulfils' | 'readAccess' | 'createdAt' | 'updatedAt'
> &
  Pick<
    DocumentState,
    'status' | 'nextReviewDate' | 'isReviewOverdue' | 'isReviewDueSoon' | 'openVersion'
  > &
  Pick<DocumentDerived, 'dispositionDueDate' | 'isDueForDisposition'>;

/** The rows that pass every filter given. */
export const filterDocuments = <T extends Row>(rows: readonly T[], filter: DocumentFilter): T[] =>
  rows.filter(
    (row) =>
      (filter.status === undefined || row.status === filter.status) &&
      (filter.isReviewOverdue === undefined || row.isReviewOverdue === filter.isReviewOverdue) &&
      (filter.isReviewDueSoon === undefined || row.isReviewDueSoon === filter.isReviewDueSoon) &&
      (filter.isAwaitingApproval === undefined ||
        (row.openVersion?.status === 'in_review') === filter.isAwaitingApproval) &&
      (filter.fulfils === undefined || claimedRequiredDocuments(row).includes(filter.fulfils)) &&
      (filter.isDueForDisposition === undefined ||
        row.isDueForDisposition === filter.isDueForDisposition) &&
      (filter.readAccess === undefined || row.readAccess === filter.readAccess),
  );

const sortKey = (row: Row, field: DocumentSortField): string | null => {
  switch (field) {
    case 'title':
      return row.title.toLowerCase();
    case 'referenceNumber':
      return row.referenceNumber?.toLowerCase() ?? null;
    case 'kind':
    case 'status':
    case 'nextReviewDate':
    case 'dispositionDueDate':
    case 'createdAt':
    case 'updatedAt':
      return row[field];
  }
};

/**
 * Rows in order of the field, ties broken by id so pages never overlap;
 * documents without the value (no reference number, review or disposition
 * date) come last in either direction.
 */
export const sortDocuments = <T extends Row>(
  rows: readonly T[],
  field: DocumentSortField,
  direction: 'asc' | 'desc',
): T[] => {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortKey(a, field);
    const right = sortKey(b, field);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return left < right ? -sign : sign;
    }
    return a.id < b.id ? -sign : sign;
  });
};
