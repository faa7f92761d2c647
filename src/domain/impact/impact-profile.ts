/**
 * An AI system's impact profile: its harms counted by category and severity,
 * and its benefits the same way apart from them, for a chart per system and
 * the profile table of the assessment report (ISO/IEC 42005 5.9, analysing
 * the results). Impacts a draft has not yet classified (no nature, category
 * or severity) are counted as unclassified instead of being guessed.
 */
import type { ImpactAssessmentContent } from './impact-assessment.js';
import { IMPACT_CATEGORIES, IMPACT_CATEGORY_LABELS, IMPACT_RATINGS } from './impact-values.js';
import type { ImpactCategory, ImpactNature, ImpactRating } from './impact-values.js';

export type SeverityCounts = Readonly<Record<ImpactRating, number>>;

export interface ImpactProfileRow {
  readonly category: ImpactCategory;
  readonly label: string;
  readonly bySeverity: SeverityCounts;
  readonly total: number;
}

export interface ImpactProfile {
  /** One row per category, in the declared order, including those with no impact. */
  readonly harms: readonly ImpactProfileRow[];
  readonly benefits: readonly ImpactProfileRow[];
  readonly harmTotal: number;
  readonly benefitTotal: number;
  /** Impacts left out of the counts because their nature, category or severity is not set. */
  readonly unclassified: number;
}

const rowsOf = (content: ImpactAssessmentContent, nature: ImpactNature): ImpactProfileRow[] =>
  IMPACT_CATEGORIES.map((category) => {
    const matching = content.impacts.filter(
      (impact) => impact.nature === nature && impact.category === category,
    );
    const bySeverity = Object.fromEntries(
      IMPACT_RATINGS.map((rating) => [
        rating,
        matching.filter((impact) => impact.severity === rating).length,
      ]),
    ) as Record<ImpactRating, number>;
    const total = IMPACT_RATINGS.reduce((sum, rating) => sum + bySeverity[rating], 0);
    return { category, label: IMPACT_CATEGORY_LABELS[category], bySeverity, total };
  });

const sumOf = (rows: readonly ImpactProfileRow[]) => rows.reduce((sum, row) => sum + row.total, 0);

/** Harms and benefits counted by category × severity (1–5). */
export const impactProfile = (content: ImpactAssessmentContent): ImpactProfile => {
  const harms = rowsOf(content, 'harm');
  const benefits = rowsOf(content, 'benefit');
  const harmTotal = sumOf(harms);
  const benefitTotal = sumOf(benefits);
  return {
    harms,
    benefits,
    harmTotal,
    benefitTotal,
    unclassified: content.impacts.length - harmTotal - benefitTotal,
  };
};
