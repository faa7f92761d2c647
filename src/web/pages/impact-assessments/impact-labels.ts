/**
 * The words of an impact assessment in the web UI: the names of its choices
 * (the same the API accepts as labels), the sections and fields, and an API
 * issue path (`impacts.2.severity`) as a reader names it ("Impact 3: severity").
 */
import type { Schemas } from '../../api/client.js';

type Content = Schemas['ImpactAssessmentContent'];
type ImpactItem = Content['impacts'][number];
type MeasureItem = Content['measures'][number];

export const IMPACT_TRIGGER_LABELS: Readonly<Record<NonNullable<Content['trigger']>, string>> = {
  initial: 'Initial assessment',
  periodic: 'Periodic review',
  significant_change: 'Significant change to the system or its use',
  incident: 'After an incident',
};

export const IMPACT_AFFECTED_LABELS: Readonly<Record<ImpactItem['affects'][number], string>> = {
  individuals: 'Individuals',
  groups: 'Groups of individuals',
  society: 'Society',
};

export const IMPACT_NATURE_LABELS: Readonly<Record<NonNullable<ImpactItem['nature']>, string>> = {
  benefit: 'Benefit',
  harm: 'Harm',
};

export const IMPACT_CATEGORY_LABELS: Readonly<Record<NonNullable<ImpactItem['category']>, string>> =
  {
    fairness_and_bias: 'Fairness and bias',
    privacy: 'Privacy',
    safety_and_health: 'Safety and health',
    security: 'Security',
    transparency_and_explainability: 'Transparency and explainability',
    accountability: 'Accountability',
    human_autonomy_and_oversight: 'Human autonomy and oversight',
    environmental: 'Environmental',
    economic_and_employment: 'Economic and employment',
    human_rights: 'Human rights',
  };

export const IMPACT_REVERSIBILITY_LABELS: Readonly<
  Record<NonNullable<ImpactItem['reversibility']>, string>
> = {
  reversible: 'Reversible',
  partly_reversible: 'Partly reversible',
  irreversible: 'Irreversible',
};

export const IMPACT_SCALE_LABELS: Readonly<Record<NonNullable<ImpactItem['scale']>, string>> = {
  individual: 'One person at a time',
  limited_group: 'A limited group',
  large_group: 'A large group',
  society_wide: 'Society at large',
};

export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureItem['status'], string>> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

export const RATING_LABELS: Readonly<Record<'1' | '2' | '3' | '4' | '5', string>> = {
  '1': '1 · very low',
  '2': '2 · low',
  '3': '3 · moderate',
  '4': '4 · high',
  '5': '5 · very high',
};

/** The content's fields, in the order of the assessment. */
export const IMPACT_FIELD_LABELS: Readonly<Record<keyof Content, string>> = {
  scope: 'Scope of the assessment',
  trigger: 'Why this version was made',
  systemDescription: 'System description',
  purpose: 'Purpose',
  intendedUses: 'Intended uses',
  foreseeableMisuse: 'Reasonably foreseeable misuse',
  dataAndDataQuality: 'Data and data quality',
  algorithmAndModel: 'Algorithm and model',
  deploymentEnvironment: 'Deployment environment',
  interestedParties: 'Interested parties affected',
  impacts: 'Impacts',
  measures: 'Measures',
  thresholds: 'Thresholds for sensitive or restricted uses',
  nextReviewDate: 'Next review',
  retention: 'Retention of the results',
};

const ITEM_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  affects: 'who it affects',
  nature: 'benefit or harm',
  category: 'category',
  likelihood: 'likelihood',
  severity: 'severity',
  reversibility: 'reversibility',
  scale: 'scale',
  measures: 'measures',
  impactId: 'the impact it addresses',
  ownerUserId: 'owner',
  dueDate: 'due date',
  status: 'status',
  annexAControlIds: 'Annex A controls',
  id: 'id',
};

const ITEM_NAMES: Readonly<Record<string, string>> = {
  interestedParties: 'Interested party',
  impacts: 'Impact',
  measures: 'Measure',
};

/** "Impact 3: severity", "Next review", or the path itself when it names nothing known. */
export const impactFieldLabel = (path: string): string => {
  const [head = '', index, part] = path.split('.');
  const item = ITEM_NAMES[head];
  if (item !== undefined && index !== undefined) {
    const name = `${item} ${Number(index) + 1}`;
    return part === undefined ? name : `${name}: ${ITEM_FIELD_LABELS[part] ?? part}`;
  }
  return (IMPACT_FIELD_LABELS as Record<string, string>)[head] ?? path;
};

/** "Impact 3: severity is required before approval"; a reason that is a sentence stands alone. */
export const impactIssueText = (issue: { field: string; reason: string }): string =>
  /^(is|are|must|cannot|can|has|have|should|may)\b/.test(issue.reason)
    ? `${impactFieldLabel(issue.field)} ${issue.reason}`
    : `${impactFieldLabel(issue.field)}: ${issue.reason}`;
