/**
 * The documents register as spreadsheet columns, for export: one row per
 * document, no text. A record is never reviewed, so its review columns stay
 * empty.
 */
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { DISPOSITION_LABELS, READ_ACCESS_LABELS } from '../../domain/document/control.js';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  isReviewedKind,
} from '../../domain/document/document.js';
import type { ControlledDocument } from '../../domain/document/document.js';
import type { DocumentDerived } from '../../domain/document/view.js';
import type { ExportColumn } from '../tabular/write-table.js';
import type { ExportLookups } from './register-table.js';

export type DocumentRow = ControlledDocument & DocumentDerived;

export const documentExportColumns = ({ emailOf }: ExportLookups): ExportColumn<DocumentRow>[] => [
  { header: 'Id', width: 38, value: (d) => d.id },
  { header: 'Reference', width: 16, value: (d) => d.referenceNumber },
  { header: 'Title', width: 40, value: (d) => d.title },
  { header: 'Kind', width: 18, value: (d) => DOCUMENT_KIND_LABELS[d.kind] },
  { header: 'Status', width: 12, value: (d) => DOCUMENT_STATUS_LABELS[d.status] },
  { header: 'Version in force', width: 10, value: (d) => d.currentVersion?.version ?? null },
  { header: 'Approved', width: 24, value: (d) => d.currentVersion?.approvedAt ?? null },
  { header: 'Owner', width: 28, value: (d) => emailOf(d.ownerUserId) },
  {
    header: 'Review every (months)',
    width: 12,
    value: (d) => (isReviewedKind(d.kind) ? d.reviewIntervalMonths : null),
  },
  { header: 'Next review', width: 12, value: (d) => d.nextReviewDate },
  { header: 'Review overdue', width: 10, value: (d) => d.isReviewOverdue },
  { header: 'Review due soon', width: 10, value: (d) => d.isReviewDueSoon },
  { header: 'Provides', width: 24, value: (d) => d.fulfils.join(', ') },
  { header: 'Retention (months)', width: 12, value: (d) => d.retentionMonths },
  {
    header: 'Disposition',
    width: 22,
    value: (d) => (d.disposition ? DISPOSITION_LABELS[d.disposition] : null),
  },
  { header: 'Retired', width: 24, value: (d) => d.retiredAt },
  { header: 'Due for disposition', width: 12, value: (d) => d.dispositionDueDate },
  { header: 'Read access', width: 16, value: (d) => READ_ACCESS_LABELS[d.readAccess] },
  {
    header: 'Readable by',
    width: 28,
    value: (d) => d.readRoles.map((role) => ROLE_LABELS[role]).join(', '),
  },
  { header: 'Updated', width: 24, value: (d) => d.updatedAt },
];
