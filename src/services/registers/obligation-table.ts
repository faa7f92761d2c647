/** The obligations register as spreadsheet columns, for import and export. */
import {
  COMPLIANCE_STATUS_LABELS,
  OBLIGATION_KIND_LABELS,
} from '../../domain/obligation/obligation.js';
import type { Obligation } from '../../domain/obligation/obligation.js';
import { readChoice, readList, readOptionalText, readText } from '../tabular/import-columns.js';
import type { ImportColumn } from '../tabular/import-columns.js';
import type { ExportColumn } from '../tabular/write-table.js';
import type { ExportLookups } from './register-table.js';

export const OBLIGATION_EXPORT_ONLY = ['Id', 'Created', 'Updated'];

export const OBLIGATION_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    header: 'Kind',
    field: 'kind',
    required: true,
    read: readChoice(OBLIGATION_KIND_LABELS, false),
  },
  { header: 'Source', field: 'source', required: true, read: readText },
  { header: 'Reference', field: 'reference', required: true, read: readText },
  { header: 'Requirement', field: 'requirement', required: true, read: readText },
  { header: 'AI systems', field: 'aiSystemNames', read: readList },
  { header: 'Owner', field: 'ownerEmail', read: readOptionalText },
  {
    header: 'Compliance status',
    field: 'complianceStatus',
    read: (text, issues, field) =>
      text === '' ? undefined : readChoice(COMPLIANCE_STATUS_LABELS)(text, issues, field),
  },
  { header: 'Next review date', field: 'nextReviewDate', read: readOptionalText },
  { header: 'Notes', field: 'notes', read: readText },
];

export const obligationExportColumns = ({
  emailOf,
  systemNameOf,
}: ExportLookups): ExportColumn<Obligation>[] => [
  { header: 'Id', width: 38, value: (o) => o.id },
  { header: 'Kind', width: 18, value: (o) => OBLIGATION_KIND_LABELS[o.kind] },
  { header: 'Source', width: 28, value: (o) => o.source },
  { header: 'Reference', width: 16, value: (o) => o.reference },
  { header: 'Requirement', width: 60, value: (o) => o.requirement },
  { header: 'AI systems', width: 40, value: (o) => o.aiSystemIds.map(systemNameOf).join('; ') },
  { header: 'Owner', width: 28, value: (o) => emailOf(o.ownerUserId) },
  {
    header: 'Compliance status',
    width: 20,
    value: (o) => COMPLIANCE_STATUS_LABELS[o.complianceStatus],
  },
  { header: 'Next review date', width: 16, value: (o) => o.nextReviewDate ?? '' },
  { header: 'Notes', width: 40, value: (o) => o.notes },
  { header: 'Created', width: 24, value: (o) => o.createdAt },
  { header: 'Updated', width: 24, value: (o) => o.updatedAt },
];
