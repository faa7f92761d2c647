/**
 * The required-documents register as spreadsheet columns, for export: one
 * row per catalog item with its clause, form, necessity and status, and what
 * fulfils it in words (documents by title and version).
 */
import {
  DOCUMENT_NECESSITY_LABELS,
  REQUIRED_DOCUMENT_TYPE_LABELS,
} from '../../domain/catalog/index.js';
import type {
  Fulfilment,
  RequiredDocumentEntry,
  RequiredDocumentStatus,
  WorkInProgress,
} from '../../domain/document/required-documents.js';
import type { ExportColumn } from '../tabular/write-table.js';

const STATUS_LABELS: Readonly<Record<RequiredDocumentStatus, string>> = {
  fulfilled: 'Fulfilled',
  in_progress: 'In progress',
  missing: 'Missing',
};

const RESTRICTED = 'a document you may not open';

const fulfilmentText = (item: Fulfilment): string => {
  switch (item.kind) {
    case 'document':
      return `${item.title} (version ${item.version}, approved ${item.approvedAt.slice(0, 10)}${item.isReviewOverdue ? ', review overdue' : ''})`;
    case 'scope':
      return `AIMS scope (version ${item.version}, approved ${item.approvedAt.slice(0, 10)})`;
    case 'objectives':
      return item.count === 1 ? '1 AI objective' : `${item.count} AI objectives`;
    case 'restricted_document':
      return RESTRICTED;
  }
};

const workText = (item: WorkInProgress): string => {
  switch (item.kind) {
    case 'document':
      return `${item.title} (${item.status === 'in_review' ? 'in review' : 'draft'})`;
    case 'scope':
      return `AIMS scope (draft version ${item.version})`;
    case 'restricted_document':
      return RESTRICTED;
  }
};

export const requiredDocumentExportColumns: readonly ExportColumn<RequiredDocumentEntry>[] = [
  { header: 'Item', width: 8, value: (e) => e.requiredDocument.id },
  { header: 'Documented information', width: 48, value: (e) => e.requiredDocument.title },
  { header: 'Clause', width: 8, value: (e) => e.requiredDocument.clauseId },
  {
    header: 'Form',
    width: 20,
    value: (e) => REQUIRED_DOCUMENT_TYPE_LABELS[e.requiredDocument.type],
  },
  {
    header: 'Necessity',
    width: 13,
    value: (e) => DOCUMENT_NECESSITY_LABELS[e.requiredDocument.necessity],
  },
  { header: 'Status', width: 12, value: (e) => STATUS_LABELS[e.status] },
  { header: 'Fulfilled by', width: 48, value: (e) => e.fulfilledBy.map(fulfilmentText).join('; ') },
  { header: 'In progress', width: 40, value: (e) => e.inProgressBy.map(workText).join('; ') },
];
