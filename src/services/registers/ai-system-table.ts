/** The AI system inventory as spreadsheet columns, for import and export. */
import { LIFECYCLE_STAGE_LABELS } from '../../domain/ai-system/ai-system.js';
import type { AiSystem } from '../../domain/ai-system/ai-system.js';
import {
  AI_ROLE_LABELS,
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
import type { ThirdPartyComponent } from '../../domain/ai-system/classification.js';
import {
  readChoice,
  readChoiceList,
  readList,
  readOptionalText,
  readText,
  readYesNo,
} from '../tabular/import-columns.js';
import type { CellReader, ImportColumn } from '../tabular/import-columns.js';
import type { ExportColumn } from '../tabular/write-table.js';
import type { ExportLookups } from './register-table.js';

/** "Component (Supplier)" entries separated by semicolons. */
const readComponents: CellReader = (text, issues, field) =>
  (readList(text, issues, field) as string[]).map((entry) => {
    const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
    return match
      ? { component: match[1] ?? '', supplier: match[2] ?? '' }
      : { component: entry, supplier: '' };
  });

const writeComponents = (components: readonly ThirdPartyComponent[]) =>
  components.map((entry) => `${entry.component} (${entry.supplier})`).join('; ');

/** Columns an export writes that an import does not read. */
export const AI_SYSTEM_EXPORT_ONLY = ['Id', 'Created', 'Updated'];

export const AI_SYSTEM_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: 'Name', field: 'name', required: true, read: readText },
  { header: 'Purpose', field: 'purpose', required: true, read: readText },
  { header: 'Description', field: 'description', read: readText },
  { header: 'Owner', field: 'ownerEmail', read: readOptionalText },
  {
    header: 'Life-cycle stage',
    field: 'lifecycleStage',
    required: true,
    read: readChoice(LIFECYCLE_STAGE_LABELS, false),
  },
  { header: 'AI roles', field: 'aiRoles', read: readChoiceList(AI_ROLE_LABELS) },
  { header: 'AI sub-roles', field: 'aiSubRoles', read: readChoiceList(AI_SUB_ROLE_LABELS) },
  {
    header: 'EU AI Act roles',
    field: 'euAiActRoles',
    read: readChoiceList(EU_AI_ACT_ROLE_LABELS),
    aliases: ['EU AI Act role'],
  },
  { header: 'General-purpose AI model', field: 'isGeneralPurposeModel', read: readYesNo(false) },
  { header: 'Systemic risk', field: 'hasSystemicRisk', read: readYesNo(false) },
  {
    header: 'Built on a general-purpose AI model',
    field: 'isBuiltOnGeneralPurposeModel',
    read: readYesNo(false),
  },
  { header: 'EU AI Act risk class', field: 'euRiskClass', read: readChoice(EU_RISK_CLASS_LABELS) },
  {
    header: 'High-risk route',
    field: 'euHighRiskRoute',
    read: readChoice(EU_HIGH_RISK_ROUTE_LABELS),
  },
  {
    header: 'Annex I product relation',
    field: 'euAnnexIRelation',
    read: readChoice(EU_ANNEX_I_RELATION_LABELS),
  },
  { header: 'Annex I legislation', field: 'euAnnexILegislation', read: readText },
  {
    header: 'Third-party conformity assessment',
    field: 'isThirdPartyAssessmentRequired',
    read: readYesNo(false),
  },
  { header: 'Annex III area', field: 'euAnnexIiiArea', read: readChoice(EU_ANNEX_III_AREA_LABELS) },
  { header: 'Art. 6(3) derogation', field: 'euDerogation', read: readChoice(EU_DEROGATION_LABELS) },
  { header: 'Derogation reasoning', field: 'euDerogationReasoning', read: readOptionalText },
  {
    header: 'Art. 50 transparency',
    field: 'hasTransparencyObligations',
    read: readYesNo(false),
  },
  {
    header: 'Art. 50 obligations',
    field: 'euTransparencyObligations',
    read: readChoiceList(EU_TRANSPARENCY_LABELS),
  },
  { header: 'Third-party components', field: 'thirdPartyComponents', read: readComponents },
  {
    header: 'Data categories',
    field: 'dataCategories',
    read: readChoiceList(DATA_CATEGORY_LABELS),
  },
  {
    header: 'Automation level',
    field: 'automationLevel',
    read: readChoice(AUTOMATION_LEVEL_LABELS),
  },
  { header: 'Human oversight', field: 'humanOversight', read: readText },
  { header: 'In AIMS scope', field: 'isInScope', required: true, read: readYesNo() },
  { header: 'Out-of-scope reason', field: 'outOfScopeReason', read: readOptionalText },
];

const label = <T extends string>(names: Readonly<Record<T, string>>, value: T | null) =>
  value === null ? '' : names[value];

const labels = <T extends string>(names: Readonly<Record<T, string>>, values: readonly T[]) =>
  values.map((value) => names[value]).join('; ');

export const aiSystemExportColumns = ({ emailOf }: ExportLookups): ExportColumn<AiSystem>[] => [
  { header: 'Id', width: 38, value: (s) => s.id },
  { header: 'Name', width: 32, value: (s) => s.name },
  { header: 'Purpose', width: 48, value: (s) => s.purpose },
  { header: 'Description', width: 48, value: (s) => s.description },
  { header: 'Owner', width: 28, value: (s) => emailOf(s.ownerUserId) },
  { header: 'Life-cycle stage', width: 26, value: (s) => LIFECYCLE_STAGE_LABELS[s.lifecycleStage] },
  { header: 'AI roles', width: 30, value: (s) => labels(AI_ROLE_LABELS, s.aiRoles) },
  { header: 'AI sub-roles', width: 30, value: (s) => labels(AI_SUB_ROLE_LABELS, s.aiSubRoles) },
  {
    header: 'EU AI Act roles',
    width: 30,
    value: (s) => labels(EU_AI_ACT_ROLE_LABELS, s.euAiActRoles),
  },
  { header: 'General-purpose AI model', value: (s) => s.isGeneralPurposeModel },
  { header: 'Systemic risk', value: (s) => s.hasSystemicRisk },
  { header: 'Built on a general-purpose AI model', value: (s) => s.isBuiltOnGeneralPurposeModel },
  {
    header: 'EU AI Act risk class',
    width: 30,
    value: (s) => label(EU_RISK_CLASS_LABELS, s.euRiskClass),
  },
  {
    header: 'High-risk route',
    width: 36,
    value: (s) => label(EU_HIGH_RISK_ROUTE_LABELS, s.euHighRiskRoute),
  },
  {
    header: 'Annex I product relation',
    width: 30,
    value: (s) => label(EU_ANNEX_I_RELATION_LABELS, s.euAnnexIRelation),
  },
  { header: 'Annex I legislation', width: 36, value: (s) => s.euAnnexILegislation },
  { header: 'Third-party conformity assessment', value: (s) => s.isThirdPartyAssessmentRequired },
  {
    header: 'Annex III area',
    width: 36,
    value: (s) => label(EU_ANNEX_III_AREA_LABELS, s.euAnnexIiiArea),
  },
  {
    header: 'Art. 6(3) derogation',
    width: 36,
    value: (s) => label(EU_DEROGATION_LABELS, s.euDerogation),
  },
  { header: 'Derogation reasoning', width: 48, value: (s) => s.euDerogationReasoning ?? '' },
  { header: 'Art. 50 transparency', value: (s) => s.hasTransparencyObligations },
  {
    header: 'Art. 50 obligations',
    width: 40,
    value: (s) => labels(EU_TRANSPARENCY_LABELS, s.euTransparencyObligations),
  },
  {
    header: 'Third-party components',
    width: 40,
    value: (s) => writeComponents(s.thirdPartyComponents),
  },
  {
    header: 'Data categories',
    width: 30,
    value: (s) => labels(DATA_CATEGORY_LABELS, s.dataCategories),
  },
  {
    header: 'Automation level',
    width: 36,
    value: (s) => label(AUTOMATION_LEVEL_LABELS, s.automationLevel),
  },
  { header: 'Human oversight', width: 40, value: (s) => s.humanOversight },
  { header: 'In AIMS scope', value: (s) => s.isInScope },
  { header: 'Out-of-scope reason', width: 36, value: (s) => s.outOfScopeReason ?? '' },
  { header: 'Created', width: 24, value: (s) => s.createdAt },
  { header: 'Updated', width: 24, value: (s) => s.updatedAt },
];
