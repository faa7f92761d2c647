/**
 * The register declarations the web UI runs on, in the shape `GET
 * /api/v1/registers` returns. Until that endpoint is served, they are written
 * here once (their choices come from the label maps the rest of the UI still
 * uses); `useRegister` is the one place that reads them.
 */
import { optionsOf } from '../labels/label-options.js';
import { AI_ROLE_LABELS, EU_RISK_CLASS_SHORT } from '../labels/ai-classification.js';
import { CONTEXT_KIND_LABELS } from '../labels/context.js';
import { LIFECYCLE_STAGE_OPTIONS } from '../labels/lifecycle-stages.js';
import { COMPLIANCE_STATUS_LABELS, OBLIGATION_KIND_LABELS } from '../labels/obligations.js';
import type { RegisterDeclaration, RegisterKey } from './declaration.js';

const text = (field: string, label: string, isRequired = false) =>
  ({ field, label, type: 'text', choices: null, isRequired }) as const;
const column = (header: string, field: string, isRequired = false) => ({
  header,
  field,
  isRequired,
});

const AI_ROLES = optionsOf(AI_ROLE_LABELS);
const RISK_CLASSES = optionsOf(EU_RISK_CLASS_SHORT);

const aiSystems: RegisterDeclaration = {
  key: 'ai-systems',
  one: 'AI system',
  many: 'AI systems',
  path: 'ai-systems',
  fields: [
    text('name', 'Name', true),
    text('purpose', 'Purpose', true),
    {
      field: 'description',
      label: 'Description',
      type: 'long_text',
      choices: null,
      isRequired: false,
    },
    { field: 'ownerUserId', label: 'Owner', type: 'member', choices: null, isRequired: false },
    {
      field: 'lifecycleStage',
      label: 'Life-cycle stage',
      type: 'choice',
      choices: LIFECYCLE_STAGE_OPTIONS,
      isRequired: true,
    },
    {
      field: 'aiRoles',
      label: 'Our AI roles',
      type: 'choice_list',
      choices: AI_ROLES,
      isRequired: false,
    },
    {
      field: 'euRiskClass',
      label: 'EU risk class',
      type: 'choice',
      choices: RISK_CLASSES,
      isRequired: false,
    },
    { field: 'isInScope', label: 'AIMS scope', type: 'boolean', choices: null, isRequired: true },
    {
      field: 'updatedAt',
      label: 'Last updated',
      type: 'timestamp',
      choices: null,
      isRequired: false,
    },
  ],
  filters: [
    {
      param: 'lifecycleStage',
      label: 'Life-cycle stage',
      type: 'choice',
      choices: LIFECYCLE_STAGE_OPTIONS,
    },
    {
      param: 'isInScope',
      label: 'AIMS scope',
      type: 'boolean',
      choices: [
        { value: 'true', label: 'In scope' },
        { value: 'false', label: 'Out of scope' },
      ],
    },
    { param: 'euRiskClass', label: 'EU AI Act risk class', type: 'choice', choices: RISK_CLASSES },
    { param: 'aiRole', label: 'Our AI role', type: 'choice', choices: AI_ROLES },
  ],
  sort: {
    default: 'name',
    fields: [
      { field: 'name', label: 'Name' },
      { field: 'lifecycleStage', label: 'Life-cycle stage' },
      { field: 'createdAt', label: 'Created' },
      { field: 'updatedAt', label: 'Last updated' },
    ],
  },
  transfer: {
    isImportable: true,
    isExportable: true,
    importColumns: [
      column('Name', 'name', true),
      column('Purpose', 'purpose', true),
      column('Description', 'description'),
      column('Owner', 'ownerEmail'),
      column('Life-cycle stage', 'lifecycleStage', true),
      column('AI roles', 'aiRoles'),
      column('EU AI Act role', 'euAiActRole'),
      column('EU AI Act risk class', 'euRiskClass'),
      column('Annex III area', 'euAnnexIiiArea'),
      column('General-purpose AI model', 'isGeneralPurposeModel'),
      column('Third-party components', 'thirdPartyComponents'),
      column('Data categories', 'dataCategories'),
      column('Automation level', 'automationLevel'),
      column('Human oversight', 'humanOversight'),
      column('In AIMS scope', 'isInScope', true),
      column('Out-of-scope reason', 'outOfScopeReason'),
    ],
  },
};

const OVERDUE_CHOICES = [
  { value: 'true', label: 'Review overdue' },
  { value: 'false', label: 'Not overdue' },
];

const obligations: RegisterDeclaration = {
  key: 'obligations',
  one: 'Obligation',
  many: 'Obligations',
  path: 'obligations',
  fields: [
    {
      field: 'kind',
      label: 'Kind',
      type: 'choice',
      choices: optionsOf(OBLIGATION_KIND_LABELS),
      isRequired: true,
    },
    { field: 'source', label: 'Source', type: 'text', choices: null, isRequired: true },
    { field: 'reference', label: 'Reference', type: 'text', choices: null, isRequired: true },
    {
      field: 'requirement',
      label: 'Requirement',
      type: 'long_text',
      choices: null,
      isRequired: true,
    },
    {
      field: 'aiSystemIds',
      label: 'AI systems',
      type: 'ai_system_list',
      choices: null,
      isRequired: false,
    },
    { field: 'ownerUserId', label: 'Owner', type: 'member', choices: null, isRequired: false },
    {
      field: 'complianceStatus',
      label: 'Compliance status',
      type: 'choice',
      choices: optionsOf(COMPLIANCE_STATUS_LABELS),
      isRequired: false,
    },
    {
      field: 'nextReviewDate',
      label: 'Next review date',
      type: 'date',
      choices: null,
      isRequired: false,
    },
    { field: 'notes', label: 'Notes', type: 'long_text', choices: null, isRequired: false },
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: optionsOf(OBLIGATION_KIND_LABELS) },
    {
      param: 'complianceStatus',
      label: 'Compliance',
      type: 'choice',
      choices: optionsOf(COMPLIANCE_STATUS_LABELS),
    },
    { param: 'aiSystemId', label: 'AI system', type: 'ai_system', choices: null },
    { param: 'ownerUserId', label: 'Owner', type: 'member', choices: null },
    { param: 'overdue', label: 'Review', type: 'boolean', choices: OVERDUE_CHOICES },
  ],
  sort: {
    default: 'source',
    fields: [
      { field: 'source', label: 'Source' },
      { field: 'reference', label: 'Reference' },
      { field: 'complianceStatus', label: 'Compliance status' },
      { field: 'nextReviewDate', label: 'Next review date' },
      { field: 'updatedAt', label: 'Last changed' },
    ],
  },
  transfer: {
    isImportable: true,
    isExportable: true,
    importColumns: [
      column('Kind', 'kind', true),
      column('Source', 'source', true),
      column('Reference', 'reference', true),
      column('Requirement', 'requirement', true),
      column('AI systems', 'aiSystemNames'),
      column('Owner', 'ownerEmail'),
      column('Compliance status', 'complianceStatus'),
      column('Next review date', 'nextReviewDate'),
      column('Notes', 'notes'),
    ],
  },
};

const CONTEXT_KINDS = optionsOf(CONTEXT_KIND_LABELS);
const EXPORT_ONLY = { isImportable: false, isExportable: true, importColumns: [] };
/** Context issues and interested parties are listed by kind, then title or name. */
const BY_KIND = { default: 'kind', fields: [] };

const contextIssues: RegisterDeclaration = {
  key: 'context-issues',
  one: 'Context issue',
  many: 'Context issues',
  path: 'context-issues',
  fields: [
    { field: 'kind', label: 'Kind', type: 'choice', choices: CONTEXT_KINDS, isRequired: true },
    { field: 'title', label: 'Issue', type: 'text', choices: null, isRequired: true },
    {
      field: 'description',
      label: 'Why it matters',
      type: 'long_text',
      choices: null,
      isRequired: false,
    },
    {
      field: 'isClimateRelevant',
      label: 'Climate change',
      type: 'boolean',
      choices: null,
      isRequired: false,
    },
    {
      field: 'updatedAt',
      label: 'Last updated',
      type: 'timestamp',
      choices: null,
      isRequired: false,
    },
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: CONTEXT_KINDS },
    {
      param: 'isClimateRelevant',
      label: 'Climate change',
      type: 'boolean',
      choices: [
        { value: 'true', label: 'Climate-relevant' },
        { value: 'false', label: 'Not climate-relevant' },
      ],
    },
  ],
  sort: BY_KIND,
  transfer: EXPORT_ONLY,
};

const interestedParties: RegisterDeclaration = {
  key: 'interested-parties',
  one: 'Interested party',
  many: 'Interested parties',
  path: 'interested-parties',
  fields: [
    { field: 'kind', label: 'Kind', type: 'choice', choices: CONTEXT_KINDS, isRequired: true },
    { field: 'name', label: 'Interested party', type: 'text', choices: null, isRequired: true },
    { field: 'notes', label: 'Notes', type: 'long_text', choices: null, isRequired: false },
    {
      field: 'updatedAt',
      label: 'Last updated',
      type: 'timestamp',
      choices: null,
      isRequired: false,
    },
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: CONTEXT_KINDS },
    {
      param: 'hasUnaddressed',
      label: 'Requirements',
      type: 'boolean',
      choices: [
        { value: 'true', label: 'Some not addressed' },
        { value: 'false', label: 'All addressed' },
      ],
    },
  ],
  sort: BY_KIND,
  transfer: EXPORT_ONLY,
};

export const REGISTER_DEFINITIONS: Readonly<Partial<Record<RegisterKey, RegisterDeclaration>>> = {
  'ai-systems': aiSystems,
  obligations,
  'context-issues': contextIssues,
  'interested-parties': interestedParties,
};
