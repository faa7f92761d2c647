/**
 * The obligations register: the legal, regulatory and contractual
 * requirements and the voluntary or ethical commitments that bear on the
 * organization's AI systems (an input to ISO/IEC 42001 clauses 4.2 and 6.1,
 * and to the Annex A.2 policy controls), who owns each, how far the
 * organization complies, and when it is next reviewed.
 */
import { valuesOf } from '../labelled-values.js';
import type { FieldIssue } from '../errors.js';
import { checkOptionalLongText, checkRegisterText } from '../register/register-text.js';
import { LONG_TEXT_MAX, checkOneOf, checkOptionalDate } from '../validation.js';
import type { Checked } from '../validation.js';

export const OBLIGATION_KIND_LABELS = {
  legal: 'Legal',
  regulatory: 'Regulatory',
  contractual: 'Contractual',
  voluntary: 'Voluntary or ethical',
} as const;
export type ObligationKind = keyof typeof OBLIGATION_KIND_LABELS;
export const OBLIGATION_KINDS = valuesOf(OBLIGATION_KIND_LABELS);

export const COMPLIANCE_STATUS_LABELS = {
  not_assessed: 'Not assessed',
  compliant: 'Compliant',
  partially_compliant: 'Partially compliant',
  non_compliant: 'Non-compliant',
} as const;
export type ComplianceStatus = keyof typeof COMPLIANCE_STATUS_LABELS;
export const COMPLIANCE_STATUSES = valuesOf(COMPLIANCE_STATUS_LABELS);

/**
 * Sorting by status runs from settled to needing attention, so a descending
 * sort puts non-compliance first and leaves what is compliant at the bottom.
 */
export const COMPLIANCE_STATUS_RANK: Readonly<Record<ComplianceStatus, number>> = {
  compliant: 0,
  partially_compliant: 1,
  not_assessed: 2,
  non_compliant: 3,
};

export const OBLIGATION_SORT_FIELDS = [
  'source',
  'reference',
  'complianceStatus',
  'nextReviewDate',
  'updatedAt',
] as const;
export type ObligationSortField = (typeof OBLIGATION_SORT_FIELDS)[number];

export const MAX_OBLIGATION_AI_SYSTEMS = 500;

export interface ObligationDetails {
  readonly kind: ObligationKind;
  readonly source: string;
  readonly reference: string;
  readonly requirement: string;
  readonly aiSystemIds: readonly string[];
  readonly ownerUserId: string | null;
  readonly complianceStatus: ComplianceStatus;
  /** YYYY-MM-DD */
  readonly nextReviewDate: string | null;
  readonly notes: string;
}

export interface Obligation extends ObligationDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Input from a form, the API or an import row; optional parts may be absent. */
export interface ObligationInput {
  readonly kind: string;
  readonly source: string;
  readonly reference: string;
  readonly requirement: string;
  readonly aiSystemIds?: readonly string[] | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly complianceStatus?: string | undefined;
  readonly nextReviewDate?: string | null | undefined;
  readonly notes?: string | undefined;
}

/** Whether the review date has passed on the given day (YYYY-MM-DD); the day itself is not late. */
export const isReviewOverdue = (nextReviewDate: string | null, today: string): boolean =>
  nextReviewDate !== null && today > nextReviewDate;

const checkAiSystemIdList = (issues: FieldIssue[], ids: readonly string[]): string[] => {
  if (ids.length > MAX_OBLIGATION_AI_SYSTEMS) {
    issues.push({
      field: 'aiSystemIds',
      reason: `must list at most ${MAX_OBLIGATION_AI_SYSTEMS} AI systems`,
    });
  }
  ids.forEach((id, index) => {
    if (id.trim().length === 0)
      issues.push({ field: `aiSystemIds.${index}`, reason: 'is required' });
  });
  return [...new Set(ids.map((id) => id.trim()))];
};

/**
 * Checks and normalizes an obligation: texts trimmed and bounded, kind and
 * status known (status defaults to not assessed), the review date a real
 * calendar date, and AI system ids listed once each. Whether the ids and the
 * owner belong to the organization is for the caller to check.
 */
export const validateObligation = (input: ObligationInput): Checked<ObligationDetails> => {
  const issues: FieldIssue[] = [];
  const kind = checkOneOf(issues, 'kind', input.kind, OBLIGATION_KINDS);
  const source = checkRegisterText(issues, 'source', input.source);
  const reference = checkRegisterText(issues, 'reference', input.reference);
  const requirement = checkRegisterText(issues, 'requirement', input.requirement, {
    max: LONG_TEXT_MAX,
  });
  const aiSystemIds = checkAiSystemIdList(issues, input.aiSystemIds ?? []);
  const complianceStatus = checkOneOf(
    issues,
    'complianceStatus',
    input.complianceStatus ?? 'not_assessed',
    COMPLIANCE_STATUSES,
  );
  const nextReviewDate = checkOptionalDate(issues, 'nextReviewDate', input.nextReviewDate);
  const notes = checkOptionalLongText(issues, 'notes', input.notes);
  return {
    issues,
    details: {
      kind,
      source,
      reference,
      requirement,
      aiSystemIds,
      ownerUserId: input.ownerUserId?.trim() || null,
      complianceStatus,
      nextReviewDate,
      notes,
    },
  };
};
