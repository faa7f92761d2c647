/**
 * AI objectives (ISO/IEC 42001 clause 6.2) and the measurements that show
 * progress against them (clause 9.1): each objective is measurable — a metric,
 * a unit, a target and whether higher or lower is better — with an owner, a
 * due date and a plan, optionally tied to an Annex C objective.
 */
import { ANNEX_C_OBJECTIVE_IDS } from '../catalog/index.js';
import type { AnnexCObjectiveId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
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

export interface ObjectiveDetails {
  readonly title: string;
  readonly description: string;
  readonly metric: string;
  readonly unit: string;
  readonly targetValue: number;
  readonly direction: ObjectiveDirection;
  readonly ownerUserId: string | null;
  readonly dueDate: string | null;
  readonly plan: string;
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

export type ObjectiveInput = Partial<ObjectiveDetails> & {
  title: string;
  metric: string;
  targetValue: number;
};

const checkNumber = (issues: FieldIssue[], field: string, value: number) => {
  if (!Number.isFinite(value)) issues.push({ field, reason: 'must be a number' });
  return value;
};

/** Checks and normalizes an objective. */
export const validateObjective = (input: ObjectiveInput): Checked<ObjectiveDetails> => {
  const issues: FieldIssue[] = [];
  const details: ObjectiveDetails = {
    title: checkText(issues, 'title', input.title),
    description: (input.description ?? '').trim(),
    metric: checkText(issues, 'metric', input.metric),
    unit: (input.unit ?? '').trim(),
    targetValue: checkNumber(issues, 'targetValue', input.targetValue),
    direction: checkOneOf(issues, 'direction', input.direction ?? 'at_least', OBJECTIVE_DIRECTIONS),
    ownerUserId: input.ownerUserId ?? null,
    dueDate: checkOptionalDate(issues, 'dueDate', input.dueDate),
    plan: (input.plan ?? '').trim(),
    annexCObjectiveId:
      input.annexCObjectiveId === null || input.annexCObjectiveId === undefined
        ? null
        : checkOneOf(issues, 'annexCObjectiveId', input.annexCObjectiveId, ANNEX_C_OBJECTIVE_IDS),
  };
  if (details.unit.length > 40)
    issues.push({ field: 'unit', reason: 'must be at most 40 characters' });
  for (const field of ['description', 'plan'] as const) {
    if (details[field].length > LONG_TEXT_MAX)
      issues.push({ field, reason: `must be at most ${LONG_TEXT_MAX} characters` });
  }
  return { details, issues };
};

/** Checks a measurement: a real date not after today, a finite value. */
export const measurementIssues = (
  input: { measuredOn: string; value: number; note?: string | undefined },
  today: string,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(input.measuredOn))
    issues.push({ field: 'measuredOn', reason: 'must be a date written as YYYY-MM-DD' });
  else if (input.measuredOn > today)
    issues.push({ field: 'measuredOn', reason: 'cannot be in the future' });
  checkNumber(issues, 'value', input.value);
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
  objective: Pick<ObjectiveDetails, 'targetValue' | 'direction' | 'dueDate'>,
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
