/**
 * The words of the AI risk register in the UI: kinds, statuses, treatment
 * options, the statuses of a treatment action and of an acceptance, and the
 * label of every field (the form's labels, the words an objection of the API
 * starts with, and the names the history gives what changed). The risk
 * register is not one of the declared registers, so these are written here.
 */
import type { Schemas } from '../../api/client.js';
import type { FieldDeclaration } from '../../registers/declaration.js';

export type Risk = Schemas['Risk'];
export type RiskKind = Risk['kind'];
export type RiskStatus = Risk['status'];
export type TreatmentOption = NonNullable<Risk['treatmentOption']>;
export type TreatmentAction = Schemas['RiskTreatmentAction'];
export type TreatmentActionStatus = TreatmentAction['status'];
export type Acceptance = Schemas['RiskAcceptance'];
export type AcceptanceState = Acceptance['state'];

export const KIND_LABELS: Readonly<Record<RiskKind, string>> = {
  risk: 'Risk',
  opportunity: 'Opportunity',
};

export const KIND_DESCRIPTIONS: Readonly<Record<RiskKind, string>> = {
  risk: 'A possible effect to prevent or reduce',
  opportunity: 'A possible effect to pursue',
};

export const STATUS_LABELS: Readonly<Record<RiskStatus, string>> = {
  identified: 'Identified',
  assessed: 'Assessed',
  in_treatment: 'In treatment',
  treated: 'Treated',
  accepted: 'Accepted',
  review_due: 'Review due',
  closed: 'Closed',
};

export const STATUS_COLOURS: Readonly<Record<RiskStatus, string>> = {
  identified: 'gray',
  assessed: 'blue',
  in_treatment: 'indigo',
  treated: 'teal',
  accepted: 'green',
  review_due: 'orange',
  closed: 'dark',
};

export const TREATMENT_OPTION_LABELS: Readonly<Record<TreatmentOption, string>> = {
  modify: 'Modify',
  avoid: 'Avoid',
  share: 'Share',
  retain: 'Retain',
};

/** What each option means, in the form's choices. */
export const TREATMENT_OPTION_HINTS: Readonly<Record<TreatmentOption, string>> = {
  modify: 'Modify — change the likelihood or the consequence',
  avoid: 'Avoid — stop, or do not start, what gives rise to it',
  share: 'Share — hand part of it to another party',
  retain: 'Retain — keep it by an informed, accepted decision',
};

export const ACTION_STATUS_LABELS: Readonly<Record<TreatmentActionStatus, string>> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const ACTION_STATUS_COLOURS: Readonly<Record<TreatmentActionStatus, string>> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  cancelled: 'dark',
};

export const ACCEPTANCE_STATE_LABELS: Readonly<Record<AcceptanceState, string>> = {
  valid: 'Valid',
  expired: 'Expired',
  revoked: 'Revoked',
};

export const ACCEPTANCE_STATE_COLOURS: Readonly<Record<AcceptanceState, string>> = {
  valid: 'teal',
  expired: 'orange',
  revoked: 'red',
};

export const RISK_LABELS = {
  kind: 'Kind',
  statement: 'Statement',
  description: 'Description',
  annexCRiskSourceId: 'Annex C risk source',
  source: 'Other source',
  annexCObjectiveIds: 'Annex C objectives',
  aiSystemIds: 'AI systems',
  consequencesForOrganization: 'Consequences for the organization',
  consequencesForIndividuals: 'Consequences for individuals, groups or society',
  existingControls: 'Existing controls',
  ownerUserId: 'Owner',
  likelihood: 'Likelihood',
  consequence: 'Consequence',
  treatmentOption: 'Treatment option',
  treatmentDueDate: 'Treatment due',
  residualLikelihood: 'Residual likelihood',
  residualConsequence: 'Residual consequence',
  reviewDate: 'Review date',
} as const;

export const ACTION_LABELS = {
  title: 'Title',
  description: 'Description',
  ownerUserId: 'Owner',
  dueDate: 'Due date',
  status: 'Status',
  annexAControlIds: 'Annex A controls',
  organizationControlIds: 'Organization controls',
} as const;

const choicesOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const field = (
  name: string,
  label: string,
  type: FieldDeclaration['type'],
  choices: Readonly<Record<string, string>> | null = null,
): FieldDeclaration => ({
  field: name,
  label,
  type,
  choices: choices ? choicesOf(choices) : null,
  isRequired: false,
});

/** The fields the history names when it shows what an entry changed. */
export const RISK_HISTORY_FIELDS: readonly FieldDeclaration[] = [
  field('kind', RISK_LABELS.kind, 'choice', KIND_LABELS),
  field('statement', RISK_LABELS.statement, 'text'),
  field('description', RISK_LABELS.description, 'long_text'),
  field('source', RISK_LABELS.source, 'long_text'),
  field('annexCRiskSourceId', RISK_LABELS.annexCRiskSourceId, 'text'),
  field('annexCObjectiveIds', RISK_LABELS.annexCObjectiveIds, 'text_list'),
  field('aiSystemIds', RISK_LABELS.aiSystemIds, 'ai_system_list'),
  field('consequencesForOrganization', RISK_LABELS.consequencesForOrganization, 'long_text'),
  field('consequencesForIndividuals', RISK_LABELS.consequencesForIndividuals, 'long_text'),
  field('existingControls', RISK_LABELS.existingControls, 'long_text'),
  field('ownerUserId', RISK_LABELS.ownerUserId, 'member'),
  field('likelihood', RISK_LABELS.likelihood, 'number'),
  field('consequence', RISK_LABELS.consequence, 'number'),
  field('treatmentOption', RISK_LABELS.treatmentOption, 'choice', TREATMENT_OPTION_LABELS),
  field('treatmentDueDate', RISK_LABELS.treatmentDueDate, 'date'),
  field('residualLikelihood', RISK_LABELS.residualLikelihood, 'number'),
  field('residualConsequence', RISK_LABELS.residualConsequence, 'number'),
  field('reviewDate', RISK_LABELS.reviewDate, 'date'),
  field('status', 'Status', 'choice', STATUS_LABELS),
  field('criteriaVersionId', 'Risk criteria version', 'text'),
  field('inherentLevel', 'Inherent level', 'text'),
  field('residualLevel', 'Residual level', 'text'),
  field('title', ACTION_LABELS.title, 'text'),
  field('dueDate', ACTION_LABELS.dueDate, 'date'),
  field('annexAControlIds', ACTION_LABELS.annexAControlIds, 'text_list'),
  field('organizationControlIds', ACTION_LABELS.organizationControlIds, 'text_list'),
  field('levelKey', 'Level accepted', 'text'),
  field('rationale', 'Rationale', 'long_text'),
  field('expiresOn', 'Expires on', 'date'),
];
