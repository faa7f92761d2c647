/**
 * An audit entry's fields and values in the words of the forms: the
 * register's declared labels and choice labels, names for user and AI system
 * ids, lists as text, dates in the user's locale, and the approval
 * workflow's own fields named as the version panels name them. Pure, so the
 * record history and the audit trail page say the same.
 */
import { formatDate, formatDateTime } from '../components/date-time.js';
import { VERSION_STATUS_LABELS } from '../labels/documents.js';
import type { FieldDeclaration } from '../registers/declaration.js';

export interface ValueNames {
  /** The register's declared fields, by field name (none outside a register). */
  readonly fields: ReadonlyMap<string, Pick<FieldDeclaration, 'label' | 'type' | 'choices'>>;
  readonly userName: (id: string) => string | undefined;
  readonly aiSystemName: (id: string) => string | undefined;
  /** Names of other records an entry refers to by id (a scope's context issues, say). */
  readonly recordName?: (field: string, id: string) => string | undefined;
}

/** Bookkeeping the entry itself shows, or that says nothing to a reader. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'organizationId',
  'createdAt',
  'updatedAt',
  'revision',
  'documentId',
]);

/** The approvable versions' own fields (documents, the scope). */
const WORKFLOW_LABELS: Readonly<Record<string, string>> = {
  status: 'Status',
  version: 'Version',
  authorUserId: 'Author',
  editorUserIds: 'Edited by',
  submittedAt: 'Submitted',
  submittedByUserId: 'Submitted by',
  approvedAt: 'Approved',
  approvedByUserId: 'Approved by',
  supersededAt: 'Superseded',
  returnedAt: 'Returned',
  comment: 'Comment',
  changeSummary: 'Summary of changes',
  bodyLength: 'Text length (characters)',
  bodySha256: 'Text SHA-256',
  file: 'Attached file',
  fileName: 'File name',
  fileSha256: 'File SHA-256',
  fileSize: 'File size (bytes)',
  fileMediaType: 'File type',
  name: 'Name',
  sha256: 'SHA-256',
  size: 'Size (bytes)',
  mediaType: 'Type',
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `nextReviewDate` → "Next review date"; `ownerUserId` → "Owner". */
const humanized = (field: string): string => {
  const words = field
    .replace(/(User)?Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.length === 0 ? field : `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
};

export const fieldLabel = (field: string, names: ValueNames): string =>
  names.fields.get(field)?.label ?? WORKFLOW_LABELS[field] ?? humanized(field);

const isUserField = (field: string, declared?: Pick<FieldDeclaration, 'type'>) =>
  declared?.type === 'member' || /UserIds?$/.test(field);
const isAiSystemField = (field: string, declared?: Pick<FieldDeclaration, 'type'>) =>
  declared?.type === 'ai_system_list' || /^aiSystemIds?$/.test(field);

const textOf = (field: string, value: string, names: ValueNames): string => {
  const declared = names.fields.get(field);
  if (isUserField(field, declared)) return names.userName(value) ?? 'a former member';
  if (isAiSystemField(field, declared)) return names.aiSystemName(value) ?? 'an AI system';
  const named = names.recordName?.(field, value);
  if (named !== undefined) return named;
  const choice = declared?.choices?.find((entry) => entry.value === value);
  if (choice) return choice.label;
  if (field === 'status' && value in VERSION_STATUS_LABELS)
    return VERSION_STATUS_LABELS[value as keyof typeof VERSION_STATUS_LABELS];
  if (INSTANT.test(value)) return formatDateTime(value);
  if (CALENDAR_DAY.test(value)) return formatDate(`${value}T00:00:00`);
  return value;
};

/** A value as a person reads it; "—" for none. */
export const formatValue = (field: string, value: unknown, names: ValueNames): string => {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return textOf(field, value, names);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    // One part per line for lists of records (sites, exclusions), where "; " would run them together.
    const separator = value.every((item) => typeof item === 'string')
      ? ', '
      : value.some((item) => typeof item === 'object' && item !== null)
        ? '\n'
        : '; ';
    return value.map((item) => formatValue(field, item, names)).join(separator);
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !HIDDEN_FIELDS.has(key))
      .map(([key, item]) => `${fieldLabel(key, names)}: ${formatValue(key, item, names)}`)
      .join('; ');
  }
  return '—';
};
