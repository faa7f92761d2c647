/**
 * The risk form's values, from a stored risk (edit) or empty (add), and the
 * request body they become. Scores are kept as the selects' strings; an
 * empty select or date is sent as null. The API checks every rule.
 */
import type { RegisterForm } from '../../registers/register-form-modal.js';
import type { Risk, RiskKind, TreatmentOption } from './risk-labels.js';
import type { RiskBody } from './risk-queries.js';

export interface RiskFormValues extends Record<string, unknown> {
  kind: RiskKind;
  statement: string;
  description: string;
  annexCRiskSourceId: string | null;
  source: string;
  annexCObjectiveIds: string[];
  aiSystemIds: string[];
  consequencesForOrganization: string;
  consequencesForIndividuals: string;
  existingControls: string;
  ownerUserId: string | null;
  likelihood: string | null;
  consequence: string | null;
  treatmentOption: TreatmentOption | null;
  /** YYYY-MM-DD, or '' for none. */
  treatmentDueDate: string;
  residualLikelihood: string | null;
  residualConsequence: string | null;
  reviewDate: string;
}

export type RiskForm = RegisterForm<RiskFormValues>;

const scoreText = (score: number | null | undefined) =>
  score === null || score === undefined ? null : String(score);

export const scoreOf = (text: string | null): number | null =>
  text === null || text === '' ? null : Number(text);

export const riskFormValuesOf = (risk: Risk | undefined): RiskFormValues => ({
  kind: risk?.kind ?? 'risk',
  statement: risk?.statement ?? '',
  description: risk?.description ?? '',
  annexCRiskSourceId: risk?.annexCRiskSourceId ?? null,
  source: risk?.source ?? '',
  annexCObjectiveIds: [...(risk?.annexCObjectiveIds ?? [])],
  aiSystemIds: [...(risk?.aiSystemIds ?? [])],
  consequencesForOrganization: risk?.consequencesForOrganization ?? '',
  consequencesForIndividuals: risk?.consequencesForIndividuals ?? '',
  existingControls: risk?.existingControls ?? '',
  ownerUserId: risk?.ownerUserId ?? null,
  likelihood: scoreText(risk?.likelihood),
  consequence: scoreText(risk?.consequence),
  treatmentOption: risk?.treatmentOption ?? null,
  treatmentDueDate: risk?.treatmentDueDate ?? '',
  residualLikelihood: scoreText(risk?.residualLikelihood),
  residualConsequence: scoreText(risk?.residualConsequence),
  reviewDate: risk?.reviewDate ?? '',
});

const dayOrNull = (day: string) => (day === '' ? null : day);

export const riskBodyOf = (values: RiskFormValues): RiskBody => ({
  kind: values.kind,
  statement: values.statement,
  description: values.description,
  // The catalog's ids are the API's enumeration; the select offers only those.
  annexCRiskSourceId: values.annexCRiskSourceId as Risk['annexCRiskSourceId'],
  source: values.source,
  annexCObjectiveIds: values.annexCObjectiveIds as Risk['annexCObjectiveIds'][number][],
  aiSystemIds: values.aiSystemIds,
  consequencesForOrganization: values.consequencesForOrganization,
  consequencesForIndividuals: values.consequencesForIndividuals,
  existingControls: values.existingControls,
  ownerUserId: values.ownerUserId,
  likelihood: scoreOf(values.likelihood),
  consequence: scoreOf(values.consequence),
  treatmentOption: values.treatmentOption,
  treatmentDueDate: dayOrNull(values.treatmentDueDate),
  residualLikelihood: scoreOf(values.residualLikelihood),
  residualConsequence: scoreOf(values.residualConsequence),
  reviewDate: dayOrNull(values.reviewDate),
});
