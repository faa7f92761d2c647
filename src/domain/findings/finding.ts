/**
 * A finding (ISO/IEC 42001 clause 10.2, and the audits of 9.2 and of the
 * certification body): one model for internal and external audits alike —
 * where it came from, how it is graded on one scale, the requirement or
 * control it is against, what was found and the objective evidence. A
 * nonconformity is answered by a corrective action (corrective-action.ts).
 */
import { findClause, findControl } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { valuesOf } from '../labelled-values.js';
import { LONG_TEXT_MAX, checkOneOf, checkText, isCalendarDate } from '../validation.js';
import type { Checked } from '../validation.js';

export const FINDING_SOURCE_LABELS = {
  internal_audit: 'Internal audit',
  external_audit: 'External audit',
  incident: 'Incident',
  management_review: 'Management review',
  complaint: 'Complaint',
  other: 'Other',
} as const;
export type FindingSource = keyof typeof FINDING_SOURCE_LABELS;
export const FINDING_SOURCES = valuesOf(FINDING_SOURCE_LABELS);

/** The one grading scale, severest first, for internal and external audits. */
export const FINDING_TYPE_LABELS = {
  major_nonconformity: 'Major nonconformity',
  minor_nonconformity: 'Minor nonconformity',
  area_of_concern: 'Area of concern',
  opportunity_for_improvement: 'Opportunity for improvement',
  observation: 'Observation',
} as const;
export type FindingType = keyof typeof FINDING_TYPE_LABELS;
export const FINDING_TYPES = valuesOf(FINDING_TYPE_LABELS);

/** A nonconformity: a requirement not met, which clause 10.2 says must be acted on. */
export const isNonconformity = (type: FindingType): boolean =>
  type === 'major_nonconformity' || type === 'minor_nonconformity';

/**
 * Whether a finding of the type must be answered by a corrective action
 * before it can be closed: every nonconformity. Other grades may have one.
 */
export const needsCorrectiveAction = isNonconformity;

const REQUIREMENT_CLAUSE = /^(?:[4-9]|10)(?:\.|$)/;

/** Whether the id names a clause with requirements (4–10, or one below them) or an Annex A control. */
export const isRequirementId = (id: string): boolean =>
  findControl(id) !== undefined || (REQUIREMENT_CLAUSE.test(id) && findClause(id) !== undefined);

export interface FindingDetails {
  readonly source: FindingSource;
  /** The record it came from (an internal audit, a management review …); null for other sources. */
  readonly sourceRecordId: string | null;
  readonly type: FindingType;
  /** The clause (`9.2.2`) or Annex A control (`A.6.2.4`) it is against. */
  readonly requirementId: string;
  readonly statement: string;
  readonly objectiveEvidence: string;
  /** The day it was raised (YYYY-MM-DD). */
  readonly raisedOn: string;
}

export interface FindingInput {
  readonly source?: string | undefined;
  readonly sourceRecordId?: string | null | undefined;
  readonly type?: string | undefined;
  readonly requirementId?: string | undefined;
  readonly statement?: string | undefined;
  readonly objectiveEvidence?: string | undefined;
  readonly raisedOn?: string | undefined;
}

/**
 * Checks a new finding. Every field is required but the source record and,
 * except for a nonconformity, the objective evidence: a nonconformity
 * stands on evidence, so it needs it. It may not be raised in the future.
 */
export const checkFindingInput = (input: FindingInput, today: string): Checked<FindingDetails> => {
  const issues: FieldIssue[] = [];
  const source = checkOneOf(issues, 'source', input.source ?? '', FINDING_SOURCES);
  const type = checkOneOf(issues, 'type', input.type ?? '', FINDING_TYPES);
  const requirementId = (input.requirementId ?? '').trim();
  if (requirementId === '') issues.push({ field: 'requirementId', reason: 'is required' });
  else if (!isRequirementId(requirementId))
    issues.push({
      field: 'requirementId',
      reason:
        'must be a clause of ISO/IEC 42001 (such as 9.2.2) or an Annex A control (such as A.6.2.4)',
    });
  const statement = checkText(issues, 'statement', input.statement ?? '', LONG_TEXT_MAX);
  const objectiveEvidence = (input.objectiveEvidence ?? '').trim();
  if (objectiveEvidence.length > LONG_TEXT_MAX)
    issues.push({
      field: 'objectiveEvidence',
      reason: `must be at most ${LONG_TEXT_MAX} characters`,
    });
  else if (objectiveEvidence === '' && isNonconformity(type))
    issues.push({
      field: 'objectiveEvidence',
      reason: 'is required for a nonconformity: say what was seen that shows it',
    });
  const raisedOn = input.raisedOn ?? today;
  if (!isCalendarDate(raisedOn))
    issues.push({ field: 'raisedOn', reason: 'must be a date (YYYY-MM-DD)' });
  else if (raisedOn > today) issues.push({ field: 'raisedOn', reason: 'cannot be in the future' });
  const sourceRecordId =
    input.sourceRecordId === undefined || input.sourceRecordId === null
      ? null
      : input.sourceRecordId.trim() || null;
  return {
    details: {
      source,
      sourceRecordId,
      type,
      requirementId,
      statement,
      objectiveEvidence,
      raisedOn,
    },
    issues,
  };
};
