/**
 * One entry of the Statement of Applicability (ISO/IEC 42001 clause 6.1.3 d
 * and term 3.26): for each Annex A control, and for each of the
 * organization's own controls, whether it applies, why (both ways), how far
 * it is implemented and who owns it. A not-applicable decision may carry a
 * review date; once that day comes the decision is due for review again.
 *
 * What the control answers (risks, treatment actions, impact measures) is
 * never typed here: it is derived from the links those records make
 * (soa-links.ts).
 */
import { DomainError } from '../errors.js';
import type { FieldIssue } from '../errors.js';
import { valuesOf } from '../labelled-values.js';
import { LONG_TEXT_MAX, checkOneOf, checkOptionalDate } from '../validation.js';
import type { Checked } from '../validation.js';

export const SOA_APPLICABILITY_LABELS = {
  undecided: 'Undecided',
  applicable: 'Applicable',
  not_applicable: 'Not applicable',
} as const;
export type SoaApplicability = keyof typeof SOA_APPLICABILITY_LABELS;
export const SOA_APPLICABILITIES = valuesOf(SOA_APPLICABILITY_LABELS);

export const SOA_IMPLEMENTATION_STATUS_LABELS = {
  not_started: 'Not started',
  planned: 'Planned',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
} as const;
export type SoaImplementationStatus = keyof typeof SOA_IMPLEMENTATION_STATUS_LABELS;
export const SOA_IMPLEMENTATION_STATUSES = valuesOf(SOA_IMPLEMENTATION_STATUS_LABELS);

/** Where a control comes from: Annex A, or the organization's own controls register. */
export const SOA_CONTROL_SOURCES = ['annex_a', 'organization'] as const;
export type SoaControlSource = (typeof SOA_CONTROL_SOURCES)[number];

/** What a person decides about a control. */
export interface SoaDecision {
  readonly applicability: SoaApplicability;
  readonly justification: string;
  readonly implementationStatus: SoaImplementationStatus;
  readonly ownerUserId: string | null;
  /** Not applicable only: the day the decision is to be looked at again (YYYY-MM-DD). */
  readonly reviewDate: string | null;
  /** The review date the daily sweep found passed and flagged (and told the owner of); null otherwise. */
  readonly reviewFlaggedFor: string | null;
  /** Who last changed the decision and when; null while nobody has decided anything. */
  readonly updatedByUserId: string | null;
  readonly updatedAt: string | null;
}

/** The decision of a control nobody has touched yet. */
export const UNDECIDED: SoaDecision = Object.freeze({
  applicability: 'undecided',
  justification: '',
  implementationStatus: 'not_started',
  ownerUserId: null,
  reviewDate: null,
  reviewFlaggedFor: null,
  updatedByUserId: null,
  updatedAt: null,
});

/** A change to an entry as it arrives from a form, the API or the CLI: absent fields stay. */
export interface SoaEntryInput {
  readonly applicability?: string | undefined;
  readonly justification?: string | undefined;
  readonly implementationStatus?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly reviewDate?: string | null | undefined;
}

/** A risk whose treatment puts the control in place, as a refusal names it. */
export interface TreatingRisk {
  readonly id: string;
  readonly statement: string;
}

/**
 * Whether a not-applicable decision is due for review on `today`: it has a
 * review date and that day has come.
 */
export const isSoaReviewDue = (
  decision: Pick<SoaDecision, 'applicability' | 'reviewDate'>,
  today: string,
): boolean =>
  decision.applicability === 'not_applicable' &&
  decision.reviewDate !== null &&
  decision.reviewDate <= today;

const justificationReason = (applicability: SoaApplicability) =>
  applicability === 'not_applicable'
    ? 'is required: say why the control is not applicable'
    : 'is required: say why the control is applicable';

/**
 * Checks a change to an entry and returns the decision it leads to. A
 * not-applicable decision needs its justification at once; an applicable
 * one may be saved without it while the SoA is worked on, but no version is
 * approved until every entry has one (soaCompletenessIssues). Only a
 * not-applicable decision carries a review date: changing to another
 * applicability drops it, and giving one with another applicability is refused.
 */
export const checkSoaEntryChange = (
  current: SoaDecision,
  input: SoaEntryInput,
): Checked<Omit<SoaDecision, 'updatedByUserId' | 'updatedAt'>> => {
  const issues: FieldIssue[] = [];
  const applicability =
    input.applicability === undefined
      ? current.applicability
      : checkOneOf(issues, 'applicability', input.applicability, SOA_APPLICABILITIES);
  const implementationStatus =
    input.implementationStatus === undefined
      ? current.implementationStatus
      : checkOneOf(
          issues,
          'implementationStatus',
          input.implementationStatus,
          SOA_IMPLEMENTATION_STATUSES,
        );
  const justification =
    input.justification === undefined ? current.justification : input.justification.trim();
  if (justification.length > LONG_TEXT_MAX)
    issues.push({ field: 'justification', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  if (applicability === 'not_applicable' && justification === '')
    issues.push({ field: 'justification', reason: justificationReason(applicability) });
  const givenReviewDate = checkOptionalDate(issues, 'reviewDate', input.reviewDate);
  if (givenReviewDate !== null && applicability !== 'not_applicable')
    issues.push({
      field: 'reviewDate',
      reason: 'only a not-applicable decision carries a review date',
    });
  const reviewDate =
    applicability !== 'not_applicable'
      ? null
      : input.reviewDate === undefined
        ? current.reviewDate
        : givenReviewDate;
  const ownerUserId = input.ownerUserId === undefined ? current.ownerUserId : input.ownerUserId;
  return {
    details: {
      applicability,
      justification,
      implementationStatus,
      ownerUserId,
      reviewDate,
      // A new review date, or another decision, is a fresh review: the sweep may flag it again.
      reviewFlaggedFor:
        reviewDate !== null && reviewDate === current.reviewFlaggedFor
          ? current.reviewFlaggedFor
          : null,
    },
    issues,
  };
};

/**
 * The refusal of a not-applicable decision for a control that a treatment
 * action puts in place: the message and the details name every such risk.
 * null when the decision may stand.
 */
export const notApplicableWhileTreating = (
  controlId: string,
  applicability: SoaApplicability,
  treatingRisks: readonly TreatingRisk[],
): DomainError | null => {
  if (applicability !== 'not_applicable' || treatingRisks.length === 0) return null;
  const named = treatingRisks.map((risk) => `"${risk.statement}" (${risk.id})`).join(', ');
  const reason = `${controlId} is chosen to treat ${treatingRisks.length === 1 ? 'the risk' : 'the risks'} ${named}; it cannot be not applicable while a treatment action puts it in place`;
  return new DomainError('SOA_CONTROL_TREATS_RISK', 'Conflict', reason, {
    controlId,
    field: 'applicability',
    risks: treatingRisks.map((risk) => ({ id: risk.id, statement: risk.statement })),
    issues: [{ field: 'applicability', reason }],
  });
};

/** What an entry must have before a version of the SoA is submitted or approved. */
export interface CompletenessEntry {
  readonly controlId: string;
  readonly title: string;
  readonly applicability: SoaApplicability;
  readonly justification: string;
  readonly isReviewDue: boolean;
}

/**
 * Every gap that keeps a version from approval, one issue per control and
 * field (`entries.A.2.2.justification`): an undecided control, a missing
 * justification, a not-applicable decision due for review.
 */
export const soaCompletenessIssues = (entries: readonly CompletenessEntry[]): FieldIssue[] =>
  entries.flatMap((entry) => {
    const name = `${entry.controlId} ${entry.title}`;
    const field = (key: string) => `entries.${entry.controlId}.${key}`;
    const issues: FieldIssue[] = [];
    if (entry.applicability === 'undecided')
      issues.push({ field: field('applicability'), reason: `${name}: decide whether it applies` });
    if (entry.justification.trim() === '')
      issues.push({
        field: field('justification'),
        reason: `${name}: the justification is missing`,
      });
    if (entry.isReviewDue)
      issues.push({
        field: field('reviewDate'),
        reason: `${name}: the not-applicable decision is due for review`,
      });
    return issues;
  });
