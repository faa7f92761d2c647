/**
 * The AI risk register and the risk treatment plan as declared registers:
 * their fields, filters and sort for the web kit, and their spreadsheet
 * columns — the risk register one row per risk with its levels in the words
 * of the criteria it was scored against, the treatment plan one row per
 * treatment action with its risk and controls.
 */
import { shortLabel } from '../../domain/labelled-values.js';
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from '../../domain/catalog/annex-c.js';
import {
  RISK_KIND_LABELS,
  RISK_STATUS_LABELS,
  TREATMENT_ACTION_STATUS_LABELS,
  TREATMENT_OPTION_LABELS,
} from '../../domain/risk/risk.js';
import { levelOf } from '../../domain/risk/scoring.js';
import type { Executor } from '../../storage/database.js';
import { criteriaVersionsById } from '../../storage/risk-criteria.repository.js';
import { actionsOfRisks } from '../../storage/risk-treatment.repository.js';
import type { StoredTreatmentAction } from '../../storage/risk-treatment.repository.js';
import { listRisks } from '../../storage/risk.repository.js';
import type { StoredRisk } from '../../storage/risk.repository.js';
import type { ExportColumn } from '../tabular/write-table.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { defineRegister } from './register-table.js';
import type { ExportLookups, RegisterField } from './register-table.js';

const EVERYTHING = { offset: 0, limit: 1_000_000 } as const;

export interface RiskExportRow extends StoredRisk {
  readonly criteriaVersion: number | null;
  readonly inherentLabel: string;
  readonly residualLabel: string;
  readonly actions: readonly StoredTreatmentAction[];
}

const titleOf = new Map<string, string>(
  [...ANNEX_C_OBJECTIVES, ...ANNEX_C_RISK_SOURCES].map((entry) => [entry.id, entry.title]),
);

/** Every risk of the organization, highest current level first, with its levels named and its actions. */
const riskExportRows = async (db: Executor, organizationId: string): Promise<RiskExportRow[]> => {
  const { items } = await listRisks(db, {
    organizationId,
    sort: 'residualLevel',
    direction: 'asc',
    ...EVERYTHING,
  });
  const versionIds = [
    ...new Set(items.flatMap((r) => (r.criteriaVersionId ? [r.criteriaVersionId] : []))),
  ];
  const versions = await criteriaVersionsById(db, organizationId, versionIds);
  const actions = await actionsOfRisks(
    db,
    organizationId,
    items.map((risk) => risk.id),
  );
  return items.map((risk) => {
    const scored = risk.criteriaVersionId ? versions.get(risk.criteriaVersionId) : undefined;
    const label = (key: string | null) =>
      key === null || !scored ? '' : levelOf(scored.criteria, key).label;
    return {
      ...risk,
      criteriaVersion: scored?.version ?? null,
      inherentLabel: label(risk.inherentLevel),
      residualLabel: label(risk.residualLevel),
      actions: actions.get(risk.id) ?? [],
    };
  });
};

const controlsOf = (actions: readonly StoredTreatmentAction[]) =>
  [...new Set(actions.flatMap((a) => [...a.annexAControlIds, ...a.organizationControlIds]))].join(
    '; ',
  );

const riskColumns = ({ emailOf, systemNameOf }: ExportLookups): ExportColumn<RiskExportRow>[] => [
  { header: 'Id', width: 38, value: (r) => r.id },
  { header: 'Kind', width: 12, value: (r) => (r.kind === 'risk' ? 'Risk' : 'Opportunity') },
  { header: 'Statement', width: 60, value: (r) => r.statement },
  {
    header: 'AI systems',
    width: 36,
    value: (r) =>
      r.aiSystemIds.length === 0 ? 'Organization-wide' : r.aiSystemIds.map(systemNameOf).join('; '),
  },
  {
    header: 'Risk source (Annex C)',
    width: 30,
    value: (r) => (r.annexCRiskSourceId ? (titleOf.get(r.annexCRiskSourceId) ?? '') : ''),
  },
  { header: 'Other source', width: 30, value: (r) => r.source },
  {
    header: 'Annex C objectives threatened',
    width: 36,
    value: (r) => r.annexCObjectiveIds.map((id) => titleOf.get(id) ?? id).join('; '),
  },
  {
    header: 'Consequences for the organization',
    width: 40,
    value: (r) => r.consequencesForOrganization,
  },
  {
    header: 'Consequences for individuals, groups or society',
    width: 40,
    value: (r) => r.consequencesForIndividuals,
  },
  { header: 'Existing controls', width: 40, value: (r) => r.existingControls },
  { header: 'Owner', width: 28, value: (r) => emailOf(r.ownerUserId) },
  { header: 'Risk criteria version', width: 10, value: (r) => r.criteriaVersion },
  { header: 'Likelihood', width: 10, value: (r) => r.likelihood },
  { header: 'Consequence', width: 10, value: (r) => r.consequence },
  { header: 'Inherent level', width: 14, value: (r) => r.inherentLabel },
  {
    header: 'Treatment option',
    width: 14,
    value: (r) => (r.treatmentOption ? shortLabel(TREATMENT_OPTION_LABELS[r.treatmentOption]) : ''),
  },
  {
    header: 'Treatment actions',
    width: 60,
    value: (r) =>
      r.actions
        .map(
          (a) =>
            `${a.title} (${TREATMENT_ACTION_STATUS_LABELS[a.status]}${a.dueDate ? `, due ${a.dueDate}` : ''})`,
        )
        .join('\n'),
  },
  { header: 'Controls', width: 30, value: (r) => controlsOf(r.actions) },
  { header: 'Residual likelihood', width: 10, value: (r) => r.residualLikelihood },
  { header: 'Residual consequence', width: 10, value: (r) => r.residualConsequence },
  { header: 'Residual level', width: 14, value: (r) => r.residualLabel },
  { header: 'Status', width: 18, value: (r) => RISK_STATUS_LABELS[r.status] },
  { header: 'Accepted until', width: 14, value: (r) => r.acceptedUntil ?? '' },
  { header: 'Review date', width: 14, value: (r) => r.reviewDate ?? '' },
  { header: 'Created', width: 24, value: (r) => r.createdAt },
  { header: 'Updated', width: 24, value: (r) => r.updatedAt },
];

const timestamps: readonly RegisterField[] = [
  { field: 'createdAt', label: 'Created', type: 'timestamp' },
  { field: 'updatedAt', label: 'Last changed', type: 'timestamp' },
];

export const risksRegister = defineRegister({
  key: 'risks',
  one: 'Risk',
  many: 'AI risks',
  policy: { ...AIMS_REGISTER_POLICY, canExport: true },
  fields: [
    { field: 'kind', label: 'Kind', type: 'choice', choices: RISK_KIND_LABELS, isRequired: true },
    { field: 'statement', label: 'Statement', type: 'long_text', isRequired: true },
    { field: 'aiSystemIds', label: 'AI systems', type: 'ai_system_list' },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    { field: 'likelihood', label: 'Likelihood', type: 'number' },
    { field: 'consequence', label: 'Consequence', type: 'number' },
    { field: 'inherentLevel', label: 'Inherent level', type: 'text' },
    {
      field: 'treatmentOption',
      label: 'Treatment option',
      type: 'choice',
      choices: TREATMENT_OPTION_LABELS,
    },
    { field: 'residualLikelihood', label: 'Residual likelihood', type: 'number' },
    { field: 'residualConsequence', label: 'Residual consequence', type: 'number' },
    { field: 'residualLevel', label: 'Residual level', type: 'text' },
    { field: 'status', label: 'Status', type: 'choice', choices: RISK_STATUS_LABELS },
    { field: 'reviewDate', label: 'Review date', type: 'date' },
    ...timestamps,
  ],
  filters: [
    { param: 'kind', label: 'Kind', type: 'choice', choices: RISK_KIND_LABELS },
    { param: 'status', label: 'Status', type: 'choice', choices: RISK_STATUS_LABELS },
    {
      param: 'treatmentOption',
      label: 'Treatment option',
      type: 'choice',
      choices: TREATMENT_OPTION_LABELS,
    },
    { param: 'aiSystemId', label: 'AI system', type: 'ai_system' },
    { param: 'ownerUserId', label: 'Owner', type: 'member' },
  ],
  sort: {
    default: 'residualLevel',
    fields: ['residualLevel', 'inherentLevel', 'statement', 'reviewDate', 'updatedAt'],
  },
  export: {
    fileStem: 'ai-risk-register',
    rows: (db, organizationId) => riskExportRows(db, organizationId),
    columns: riskColumns,
  },
});

interface PlanRow {
  readonly risk: RiskExportRow;
  readonly action: StoredTreatmentAction;
}

const planColumns = ({ emailOf }: ExportLookups): ExportColumn<PlanRow>[] => [
  { header: 'Action Id', width: 38, value: (p) => p.action.id },
  { header: 'Risk Id', width: 38, value: (p) => p.risk.id },
  { header: 'Risk', width: 50, value: (p) => p.risk.statement },
  {
    header: 'Current level',
    width: 14,
    value: (p) => p.risk.residualLabel || p.risk.inherentLabel,
  },
  { header: 'Action', width: 50, value: (p) => p.action.title },
  { header: 'Description', width: 50, value: (p) => p.action.description },
  { header: 'Annex A controls', width: 24, value: (p) => p.action.annexAControlIds.join('; ') },
  {
    header: 'Organization controls',
    width: 20,
    value: (p) => p.action.organizationControlIds.join('; '),
  },
  { header: 'Owner', width: 28, value: (p) => emailOf(p.action.ownerUserId) },
  { header: 'Due date', width: 14, value: (p) => p.action.dueDate ?? '' },
  { header: 'Status', width: 14, value: (p) => TREATMENT_ACTION_STATUS_LABELS[p.action.status] },
];

export const treatmentPlanRegister = defineRegister({
  key: 'risk-treatment-plan',
  one: 'Treatment action',
  many: 'AI risk treatment plan',
  policy: { ...AIMS_REGISTER_POLICY, canExport: true },
  fields: [
    { field: 'title', label: 'Action', type: 'text', isRequired: true },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    { field: 'dueDate', label: 'Due date', type: 'date' },
    { field: 'status', label: 'Status', type: 'choice', choices: TREATMENT_ACTION_STATUS_LABELS },
  ],
  filters: [],
  sort: { default: 'dueDate', fields: [] },
  export: {
    sheet: 'Treatment plan',
    fileStem: 'ai-risk-treatment-plan',
    rows: async (db, organizationId) =>
      (await riskExportRows(db, organizationId)).flatMap((risk) =>
        risk.actions.map((action) => ({ risk, action })),
      ),
    columns: planColumns,
  },
});
