/**
 * The AI risk treatment plan (ISO/IEC 42001 clause 6.1.3, results under
 * 8.3): every treatment action with its risk, the controls it implements,
 * owner, due date and status, frozen as one serialisable snapshot that an
 * approved version keeps, and the difference between two snapshots for the
 * reviewer of a new version.
 */
import { isControlId } from '../catalog/index.js';
import { deepFreeze } from '../catalog/freeze.js';
import type { FieldIssue } from '../errors.js';
import { invalid } from '../errors.js';
import { naturalSortKey } from '../text/natural-sort.js';
import type { RiskCriteria } from './criteria.js';
import { isOrganizationControlId } from './organization-control.js';
import type { Risk, TreatmentActionStatus } from './risk.js';
import { OPEN_ACTION_STATUSES, TREATMENT_ACTION_STATUSES } from './risk.js';
import { currentLevel, inherentLevel, isAboveThreshold, residualLevel } from './scoring.js';
import type { TreatmentAction } from './treatment-action.js';
import { annexAControlReason, organizationControlReason } from './treatment-action.js';

export type PlanRisk = Pick<
  Risk,
  | 'id'
  | 'kind'
  | 'statement'
  | 'treatmentOption'
  | 'likelihood'
  | 'consequence'
  | 'residualLikelihood'
  | 'residualConsequence'
>;

export type PlanAction = Pick<
  TreatmentAction,
  'id' | 'riskId' | 'title' | 'ownerUserId' | 'dueDate' | 'status'
> & {
  readonly annexAControlIds: readonly string[];
  readonly organizationControlIds: readonly string[];
};

export interface TreatmentPlanEntry {
  readonly actionId: string;
  readonly title: string;
  readonly riskId: string;
  readonly riskStatement: string;
  readonly riskKind: Risk['kind'];
  readonly treatmentOption: Risk['treatmentOption'];
  readonly inherentLevel: string | null;
  readonly residualLevel: string | null;
  readonly annexAControlIds: readonly string[];
  readonly organizationControlIds: readonly string[];
  readonly ownerUserId: string | null;
  readonly dueDate: string | null;
  readonly status: TreatmentActionStatus;
  /** Due before `asOf` and still planned or in progress. */
  readonly isOverdue: boolean;
}

export interface TreatmentPlanSummary {
  readonly actions: number;
  readonly byStatus: Readonly<Record<TreatmentActionStatus, number>>;
  readonly overdue: number;
  /** Risks the plan's actions treat. */
  readonly risksTreated: number;
  /** Risks above the threshold, not retained, with no action other than cancelled ones. */
  readonly untreatedAboveThreshold: readonly string[];
}

export interface TreatmentPlanSnapshot {
  /** The day overdue is judged against (YYYY-MM-DD). */
  readonly asOf: string;
  readonly entries: readonly TreatmentPlanEntry[];
  readonly summary: TreatmentPlanSummary;
}

const checkLinks = (
  issues: FieldIssue[],
  risks: readonly PlanRisk[],
  actions: readonly PlanAction[],
) => {
  const riskIds = new Set(risks.map((risk) => risk.id));
  const seen = new Set<string>();
  actions.forEach((action, index) => {
    const field = `actions.${index}`;
    if (seen.has(action.id))
      issues.push({ field: `${field}.id`, reason: `"${action.id}" appears twice` });
    seen.add(action.id);
    if (!riskIds.has(action.riskId))
      issues.push({
        field: `${field}.riskId`,
        reason: `"${action.riskId}" is not one of the plan's risks`,
      });
    action.annexAControlIds.forEach((id, j) => {
      if (!isControlId(id))
        issues.push({ field: `${field}.annexAControlIds.${j}`, reason: annexAControlReason(id) });
    });
    action.organizationControlIds.forEach((id, j) => {
      if (!isOrganizationControlId(id))
        issues.push({
          field: `${field}.organizationControlIds.${j}`,
          reason: organizationControlReason(id),
        });
    });
  });
};

const byNaturalOrder = (ids: readonly string[]) =>
  [...new Set(ids)].sort(
    (a, b) => naturalSortKey(a).localeCompare(naturalSortKey(b)) || a.localeCompare(b),
  );

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Highest current level first, then by risk, then by due date (undated last), title and id. */
const compareEntries =
  (rankOf: (riskId: string) => number) => (a: TreatmentPlanEntry, b: TreatmentPlanEntry) =>
    rankOf(b.riskId) - rankOf(a.riskId) ||
    compareText(naturalSortKey(a.riskStatement), naturalSortKey(b.riskStatement)) ||
    compareText(a.riskId, b.riskId) ||
    compareText(a.dueDate ?? '\uffff', b.dueDate ?? '\uffff') ||
    compareText(naturalSortKey(a.title), naturalSortKey(b.title)) ||
    compareText(a.actionId, b.actionId);

const summarize = (
  entries: readonly TreatmentPlanEntry[],
  risks: readonly PlanRisk[],
  actions: readonly PlanAction[],
  criteria: RiskCriteria,
): TreatmentPlanSummary => {
  const byStatus = Object.fromEntries(
    TREATMENT_ACTION_STATUSES.map((status) => [
      status,
      entries.filter((entry) => entry.status === status).length,
    ]),
  ) as Record<TreatmentActionStatus, number>;
  const activeRiskIds = new Set(
    actions.filter((action) => action.status !== 'cancelled').map((action) => action.riskId),
  );
  const untreatedAboveThreshold = risks
    .filter((risk) => {
      const level = currentLevel(criteria, risk);
      return (
        risk.kind === 'risk' &&
        risk.treatmentOption !== 'retain' &&
        level !== null &&
        isAboveThreshold(criteria, level.key) &&
        !activeRiskIds.has(risk.id)
      );
    })
    .map((risk) => risk.id)
    .sort(compareText);
  return {
    actions: entries.length,
    byStatus,
    overdue: entries.filter((entry) => entry.isOverdue).length,
    risksTreated: new Set(entries.map((entry) => entry.riskId)).size,
    untreatedAboveThreshold,
  };
};

/**
 * The plan as of `today`: one entry per action, control ids once each in
 * natural order, entries in a fixed order, everything frozen.
 * @throws DomainError `RISK_TREATMENT_PLAN_INVALID` (Invalid) for an action of an unknown
 *   risk, a repeated action id, or a control id that is neither Annex A nor an organization
 *   control reference (fields `actions[i]…` in the order given).
 */
export const treatmentPlanSnapshot = (
  risks: readonly PlanRisk[],
  actions: readonly PlanAction[],
  criteria: RiskCriteria,
  today: string,
): TreatmentPlanSnapshot => {
  const issues: FieldIssue[] = [];
  checkLinks(issues, risks, actions);
  if (issues.length > 0)
    throw invalid(
      'RISK_TREATMENT_PLAN_INVALID',
      'The treatment plan refers to unknown risks or controls',
      issues,
    );
  const riskById = new Map(risks.map((risk) => [risk.id, risk]));
  const entries = actions.map((action): TreatmentPlanEntry => {
    const risk = riskById.get(action.riskId) as PlanRisk;
    return {
      actionId: action.id,
      title: action.title,
      riskId: risk.id,
      riskStatement: risk.statement,
      riskKind: risk.kind,
      treatmentOption: risk.treatmentOption,
      inherentLevel: inherentLevel(criteria, risk)?.key ?? null,
      residualLevel: residualLevel(criteria, risk)?.key ?? null,
      annexAControlIds: byNaturalOrder(action.annexAControlIds),
      organizationControlIds: byNaturalOrder(action.organizationControlIds),
      ownerUserId: action.ownerUserId,
      dueDate: action.dueDate,
      status: action.status,
      isOverdue:
        action.dueDate !== null &&
        action.dueDate < today &&
        OPEN_ACTION_STATUSES.includes(action.status),
    };
  });
  const rankOf = (riskId: string) => {
    const risk = riskById.get(riskId);
    return risk === undefined ? 0 : (currentLevel(criteria, risk)?.rank ?? 0);
  };
  entries.sort(compareEntries(rankOf));
  return deepFreeze({
    asOf: today,
    entries,
    summary: summarize(entries, risks, actions, criteria),
  });
};

/** The fields of an entry a reviewer compares; overdue follows from the date alone. */
export const COMPARED_ENTRY_FIELDS = [
  'title',
  'riskId',
  'riskStatement',
  'riskKind',
  'treatmentOption',
  'inherentLevel',
  'residualLevel',
  'annexAControlIds',
  'organizationControlIds',
  'ownerUserId',
  'dueDate',
  'status',
] as const satisfies readonly (keyof TreatmentPlanEntry)[];
export type ComparedEntryField = (typeof COMPARED_ENTRY_FIELDS)[number];

export interface ChangedPlanEntry {
  readonly actionId: string;
  readonly fields: readonly ComparedEntryField[];
  readonly before: TreatmentPlanEntry;
  readonly after: TreatmentPlanEntry;
}

export interface TreatmentPlanDiff {
  /** In the order of `after`. */
  readonly added: readonly TreatmentPlanEntry[];
  /** In the order of `before`. */
  readonly removed: readonly TreatmentPlanEntry[];
  /** In the order of `after`. */
  readonly changed: readonly ChangedPlanEntry[];
  readonly unchanged: number;
}

/** Actions added, removed and changed (field by field) from one snapshot to the next, by action id. */
export const treatmentPlanDiff = (
  before: Pick<TreatmentPlanSnapshot, 'entries'>,
  after: Pick<TreatmentPlanSnapshot, 'entries'>,
): TreatmentPlanDiff => {
  const old = new Map(before.entries.map((entry) => [entry.actionId, entry]));
  const current = new Set(after.entries.map((entry) => entry.actionId));
  const changed: ChangedPlanEntry[] = [];
  const added: TreatmentPlanEntry[] = [];
  let unchanged = 0;
  for (const entry of after.entries) {
    const previous = old.get(entry.actionId);
    if (previous === undefined) {
      added.push(entry);
      continue;
    }
    const fields = COMPARED_ENTRY_FIELDS.filter(
      (field) => JSON.stringify(previous[field]) !== JSON.stringify(entry[field]),
    );
    if (fields.length === 0) unchanged += 1;
    else changed.push({ actionId: entry.actionId, fields, before: previous, after: entry });
  }
  const removed = before.entries.filter((entry) => !current.has(entry.actionId));
  return { added, removed, changed, unchanged };
};
