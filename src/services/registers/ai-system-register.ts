/** The AI system inventory's declaration: fields, filters, sort, import and export. */
import { LIFECYCLE_STAGE_LABELS } from '../../domain/ai-system/ai-system.js';
import {
  AI_ROLE_LABELS,
  AI_SUB_ROLE_FAMILY,
  AI_SUB_ROLE_LABELS,
  AUTOMATION_LEVEL_LABELS,
  DATA_CATEGORY_LABELS,
} from '../../domain/ai-system/classification.js';
import {
  EU_AI_ACT_ROLE_LABELS,
  EU_ANNEX_III_AREA_LABELS,
  EU_ANNEX_I_RELATION_LABELS,
  EU_DEROGATION_LABELS,
  EU_HIGH_RISK_ROUTE_LABELS,
  EU_RISK_CLASS_LABELS,
  EU_TRANSPARENCY_LABELS,
} from '../../domain/ai-system/eu-ai-act.js';
import { listAiSystems } from '../../storage/ai-system.repository.js';
import { aiSystemImport } from './ai-system-import.js';
import { AI_SYSTEM_POLICY } from './ai-system.service.js';
import { AI_SYSTEM_IMPORT_COLUMNS, aiSystemExportColumns } from './ai-system-table.js';
import { defineRegister } from './register-table.js';
import type { RegisterField } from './register-table.js';

const EVERYTHING = { offset: 0, limit: 1_000_000 } as const;

const timestamps: readonly RegisterField[] = [
  { field: 'createdAt', label: 'Created', type: 'timestamp' },
  { field: 'updatedAt', label: 'Last changed', type: 'timestamp' },
];

const choice = (field: string, label: string, choices: Readonly<Record<string, string>>) =>
  ({ field, label, type: 'choice', choices }) as const;

const euAiActFields: readonly RegisterField[] = [
  {
    field: 'euAiActRoles',
    label: 'EU AI Act roles',
    type: 'choice_list',
    choices: EU_AI_ACT_ROLE_LABELS,
  },
  { field: 'isGeneralPurposeModel', label: 'General-purpose AI model', type: 'boolean' },
  { field: 'hasSystemicRisk', label: 'Systemic risk (Art. 51)', type: 'boolean' },
  {
    field: 'isBuiltOnGeneralPurposeModel',
    label: 'Built on a general-purpose AI model',
    type: 'boolean',
  },
  choice('euRiskClass', 'EU AI Act risk class', EU_RISK_CLASS_LABELS),
  choice('euHighRiskRoute', 'High-risk route', EU_HIGH_RISK_ROUTE_LABELS),
  choice('euAnnexIRelation', 'Annex I product relation', EU_ANNEX_I_RELATION_LABELS),
  { field: 'euAnnexILegislation', label: 'Annex I legislation', type: 'text' },
  {
    field: 'isThirdPartyAssessmentRequired',
    label: 'Third-party conformity assessment required',
    type: 'boolean',
  },
  choice('euAnnexIiiArea', 'Annex III area', EU_ANNEX_III_AREA_LABELS),
  choice('euDerogation', 'Art. 6(3) derogation', EU_DEROGATION_LABELS),
  { field: 'euDerogationReasoning', label: 'Derogation reasoning', type: 'long_text' },
  {
    field: 'hasTransparencyObligations',
    label: 'Transparency obligations (Art. 50)',
    type: 'boolean',
  },
  {
    field: 'euTransparencyObligations',
    label: 'Art. 50 obligations',
    type: 'choice_list',
    choices: EU_TRANSPARENCY_LABELS,
  },
];

export const aiSystemsRegister = defineRegister({
  key: 'ai-systems',
  one: 'AI system',
  many: 'AI systems',
  policy: AI_SYSTEM_POLICY,
  fields: [
    { field: 'name', label: 'Name', type: 'text', isRequired: true },
    { field: 'purpose', label: 'Purpose', type: 'text', isRequired: true },
    { field: 'description', label: 'Description', type: 'long_text' },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    { ...choice('lifecycleStage', 'Life-cycle stage', LIFECYCLE_STAGE_LABELS), isRequired: true },
    { field: 'aiRoles', label: 'AI roles', type: 'choice_list', choices: AI_ROLE_LABELS },
    {
      field: 'aiSubRoles',
      label: 'AI sub-roles',
      type: 'choice_list',
      choices: AI_SUB_ROLE_LABELS,
      choiceGroups: AI_SUB_ROLE_FAMILY,
    },
    ...euAiActFields,
    { field: 'thirdPartyComponents', label: 'Third-party components', type: 'text_list' },
    {
      field: 'dataCategories',
      label: 'Data categories',
      type: 'choice_list',
      choices: DATA_CATEGORY_LABELS,
    },
    choice('automationLevel', 'Automation level', AUTOMATION_LEVEL_LABELS),
    { field: 'humanOversight', label: 'Human oversight', type: 'long_text' },
    { field: 'isInScope', label: 'In AIMS scope', type: 'boolean', isRequired: true },
    { field: 'outOfScopeReason', label: 'Out-of-scope reason', type: 'text' },
    ...timestamps,
  ],
  filters: [
    {
      param: 'lifecycleStage',
      label: 'Life-cycle stage',
      type: 'choice',
      choices: LIFECYCLE_STAGE_LABELS,
    },
    { param: 'isInScope', label: 'In AIMS scope', type: 'boolean' },
    { param: 'aiRole', label: 'AI role', type: 'choice', choices: AI_ROLE_LABELS },
    {
      param: 'euAiActRole',
      label: 'EU AI Act role',
      type: 'choice',
      choices: EU_AI_ACT_ROLE_LABELS,
    },
    {
      param: 'euRiskClass',
      label: 'EU AI Act risk class',
      type: 'choice',
      choices: EU_RISK_CLASS_LABELS,
    },
    {
      param: 'euHighRiskRoute',
      label: 'High-risk route',
      type: 'choice',
      choices: EU_HIGH_RISK_ROUTE_LABELS,
    },
    { param: 'isGeneralPurposeModel', label: 'General-purpose AI model', type: 'boolean' },
    { param: 'hasTransparencyObligations', label: 'Art. 50 transparency', type: 'boolean' },
    { param: 'ownerUserId', label: 'Owner', type: 'member' },
  ],
  sort: { default: 'name', fields: ['name', 'lifecycleStage', 'createdAt', 'updatedAt'] },
  export: {
    rows: async (db, organizationId) =>
      (
        await listAiSystems(db, {
          organizationId,
          sort: 'name',
          direction: 'asc',
          ...EVERYTHING,
        })
      ).items,
    columns: aiSystemExportColumns,
  },
  import: { columns: AI_SYSTEM_IMPORT_COLUMNS, create: aiSystemImport },
});
