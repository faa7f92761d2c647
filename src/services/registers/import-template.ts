/**
 * The blank import file of a register: its columns, one example row, and
 * (in XLSX) a sheet of what each column takes — the allowed values by their
 * labels, the formats, whether it is required. Read from the register's
 * declaration, so a column added there shows here without more code.
 */
import { LIFECYCLE_STAGE_LABELS } from '../../domain/ai-system/ai-system.js';
import {
  AI_ROLE_LABELS,
  AUTOMATION_LEVEL_LABELS,
  DATA_CATEGORY_LABELS,
} from '../../domain/ai-system/classification.js';
import {
  EU_AI_ACT_ROLE_LABELS,
  EU_ANNEX_III_AREA_LABELS,
  EU_HIGH_RISK_ROUTE_LABELS,
  EU_RISK_CLASS_LABELS,
} from '../../domain/ai-system/eu-ai-act.js';
import {
  COMPLIANCE_STATUS_LABELS,
  OBLIGATION_KIND_LABELS,
} from '../../domain/obligation/obligation.js';
import type { ImportColumn } from '../tabular/import-columns.js';
import type { CellValue, ExtraSheet } from '../tabular/write-table.js';
import type { RegisterField, RegisterTable } from './register-table.js';

/** Example values a person recognises, by register and column field; others are derived. */
const EXAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ai-systems': {
    name: 'Claims triage assistant',
    purpose: 'Ranks incoming insurance claims by urgency for the claims team',
    description: 'Gradient-boosted model scoring claims from the intake form',
    thirdPartyComponents: 'Gradient boosting library (OSS Foundation)',
    humanOversight: 'A claims handler reviews every ranking before work starts',
    lifecycleStage: LIFECYCLE_STAGE_LABELS.operation_and_monitoring,
    aiRoles: `${AI_ROLE_LABELS.ai_provider}; ${AI_ROLE_LABELS.ai_producer}`,
    euAiActRoles: EU_AI_ACT_ROLE_LABELS.provider,
    euRiskClass: EU_RISK_CLASS_LABELS.high_risk,
    euHighRiskRoute: EU_HIGH_RISK_ROUTE_LABELS.annex_iii,
    euAnnexIiiArea: EU_ANNEX_III_AREA_LABELS.essential_services,
    dataCategories: DATA_CATEGORY_LABELS.personal,
    automationLevel: AUTOMATION_LEVEL_LABELS.decision_support,
  },
  obligations: {
    source: 'EU AI Act',
    reference: 'Art. 26',
    requirement: 'Deployers of high-risk AI systems monitor their operation and keep the logs',
    notes: 'Reviewed with the legal team each quarter',
    kind: OBLIGATION_KIND_LABELS.legal,
    complianceStatus: COMPLIANCE_STATUS_LABELS.partially_compliant,
  },
};

/** The declared field a column fills: same field name, or same label as its header. */
const fieldOf = (table: RegisterTable<never>, column: ImportColumn): RegisterField | undefined =>
  table.fields.find((field) => field.field === column.field) ??
  table.fields.find((field) => field.label === column.header);

const labelsOf = (field: RegisterField | undefined) => Object.values(field?.choices ?? {});

/** What a column takes, in words. */
const allowedOf = (field: RegisterField | undefined): string => {
  switch (field?.type) {
    case 'choice':
      return labelsOf(field).join('\n');
    case 'choice_list':
      return `one or more, separated by ";":\n${labelsOf(field).join('\n')}`;
    case 'boolean':
      return 'yes or no';
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'timestamp':
      return 'a date and time';
    case 'number':
      return 'a number';
    case 'member':
      return 'the e-mail address of a member of the organization';
    case 'ai_system_list':
      return 'names of AI systems in the inventory, separated by ";"';
    case 'text_list':
      return 'entries separated by ";"';
    case 'long_text':
    case 'text':
    case undefined:
      return 'text';
  }
};

const exampleOf = (
  table: RegisterTable<never>,
  column: ImportColumn,
  field: RegisterField | undefined,
  today: string,
): CellValue => {
  const given = EXAMPLES[table.key]?.[column.field];
  if (given !== undefined) return given;
  const type = field?.type;
  const isRequired = Boolean(field?.isRequired || column.required);
  // An optional choice is left empty: its first value may call for other columns.
  if (type === 'choice' || type === 'choice_list')
    return isRequired ? (labelsOf(field)[0] ?? '') : '';
  if (type === 'boolean') return isRequired ? 'yes' : 'no';
  if (type === 'date') return `${Number(today.slice(0, 4)) + 1}-01-31`;
  if (type === 'number') return 1;
  return column.required ? `Example ${column.header.toLowerCase()}` : '';
};

export interface ImportTemplate {
  readonly headers: readonly string[];
  readonly example: readonly CellValue[];
  readonly allowedValues: ExtraSheet;
}

export const importTemplateOf = (
  table: RegisterTable<never>,
  columns: readonly ImportColumn[],
  today: string,
): ImportTemplate => {
  const described = columns.map((column) => ({ column, field: fieldOf(table, column) }));
  return {
    headers: columns.map((column) => column.header),
    example: described.map(({ column, field }) => exampleOf(table, column, field, today)),
    allowedValues: {
      name: 'Allowed values',
      headers: ['Column', 'Required', 'Allowed values'],
      rows: described.map(({ column, field }) => [
        column.header,
        column.required ? 'required' : 'optional',
        allowedOf(field),
      ]),
    },
  };
};
