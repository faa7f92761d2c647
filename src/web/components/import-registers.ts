/**
 * What the import wizard needs to know about each importable register: its
 * name, the columns the file may have (as the import documentation lists
 * them), how to name a field in a problem ("Life-cycle stage"), and which
 * values the preview shows.
 */
import type { QueryKey } from '@tanstack/react-query';
import { AI_ROLE_LABELS, EU_RISK_CLASS_SHORT } from '../labels/ai-classification.js';
import { LIFECYCLE_STAGE_LABELS } from '../labels/lifecycle-stages.js';
import { COMPLIANCE_STATUS_LABELS, OBLIGATION_KIND_LABELS } from '../labels/obligations.js';
import { findRegister } from '../registers/use-register.js';
import type { ImportRegisterPath } from './import-upload.js';

export interface ImportColumnHint {
  /** The field the API names in its problems. */
  readonly field: string;
  /** The column header in the file. */
  readonly header: string;
  readonly isRequired?: boolean;
}

export interface ImportRegister {
  readonly path: ImportRegisterPath;
  /** "AI system" / "AI systems". */
  readonly one: string;
  readonly many: string;
  readonly columns: readonly ImportColumnHint[];
  /** Other field names the API may use in a problem, and the column they belong to. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Fields shown in the preview table, in order. */
  readonly previewFields: readonly string[];
  /** Display names of choice values, per field. */
  readonly valueLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Queries to refresh after an import. */
  readonly queryKeys: (orgId: string) => readonly QueryKey[];
}

export const AI_SYSTEMS_IMPORT: ImportRegister = {
  path: 'ai-systems',
  one: 'AI system',
  many: 'AI systems',
  columns: findRegister('ai-systems').transfer.importColumns,

  aliases: { ownerUserId: 'Owner' },
  previewFields: ['name', 'purpose', 'lifecycleStage', 'aiRoles', 'euRiskClass', 'isInScope'],
  valueLabels: {
    lifecycleStage: LIFECYCLE_STAGE_LABELS,
    aiRoles: AI_ROLE_LABELS,
    euRiskClass: EU_RISK_CLASS_SHORT,
  },
  queryKeys: (orgId) => [
    ['orgs', orgId, 'ai-systems'],
    ['orgs', orgId, 'audit-log'],
  ],
};

export const OBLIGATIONS_IMPORT: ImportRegister = {
  path: 'obligations',
  one: 'obligation',
  many: 'obligations',
  columns: findRegister('obligations').transfer.importColumns,

  aliases: { ownerUserId: 'Owner', aiSystemIds: 'AI systems' },
  previewFields: [
    'kind',
    'source',
    'reference',
    'requirement',
    'aiSystemNames',
    'complianceStatus',
    'nextReviewDate',
  ],
  valueLabels: { kind: OBLIGATION_KIND_LABELS, complianceStatus: COMPLIANCE_STATUS_LABELS },
  queryKeys: (orgId) => [
    ['orgs', orgId, 'obligations'],
    ['orgs', orgId, 'audit-log'],
  ],
};

/**
 * The column a problem is about: "lifecycleStage" → "Life-cycle stage",
 * "thirdPartyComponents.0.supplier" → "Third-party components". Problems on
 * line 1 name the file's own header, which is shown as it is.
 */
export const columnLabel = (register: ImportRegister, field: string): string => {
  const head = field.split('.')[0] ?? field;
  for (const name of [field, head]) {
    const column = register.columns.find((entry) => entry.field === name);
    if (column) return column.header;
    const alias = register.aliases?.[name];
    if (alias !== undefined) return alias;
  }
  return field;
};
