/**
 * The AI risk register entry (ISO/IEC 42001 clauses 6.1.1–6.1.3, 8.2 and
 * 8.3): its vocabulary — risks and opportunities, the treatment options, the
 * statuses a risk and a treatment action move through — and the check of the
 * fields a person edits. Opportunities are scored on the same scales, but
 * the closing and acceptance rules (risk-rules.ts, acceptance.ts) apply to
 * risks only: an opportunity is pursued, not accepted.
 */
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from '../catalog/annex-c.js';
import type { AnnexCObjectiveId, AnnexCRiskSourceId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { valuesOf } from '../labelled-values.js';
import { LONG_TEXT_MAX, checkOneOf, checkOptionalDate, checkText } from '../validation.js';
import type { Checked } from '../validation.js';
import type { RiskCriteria, RiskScale } from './criteria.js';
import { describeScale, isOnScale } from './scoring.js';

export const RISK_KIND_LABELS = {
  risk: 'Risk (a possible effect to prevent or reduce)',
  opportunity: 'Opportunity (a possible effect to pursue)',
} as const;
export type RiskKind = keyof typeof RISK_KIND_LABELS;
export const RISK_KINDS = valuesOf(RISK_KIND_LABELS);

/** The ways of treating a risk, in the sense of ISO 31000, in our words. */
export const TREATMENT_OPTION_LABELS = {
  modify: 'Modify (change the likelihood or the consequence)',
  avoid: 'Avoid (stop or do not start what gives rise to it)',
  share: 'Share (hand part of it to another party)',
  retain: 'Retain (keep it by an informed, accepted decision)',
} as const;
export type TreatmentOption = keyof typeof TREATMENT_OPTION_LABELS;
export const TREATMENT_OPTIONS = valuesOf(TREATMENT_OPTION_LABELS);

/**
 * Where a risk stands. `review_due` is an accepted risk whose acceptance
 * lapsed (expired or revoked): it is open again until someone reassesses,
 * treats or accepts it anew. `closed` is final.
 */
export const RISK_STATUS_LABELS = {
  identified: 'Identified',
  assessed: 'Assessed',
  in_treatment: 'In treatment',
  treated: 'Treated',
  accepted: 'Accepted',
  review_due: 'Review due (acceptance lapsed)',
  closed: 'Closed',
} as const;
export type RiskStatus = keyof typeof RISK_STATUS_LABELS;
export const RISK_STATUSES = valuesOf(RISK_STATUS_LABELS);

/** The statuses of a risk that still asks for work or a decision. */
export const OPEN_RISK_STATUSES: readonly RiskStatus[] = [
  'identified',
  'assessed',
  'in_treatment',
  'review_due',
];

export const TREATMENT_ACTION_STATUS_LABELS = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
} as const;
export type TreatmentActionStatus = keyof typeof TREATMENT_ACTION_STATUS_LABELS;
export const TREATMENT_ACTION_STATUSES = valuesOf(TREATMENT_ACTION_STATUS_LABELS);

/** Actions not yet finished one way or the other. */
export const OPEN_ACTION_STATUSES: readonly TreatmentActionStatus[] = ['planned', 'in_progress'];

/** Everything about a risk that a person enters. Scores are null until assessed. */
export interface RiskDetails {
  readonly kind: RiskKind;
  readonly statement: string;
  readonly description: string;
  /** Where the risk comes from, in words (an "other" source, or detail on the Annex C one). */
  readonly source: string;
  readonly annexCRiskSourceId: AnnexCRiskSourceId | null;
  /** The Annex C organizational objectives the risk threatens (or the opportunity serves). */
  readonly annexCObjectiveIds: readonly AnnexCObjectiveId[];
  /** The AI systems it concerns; none means organization-wide. */
  readonly aiSystemIds: readonly string[];
  readonly consequencesForOrganization: string;
  readonly consequencesForIndividuals: string;
  /** The controls already in place when the risk was assessed. */
  readonly existingControls: string;
  readonly ownerUserId: string | null;
  readonly likelihood: number | null;
  readonly consequence: number | null;
  readonly treatmentOption: TreatmentOption | null;
  /** When the treatment as a whole should be complete (YYYY-MM-DD). */
  readonly treatmentDueDate: string | null;
  readonly residualLikelihood: number | null;
  readonly residualConsequence: number | null;
  /** When the risk is next reviewed (YYYY-MM-DD). */
  readonly reviewDate: string | null;
}

export interface Risk extends RiskDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly status: RiskStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Input as it arrives from a form, the API or an import row. */
export interface RiskInput {
  readonly kind?: string | undefined;
  readonly statement: string;
  readonly description?: string | undefined;
  readonly source?: string | undefined;
  readonly annexCRiskSourceId?: string | null | undefined;
  readonly annexCObjectiveIds?: readonly string[] | undefined;
  readonly aiSystemIds?: readonly string[] | undefined;
  readonly consequencesForOrganization?: string | undefined;
  readonly consequencesForIndividuals?: string | undefined;
  readonly existingControls?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly likelihood?: number | null | undefined;
  readonly consequence?: number | null | undefined;
  readonly treatmentOption?: string | null | undefined;
  readonly treatmentDueDate?: string | null | undefined;
  readonly residualLikelihood?: number | null | undefined;
  readonly residualConsequence?: number | null | undefined;
  readonly reviewDate?: string | null | undefined;
}

export const RISK_STATEMENT_MAX = 2000;

/** Annex C entries by id, labelled with their titles so a form or a file may name them either way. */
const byTitle = <Id extends string>(entries: readonly { id: Id; title: string }[]) =>
  valuesOf(
    Object.fromEntries(entries.map((entry) => [entry.id, entry.title])) as Record<Id, string>,
  );
export const ANNEX_C_OBJECTIVE_CHOICES = byTitle<AnnexCObjectiveId>(ANNEX_C_OBJECTIVES);
export const ANNEX_C_RISK_SOURCE_CHOICES = byTitle<AnnexCRiskSourceId>(ANNEX_C_RISK_SOURCES);

const checkLongText = (issues: FieldIssue[], field: string, value: string | undefined) => {
  const text = (value ?? '').trim();
  if (text.length > LONG_TEXT_MAX)
    issues.push({ field, reason: `must be at most ${LONG_TEXT_MAX} characters` });
  return text;
};

const checkScore = (
  issues: FieldIssue[],
  field: string,
  value: number | null | undefined,
  scale: RiskScale,
): number | null => {
  if (value === null || value === undefined) return null;
  if (!isOnScale(scale, value)) issues.push({ field, reason: `must be ${describeScale(scale)}` });
  return value;
};

/** A likelihood and a consequence go together: both given, or neither. */
const checkScorePair = (
  issues: FieldIssue[],
  fields: { likelihood: string; consequence: string },
  input: { likelihood: number | null | undefined; consequence: number | null | undefined },
  criteria: RiskCriteria,
) => {
  const likelihood = checkScore(issues, fields.likelihood, input.likelihood, criteria.likelihood);
  const consequence = checkScore(
    issues,
    fields.consequence,
    input.consequence,
    criteria.consequence,
  );
  if (likelihood === null && consequence !== null)
    issues.push({
      field: fields.likelihood,
      reason: `is required when ${fields.consequence} is given`,
    });
  if (consequence === null && likelihood !== null)
    issues.push({
      field: fields.consequence,
      reason: `is required when ${fields.likelihood} is given`,
    });
  return { likelihood, consequence };
};

const optionalChoice = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T | null =>
  value === null || value === undefined || value.trim() === ''
    ? null
    : checkOneOf(issues, field, value.trim(), allowed);

const optionalId = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '' ? null : value.trim();

/** Distinct, trimmed ids in the order given. */
const idList = (values: readonly string[] | undefined): string[] => [
  ...new Set((values ?? []).map((value) => value.trim()).filter((value) => value !== '')),
];

/**
 * Checks and normalizes a risk's editable fields against the criteria in
 * force: scores on the criteria's scales and in pairs, a residual score only
 * after an inherent one, choices by value or label, dates as YYYY-MM-DD.
 */
export const checkRiskInput = (input: RiskInput, criteria: RiskCriteria): Checked<RiskDetails> => {
  const issues: FieldIssue[] = [];
  const kind = checkOneOf(issues, 'kind', input.kind ?? 'risk', RISK_KINDS);
  const statement = checkText(issues, 'statement', input.statement, RISK_STATEMENT_MAX);
  const inherent = checkScorePair(
    issues,
    { likelihood: 'likelihood', consequence: 'consequence' },
    { likelihood: input.likelihood, consequence: input.consequence },
    criteria,
  );
  const residual = checkScorePair(
    issues,
    { likelihood: 'residualLikelihood', consequence: 'residualConsequence' },
    { likelihood: input.residualLikelihood, consequence: input.residualConsequence },
    criteria,
  );
  const hasResidual = residual.likelihood !== null || residual.consequence !== null;
  if (hasResidual && inherent.likelihood === null && inherent.consequence === null)
    issues.push({ field: 'likelihood', reason: 'is required when a residual score is given' });
  const details: RiskDetails = {
    kind,
    statement,
    description: checkLongText(issues, 'description', input.description),
    source: checkLongText(issues, 'source', input.source),
    annexCRiskSourceId: optionalChoice(
      issues,
      'annexCRiskSourceId',
      input.annexCRiskSourceId,
      ANNEX_C_RISK_SOURCE_CHOICES,
    ),
    annexCObjectiveIds: idList(input.annexCObjectiveIds).map((id, index) =>
      checkOneOf(issues, `annexCObjectiveIds.${index}`, id, ANNEX_C_OBJECTIVE_CHOICES),
    ),
    aiSystemIds: idList(input.aiSystemIds),
    consequencesForOrganization: checkLongText(
      issues,
      'consequencesForOrganization',
      input.consequencesForOrganization,
    ),
    consequencesForIndividuals: checkLongText(
      issues,
      'consequencesForIndividuals',
      input.consequencesForIndividuals,
    ),
    existingControls: checkLongText(issues, 'existingControls', input.existingControls),
    ownerUserId: optionalId(input.ownerUserId),
    ...inherent,
    treatmentOption: optionalChoice(
      issues,
      'treatmentOption',
      input.treatmentOption,
      TREATMENT_OPTIONS,
    ),
    treatmentDueDate: checkOptionalDate(issues, 'treatmentDueDate', input.treatmentDueDate),
    residualLikelihood: residual.likelihood,
    residualConsequence: residual.consequence,
    reviewDate: checkOptionalDate(issues, 'reviewDate', input.reviewDate),
  };
  return { details, issues };
};

/** The levels a risk's scores gave under the criteria version they were given against. */
export interface RiskScoring {
  /** The risk criteria version in force when the risk was last assessed; null before. */
  readonly criteriaVersionId: string | null;
  readonly inherentLevel: string | null;
  /** The level's position in its criteria, 1 the lowest. */
  readonly inherentRank: number | null;
  readonly residualLevel: string | null;
  readonly residualRank: number | null;
}

/** A register entry as stored: what a person enters, how it scored, and where it stands. */
export interface RiskEntry extends RiskDetails, RiskScoring {
  readonly status: RiskStatus;
  /** The first day the acceptance in force no longer holds (YYYY-MM-DD); null without one. */
  readonly acceptedUntil: string | null;
  /** Who asked for the residual risk to be accepted (and so may not accept it); null when nobody has. */
  readonly acceptanceRequestedByUserId: string | null;
  /** The impact assessment harm the risk was raised from, if any. */
  readonly impactAssessmentId: string | null;
  readonly impactId: string | null;
}
