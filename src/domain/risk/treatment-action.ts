/**
 * A risk treatment action (ISO/IEC 42001 clauses 6.1.3 and 8.3): one step of
 * the AI risk treatment plan — what is done, by whom, by when, and which
 * Annex A controls and organization controls it puts in place.
 */
import { isControlId } from '../catalog/index.js';
import type { ControlId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf, checkOptionalDate, checkText } from '../validation.js';
import type { Checked } from '../validation.js';
import { isOrganizationControlId } from './organization-control.js';
import { TREATMENT_ACTION_STATUSES } from './risk.js';
import type { TreatmentActionStatus } from './risk.js';

export interface TreatmentActionDetails {
  readonly title: string;
  readonly description: string;
  readonly ownerUserId: string | null;
  /** YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly status: TreatmentActionStatus;
  /** Annex A controls the action implements, once each, in the order given. */
  readonly annexAControlIds: readonly ControlId[];
  /** The organization's own controls (`ORG-1` …) the action implements. */
  readonly organizationControlIds: readonly string[];
}

export interface TreatmentAction extends TreatmentActionDetails {
  readonly id: string;
  readonly riskId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TreatmentActionInput {
  readonly title: string;
  readonly description?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly dueDate?: string | null | undefined;
  readonly status?: string | undefined;
  readonly annexAControlIds?: readonly string[] | undefined;
  readonly organizationControlIds?: readonly string[] | undefined;
}

export const MAX_CONTROL_LINKS = 50;

/** Control ids once each; an id the test refuses is reported at its index as given. */
export const checkControlLinks = (
  issues: FieldIssue[],
  field: string,
  values: readonly string[] | undefined,
  isValid: (id: string) => boolean,
  reason: (id: string) => string,
): string[] => {
  const ids = (values ?? []).map((value) => value.trim());
  ids.forEach((id, index) => {
    if (!isValid(id)) issues.push({ field: `${field}.${index}`, reason: reason(id) });
  });
  if (ids.length > MAX_CONTROL_LINKS)
    issues.push({ field, reason: `must list at most ${MAX_CONTROL_LINKS} controls` });
  return [...new Set(ids)];
};

export const annexAControlReason = (id: string) =>
  `"${id}" is not an Annex A control (A.2.2 … A.10.4; no control id ends in .1)`;
export const organizationControlReason = (id: string) =>
  `"${id}" is not an organization control reference such as ORG-1`;

/** Checks and normalizes a treatment action; a new action is planned unless said otherwise. */
export const checkTreatmentActionInput = (
  input: TreatmentActionInput,
): Checked<TreatmentActionDetails> => {
  const issues: FieldIssue[] = [];
  const title = checkText(issues, 'title', input.title);
  const description = (input.description ?? '').trim();
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field: 'description', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  const ownerUserId = (input.ownerUserId ?? '').trim();
  return {
    details: {
      title,
      description,
      ownerUserId: ownerUserId === '' ? null : ownerUserId,
      dueDate: checkOptionalDate(issues, 'dueDate', input.dueDate),
      status: checkOneOf(issues, 'status', input.status ?? 'planned', TREATMENT_ACTION_STATUSES),
      annexAControlIds: checkControlLinks(
        issues,
        'annexAControlIds',
        input.annexAControlIds,
        isControlId,
        annexAControlReason,
      ) as ControlId[],
      organizationControlIds: checkControlLinks(
        issues,
        'organizationControlIds',
        (input.organizationControlIds ?? []).map((id) => id.trim().toUpperCase()),
        isOrganizationControlId,
        organizationControlReason,
      ),
    },
    issues,
  };
};
