/**
 * Every register of the organization's AIMS, declared once. Routes, the CLI's
 * `aims import|export <register>` and GET /api/v1/registers iterate over this
 * list; a new register is added here.
 */
import { REQUIRED_DOCUMENTS } from '../../domain/catalog/index.js';
import { CONTEXT_KIND_LABELS } from '../../domain/context/context-issue.js';
import { AUDITEE_ROLES, ROLE_LABELS } from '../../domain/access/roles.js';
import { DISPOSITION_LABELS, READ_ACCESS_LABELS } from '../../domain/document/control.js';
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from '../../domain/document/document.js';
import { DOCUMENT_SORT_FIELDS } from '../../domain/document/register-query.js';
import { OBJECTIVE_KIND_LABELS, objectiveProgress } from '../../domain/objective/objective.js';
import {
  COMPLIANCE_STATUS_LABELS,
  OBLIGATION_KIND_LABELS,
} from '../../domain/obligation/obligation.js';
import { listContextIssues, listInterestedParties } from '../../storage/context.repository.js';
import { listObjectives, measurementsOf } from '../../storage/objective.repository.js';
import { listObligations } from '../../storage/obligation.repository.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { aiSystemsRegister } from './ai-system-register.js';
import { risksRegister, treatmentPlanRegister } from './risk-register.js';
import { organizationControlsRegister } from './organization-control-register.js';
import {
  contextIssueExportColumns,
  interestedPartyExportColumns,
  objectiveExportColumns,
  objectiveMeasurementSheet,
} from './context-tables.js';
import { DOCUMENT_POLICY, listDocumentPage } from './document.service.js';
import { documentExportColumns } from './document-table.js';
import { obligationImport } from './obligation-import.js';
import { OBLIGATION_IMPORT_COLUMNS, obligationExportColumns } from './obligation-table.js';
import { defineRegister } from './register-table.js';
import type { RegisterField, RegisterFilter, RegisterTable } from './register-table.js';

const EVERYTHING = { offset: 0, limit: 1_000_000 } as const;

const timestamps: readonly RegisterField[] = [
  { field: 'createdAt', label: 'Created', type: 'timestamp' },
  { field: 'updatedAt', label: 'Last changed', type: 'timestamp' },
];

/** Context issues and interested parties are both internal or external (clauses 4.1 and 4.2). */
const contextKindField: RegisterField = {
  field: 'kind',
  label: 'Kind',
  type: 'choice',
  choices: CONTEXT_KIND_LABELS,
  isRequired: true,
};
const contextKindFilter: RegisterFilter = {
  param: 'kind',
  label: 'Kind',
  type: 'choice',
  choices: CONTEXT_KIND_LABELS,
};

export const obligationsRegister = defineRegister({
  key: 'obligations',
  one: 'Obligation',
  many: 'Obligations',
  policy: { ...AIMS_REGISTER_POLICY, canImport: true },
  fields: [
    {
      field: 'kind',
      label: 'Kind',
      type: 'choice',
      choices: OBLIGATION_KIND_LABELS,
      isRequired: true,
    },
    { field: 'source', label: 'Source', type: 'text', isRequired: true },
    { field: 'reference', label: 'Reference', type: 'text', isRequired: true },
    { field: 'requirement', label: 'Requirement', type: 'long_text', isRequired: true },
    { field: 'aiSystemIds', label: 'AI systems', type: 'ai_system_list' },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    {
      field: 'complianceStatus',
      label: 'Compliance status',
      type: 'choice',
      choices: COMPLIANCE_STATUS_LABELS,
    },
    { field: 'nextReviewDate', label: 'Next review date', type: 'date' },
    { field: 'notes', label: 'Notes', type: 'long_text' },
    ...timestamps,
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: OBLIGATION_KIND_LABELS },
    {
      param: 'complianceStatus',
      label: 'Compliance status',
      type: 'choice',
      choices: COMPLIANCE_STATUS_LABELS,
    },
    { param: 'aiSystemId', label: 'AI system', type: 'ai_system' },
    { param: 'ownerUserId', label: 'Owner', type: 'member' },
    { param: 'overdue', label: 'Review overdue', type: 'boolean' },
  ],
  sort: {
    default: 'source',
    fields: ['source', 'reference', 'complianceStatus', 'nextReviewDate', 'updatedAt'],
  },
  export: {
    rows: async (db, organizationId, today) =>
      (
        await listObligations(db, {
          organizationId,
          today,
          sort: 'source',
          direction: 'asc',
          ...EVERYTHING,
        })
      ).items,
    columns: obligationExportColumns,
  },
  import: { columns: OBLIGATION_IMPORT_COLUMNS, create: obligationImport },
});

export const contextIssuesRegister = defineRegister({
  key: 'context-issues',
  one: 'Context issue',
  many: 'Context issues',
  policy: AIMS_REGISTER_POLICY,
  fields: [
    contextKindField,
    { field: 'title', label: 'Issue', type: 'text', isRequired: true },
    { field: 'description', label: 'Description', type: 'long_text' },
    { field: 'isClimateRelevant', label: 'Climate-relevant', type: 'boolean' },
    ...timestamps,
  ],
  filters: [
    contextKindFilter,
    { param: 'isClimateRelevant', label: 'Climate-relevant', type: 'boolean' },
  ],
  sort: { default: 'kind', fields: [] },
  export: {
    rows: async (db, organizationId) =>
      (await listContextIssues(db, { organizationId, ...EVERYTHING })).items,
    columns: () => contextIssueExportColumns,
  },
});

export const interestedPartiesRegister = defineRegister({
  key: 'interested-parties',
  one: 'Interested party',
  many: 'Interested parties',
  policy: AIMS_REGISTER_POLICY,
  fields: [
    { field: 'name', label: 'Interested party', type: 'text', isRequired: true },
    contextKindField,
    { field: 'requirements', label: 'Requirements', type: 'text_list' },
    { field: 'notes', label: 'Notes', type: 'long_text' },
    ...timestamps,
  ],
  filters: [
    contextKindFilter,
    { param: 'hasUnaddressed', label: 'Requirements not addressed', type: 'boolean' },
  ],
  sort: { default: 'kind', fields: [] },
  export: {
    rows: async (db, organizationId) =>
      (await listInterestedParties(db, { organizationId, ...EVERYTHING })).items,
    columns: () => interestedPartyExportColumns,
  },
});

export const objectivesRegister = defineRegister({
  key: 'objectives',
  one: 'AI objective',
  many: 'AI objectives',
  policy: AIMS_REGISTER_POLICY,
  fields: [
    { field: 'title', label: 'Objective', type: 'text', isRequired: true },
    { field: 'description', label: 'Description', type: 'long_text' },
    { field: 'kind', label: 'Measured how', type: 'choice', choices: OBJECTIVE_KIND_LABELS },
    // Required for a quantitative objective only; the rule lives in the domain.
    { field: 'metric', label: 'Metric', type: 'text' },
    { field: 'unit', label: 'Unit', type: 'text' },
    { field: 'targetValue', label: 'Target', type: 'number' },
    {
      field: 'direction',
      label: 'Better when',
      type: 'choice',
      choices: { at_least: 'Higher', at_most: 'Lower' },
    },
    { field: 'evaluationMethod', label: 'How results are evaluated', type: 'long_text' },
    { field: 'plan', label: 'What will be done', type: 'long_text' },
    { field: 'resources', label: 'Resources', type: 'long_text' },
    { field: 'ownerUserId', label: 'Who is responsible', type: 'member' },
    { field: 'dueDate', label: 'When it will be completed', type: 'date' },
    { field: 'communication', label: 'How it is communicated', type: 'long_text' },
    {
      field: 'policyConsistency',
      label: 'Consistency with the AI policy and requirements',
      type: 'long_text',
    },
    { field: 'annexCObjectiveId', label: 'Annex C objective', type: 'text' },
    ...timestamps,
  ],
  filters: [],
  sort: { default: 'title', fields: [] },
  export: {
    fileStem: 'ai-objectives',
    rows: async (db, organizationId, today) => {
      const objectives = await listObjectives(db, organizationId);
      const ids = objectives.map((objective) => objective.id);
      const measurements = await measurementsOf(db, organizationId, ids);
      return objectives.map((objective) => {
        const taken = measurements.get(objective.id) ?? [];
        return {
          ...objective,
          measurements: taken,
          progress: objectiveProgress(objective, taken, today),
        };
      });
    },
    columns: objectiveExportColumns,
    extraSheets: (rows, lookups) => [objectiveMeasurementSheet(rows, lookups)],
  },
});

/** The roles of an auditee organization, which may be named to read a restricted document. */
const AUDITEE_ROLE_LABELS = Object.fromEntries(
  AUDITEE_ROLES.map((role) => [role, ROLE_LABELS[role]]),
);

/** The catalog's required documents by id, as "RD-03 AI policy". */
const REQUIRED_DOCUMENT_LABELS = Object.fromEntries(
  REQUIRED_DOCUMENTS.map((item) => [item.id, `${item.id} ${item.title}`]),
);

export const documentsRegister = defineRegister({
  key: 'documents',
  one: 'Document',
  many: 'Documents',
  policy: DOCUMENT_POLICY,
  fields: [
    { field: 'referenceNumber', label: 'Reference', type: 'text' },
    { field: 'title', label: 'Title', type: 'text', isRequired: true },
    {
      field: 'kind',
      label: 'Kind',
      type: 'choice',
      choices: DOCUMENT_KIND_LABELS,
      isRequired: true,
    },
    { field: 'status', label: 'Status', type: 'choice', choices: DOCUMENT_STATUS_LABELS },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    { field: 'reviewIntervalMonths', label: 'Review every (months)', type: 'number' },
    { field: 'nextReviewDate', label: 'Next review', type: 'date' },
    {
      field: 'fulfils',
      label: 'Provides',
      type: 'choice_list',
      choices: REQUIRED_DOCUMENT_LABELS,
    },
    { field: 'retentionMonths', label: 'Retention (months)', type: 'number' },
    { field: 'disposition', label: 'Disposition', type: 'choice', choices: DISPOSITION_LABELS },
    { field: 'dispositionDueDate', label: 'Due for disposition', type: 'date' },
    { field: 'readAccess', label: 'Read access', type: 'choice', choices: READ_ACCESS_LABELS },
    {
      field: 'readRoles',
      label: 'Readable by',
      type: 'choice_list',
      choices: AUDITEE_ROLE_LABELS,
    },
    ...timestamps,
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: DOCUMENT_KIND_LABELS },
    { param: 'status', label: 'Status', type: 'choice', choices: DOCUMENT_STATUS_LABELS },
    { param: 'isReviewOverdue', label: 'Review overdue', type: 'boolean' },
    { param: 'isReviewDueSoon', label: 'Review due within 30 days', type: 'boolean' },
    { param: 'isAwaitingApproval', label: 'Awaiting approval', type: 'boolean' },
    {
      param: 'fulfils',
      label: 'Provides',
      type: 'choice',
      choices: REQUIRED_DOCUMENT_LABELS,
    },
    { param: 'isDueForDisposition', label: 'Due for disposition', type: 'boolean' },
    { param: 'readAccess', label: 'Read access', type: 'choice', choices: READ_ACCESS_LABELS },
  ],
  sort: { default: 'title', fields: DOCUMENT_SORT_FIELDS },
  export: {
    rows: async (db, organizationId, today, reader) =>
      (
        await listDocumentPage(db, {
          organizationId,
          today,
          reader,
          sort: 'title',
          direction: 'asc',
          ...EVERYTHING,
        })
      ).items,
    columns: documentExportColumns,
  },
});

export const REGISTER_TABLES: readonly RegisterTable<never>[] = [
  aiSystemsRegister,
  obligationsRegister,
  contextIssuesRegister,
  interestedPartiesRegister,
  objectivesRegister,
  documentsRegister,
  risksRegister,
  organizationControlsRegister,
  treatmentPlanRegister,
] as unknown as readonly RegisterTable<never>[];

/** The register with this key, if any. */
export const findRegisterTable = (key: string): RegisterTable<never> | undefined =>
  REGISTER_TABLES.find((table) => table.key === key);
