/**
 * AI objectives (ISO/IEC 42001 clause 6.2) and the measurements that show
 * progress against them (clause 9.1). An objective is measurable if
 * practicable: a quantitative one has a metric, a target and whether higher
 * or lower is better; a qualitative one says how its results are evaluated
 * instead, and each evaluation records whether it was achieved. Planning it
 * records what will be done, the resources, who is responsible, when it will
 * be completed, how results are evaluated, how it is communicated, and how it
 * is consistent with the AI policy and applicable requirements; what is
 * still missing is reported, not refused, so a plan can be written in steps.
 */
import { ANNEX_C_OBJECTIVE_IDS } from '../catalog/index.js';
import type { AnnexCObjectiveId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { valuesOf } from '../labelled-values.js';
import {
  LONG_TEXT_MAX,
  checkOneOf,
  checkOptionalDate,
  checkText,
  isCalendarDate,
} from '../validation.js';
import type { Checked } from '../validation.js';

export const OBJECTIVE_DIRECTIONS = ['at_least', 'at_most'] as const;
export type ObjectiveDirection = (typeof OBJECTIVE_DIRECTIONS)[number];

export const OBJECTIVE_KIND_LABELS = {
  quantitative: 'Quantitative (metric and target)',
  qualitative: 'Qualitative (evaluation method)',
} as const;
export type ObjectiveKind = keyof typeof OBJECTIVE_KIND_LABELS;
export const OBJECTIVE_KINDS = valuesOf(OBJECTIVE_KIND_LABELS);

/** The outcome a qualitative evaluation records as its value. */
export const QUALITATIVE_ACHIEVED = 1;
export const QUALITATIVE_NOT_ACHIEVED = 0;

export interface ObjectiveDetails {
  readonly title: string;
  readonly description: string;
  readonly kind: ObjectiveKind;
  readonly metric: string;
  readonly unit: string;
  /** The target of a quantitative objective; null for a qualitative one. */
  readonly targetValue: number | null;
  readonly direction: ObjectiveDirection;
  /** How results are evaluated; required for a qualitative objective. */
  readonly evaluationMethod: string;
  /** What will be done. */
  readonly plan: string;
  readonly resources: string;
  /** Who is responsible. */
  readonly ownerUserId: string | null;
  /** When it will be completed. */
  readonly dueDate: string | null;
  /** How the objective and its results are communicated. */
  readonly communication: string;
  /** How it is consistent with the AI policy and applicable requirements. */
  readonly policyConsistency: string;
  readonly annexCObjectiveId: AnnexCObjectiveId | null;
}

export interface Objective extends ObjectiveDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Measurement {
  readonly id: string;
  readonly objectiveId: string;
  readonly measuredOn: string;
  readonly value: number;
  readonly note: string;
  readonly recordedByUserId: string | null;
  readonly createdAt: string;
}

export type ObjectiveInput = Partial<Omit<ObjectiveDetails, 'kind'>> & {
  title: string;
  kind?: string | undefined;
};

const checkNumber = (issues: FieldIssue[], field: string, value: number) => {
  if (!Number.isFinite(value)) issues.push({ field, reason: 'must be a number' });
  return value;
};

const LONG_FIELDS = [
  'description',
  'evaluationMethod',
  'plan',
  'resources',
  'communication',
  'policyConsistency',
] as const;

/** What is measured: a metric and target when quantitative, an evaluation method when not. */
const checkMeasure = (issues: FieldIssue[], kind: ObjectiveKind, input: ObjectiveInput) => {
  const evaluationMethod = (input.evaluationMethod ?? '').trim();
  if (kind === 'qualitative') {
    if (evaluationMethod.length === 0)
      issues.push({
        field: 'evaluationMethod',
        reason: 'say how the results are evaluated when the objective has no target value',
      });
    const metric = (input.metric ?? '').trim();
    if (metric.length > 200)
      issues.push({ field: 'metric', reason: 'must be at most 200 characters' });
    return { metric, targetValue: null, evaluationMethod };
  }
  const metric = checkText(issues, 'metric', input.metric ?? '');
  const target = input.targetValue;
  if (target === null || target === undefined)
    issues.push({ field: 'targetValue', reason: 'is required for a quantitative objective' });
  else checkNumber(issues, 'targetValue', target);
  return { metric, targetValue: target ?? null, evaluationMethod };
};

/** Checks and normalizes an objective. */
export const validateObjective = (input: ObjectiveInput): Checked<ObjectiveDetails> => {
  const issues: FieldIssue[] = [];
  const title = checkText(issues, 'title', input.title);
  const kind = checkOneOf(issues, 'kind', input.kind ?? 'quantitative', OBJECTIVE_KINDS);
  const details: ObjectiveDetails = {
    title,
    description: (input.description ?? '').trim(),
    kind,
    ...checkMeasure(issues, kind, input),
    unit: kind === 'qualitative' ? '' : (input.unit ?? '').trim(),
    direction: checkOneOf(issues, 'direction', input.direction ?? 'at_least', OBJECTIVE_DIRECTIONS),
    plan: (input.plan ?? '').trim(),
    resources: (input.resources ?? '').trim(),
    ownerUserId: input.ownerUserId ?? null,
    dueDate: checkOptionalDate(issues, 'dueDate', input.dueDate),
    communication: (input.communication ?? '').trim(),
    policyConsistency: (input.policyConsistency ?? '').trim(),
    annexCObjectiveId:
      input.annexCObjectiveId === null || input.annexCObjectiveId === undefined
        ? null
        : checkOneOf(issues, 'annexCObjectiveId', input.annexCObjectiveId, ANNEX_C_OBJECTIVE_IDS),
  };
  if (details.unit.length > 40)
    issues.push({ field: 'unit', reason: 'must be at most 40 characters' });
  for (const field of LONG_FIELDS) {
    if (details[field].length > LONG_TEXT_MAX)
      issues.push({ field, reason: `must be at most ${LONG_TEXT_MAX} characters` });
  }
  return { details, issues };
};

/** The planning items of clause 6.2 an objective records, in the order the clause lists them. */
export const PLANNING_FIELD_LABELS = {
  plan: 'What will be done',
  resources: 'Resources',
  ownerUserId: 'Who is responsible',
  dueDate: 'When it will be completed',
  evaluationMethod: 'How results are evaluated',
  communication: 'How it is communicated',
  policyConsistency: 'Consistency with the AI policy and requirements',
} as const;
export type PlanningField = keyof typeof PLANNING_FIELD_LABELS;
export const PLANNING_FIELDS = valuesOf(PLANNING_FIELD_LABELS);

/**
 * The planning items still missing. A quantitative objective's results are
 * evaluated by its metric against the target, so it needs no separate method.
 */
export const planningGaps = (objective: ObjectiveDetails): PlanningField[] =>
  PLANNING_FIELDS.filter((field) => {
    if (field === 'evaluationMethod')
      return objective.kind === 'qualitative' && objective.evaluationMethod.length === 0;
    const value = objective[field];
    return value === null || value.length === 0;
  });

/**
 * Checks a measurement: a real date not after today, a finite value; a
 * qualitative objective's evaluation is achieved (1) or not (0).
 */
export const measurementIssues = (
  input: { measuredOn: string; value: number; note?: string | undefined },
  today: string,
  kind: ObjectiveKind = 'quantitative',
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(input.measuredOn))
    issues.push({ field: 'measuredOn', reason: 'must be a date written as YYYY-MM-DD' });
  else if (input.measuredOn > today)
    issues.push({ field: 'measuredOn', reason: 'cannot be in the future' });
  checkNumber(issues, 'value', input.value);
  if (
    kind === 'qualitative' &&
    input.value !== QUALITATIVE_ACHIEVED &&
    input.value !== QUALITATIVE_NOT_ACHIEVED
  )
    issues.push({
      field: 'value',
      reason: 'must be 1 (achieved) or 0 (not achieved) for a qualitative objective',
    });
  if ((input.note ?? '').length > 2000)
    issues.push({ field: 'note', reason: 'must be at most 2000 characters' });
  return issues;
};

export interface ObjectiveProgress {
  readonly latestValue: number | null;
  readonly latestMeasuredOn: string | null;
  readonly isTargetMet: boolean | null;
  readonly isOverdue: boolean;
}

/** Where an objective stands: its latest measurement against the target, and whether it is late. */
export const objectiveProgress = (
  objective: Pick<ObjectiveDetails, 'kind' | 'targetValue' | 'direction' | 'dueDate'>,
  measurements: readonly Pick<Measurement, 'measuredOn' | 'value' | 'createdAt'>[],
  today: string,
): ObjectiveProgress => {
  const latest = [...measurements]
    .sort(
      (a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.createdAt.localeCompare(b.createdAt),
    )
    .at(-1);
  const isTargetMet =
    latest === undefined
      ? null
      : objective.kind === 'qualitative' || objective.targetValue === null
        ? latest.value === QUALITATIVE_ACHIEVED
        : objective.direction === 'at_least'
          ? latest.value >= objective.targetValue
          : latest.value <= objective.targetValue;
  return {
    latestValue: latest?.value ?? null,
    latestMeasuredOn: latest?.measuredOn ?? null,
    isTargetMet,
    isOverdue: objective.dueDate !== null && objective.dueDate < today && isTargetMet !== true,
  };
};

/** How a set of objectives stands: how many meet their target, miss it, have no measurement, are late. */
export interface ObjectiveSummary {
  readonly targetMet: number;
  readonly targetNotMet: number;
  readonly withoutMeasurement: number;
  readonly overdue: number;
}

export const summarizeObjectives = (
  progresses: readonly Pick<ObjectiveProgress, 'isTargetMet' | 'isOverdue'>[],
): ObjectiveSummary => ({
  targetMet: progresses.filter((progress) => progress.isTargetMet === true).length,
  targetNotMet: progresses.filter((progress) => progress.isTargetMet === false).length,
  withoutMeasurement: progresses.filter((progress) => progress.isTargetMet === null).length,
  overdue: progresses.filter((progress) => progress.isOverdue).length,
});
