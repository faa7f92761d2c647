/**
 * A harm found by an AI system impact assessment raised as an AI risk
 * (ISO/IEC 42001 6.1.2 and 6.1.4: the impact assessment's results feed the
 * risk assessment; ISO/IEC 42005 5.3): the fields a risk register entry is
 * created with, suggested from the harm and linked back to it. The person
 * raising the risk reviews them; the ratings are suggestions on the
 * assessment's 1–5 scales, not the risk criteria's verdict.
 */
import { invalid } from '../errors.js';
import type { Impact } from './impact-assessment.js';
import {
  IMPACT_AFFECTED_LABELS,
  IMPACT_CATEGORY_LABELS,
  IMPACT_REVERSIBILITY_LABELS,
  IMPACT_SCALE_LABELS,
} from './impact-values.js';
import type { ImpactCategory, ImpactRating } from './impact-values.js';

export interface ImpactAssessmentMeta {
  readonly aiSystemId: string;
  readonly assessmentId: string;
  readonly version: number;
}

/** Where a risk came from: one impact of one assessment version. */
export interface ImpactRiskSource {
  readonly impactAssessmentId: string;
  readonly impactId: string;
}

export interface RiskDraftFromHarm {
  readonly aiSystemId: string;
  readonly statement: string;
  /** Who the harm reaches and how badly, in words. */
  readonly consequences: string;
  readonly category: ImpactCategory | null;
  readonly suggestedLikelihood: ImpactRating | null;
  readonly suggestedConsequence: ImpactRating | null;
  readonly source: ImpactRiskSource;
}

const listInWords = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

const consequencesOf = (impact: Impact): string => {
  const reached =
    impact.affects.length === 0
      ? 'Affects people not yet named'
      : `Affects ${listInWords(impact.affects.map((group) => IMPACT_AFFECTED_LABELS[group].toLowerCase()))}`;
  const details = [
    impact.severity === null ? null : `severity ${impact.severity} of 5`,
    impact.reversibility === null
      ? null
      : IMPACT_REVERSIBILITY_LABELS[impact.reversibility].toLowerCase(),
    impact.scale === null ? null : `reaching ${IMPACT_SCALE_LABELS[impact.scale].toLowerCase()}`,
  ].filter((detail) => detail !== null);
  return details.length === 0 ? `${reached}.` : `${reached}: ${details.join('; ')}.`;
};

/**
 * The risk a harm raises. Only a harm may raise one: a benefit (or an impact
 * whose nature is not yet set) is refused with `IMPACT_NOT_A_HARM` at
 * `impactId`.
 */
export const riskDraftFromHarm = (
  meta: ImpactAssessmentMeta,
  impact: Impact,
): RiskDraftFromHarm => {
  if (impact.nature !== 'harm') {
    throw invalid('IMPACT_NOT_A_HARM', 'Only a harm can be raised as a risk', [
      { field: 'impactId', reason: `impact "${impact.id}" is not a harm` },
    ]);
  }
  const theme = impact.category === null ? '' : ` (${IMPACT_CATEGORY_LABELS[impact.category]})`;
  const what = impact.description === '' ? `impact ${impact.id}` : impact.description;
  return {
    aiSystemId: meta.aiSystemId,
    statement: `Harm${theme} found by impact assessment version ${meta.version}: ${what}`,
    consequences: consequencesOf(impact),
    category: impact.category,
    suggestedLikelihood: impact.likelihood,
    suggestedConsequence: impact.severity,
    source: { impactAssessmentId: meta.assessmentId, impactId: impact.id },
  };
};
