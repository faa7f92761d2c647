/**
 * The choices an AI system impact assessment is written with (ISO/IEC 42001
 * 6.1.4, 8.4 and A.5; the assessment record of ISO/IEC 42005 clause 6): why
 * the assessment was made, who an impact reaches, whether it is a benefit or
 * a harm, its theme, and the scales it is rated on. Labels are our own words.
 */
import { valuesOf } from '../labelled-values.js';

/** Why this assessment (version) was made: ISO/IEC 42001 8.4 and ISO/IEC 42005 5.4. */
export const IMPACT_TRIGGER_LABELS = {
  initial: 'Initial assessment',
  periodic: 'Periodic review',
  significant_change: 'Significant change to the system or its use',
  incident: 'After an incident',
} as const;
export type ImpactTrigger = keyof typeof IMPACT_TRIGGER_LABELS;
export const IMPACT_TRIGGERS = valuesOf(IMPACT_TRIGGER_LABELS);

/** Who an impact reaches (ISO/IEC 42001 A.5.4 and A.5.5). */
export const IMPACT_AFFECTED_LABELS = {
  individuals: 'Individuals',
  groups: 'Groups of individuals',
  society: 'Society',
} as const;
export type ImpactAffected = keyof typeof IMPACT_AFFECTED_LABELS;
export const IMPACT_AFFECTED = valuesOf(IMPACT_AFFECTED_LABELS);

export const IMPACT_NATURE_LABELS = {
  benefit: 'Benefit',
  harm: 'Harm',
} as const;
export type ImpactNature = keyof typeof IMPACT_NATURE_LABELS;
export const IMPACT_NATURES = valuesOf(IMPACT_NATURE_LABELS);

/** Themes of harms and benefits, close to the families ISO/IEC 42005 and Annex C of 42001 use. */
export const IMPACT_CATEGORY_LABELS = {
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
} as const;
export type ImpactCategory = keyof typeof IMPACT_CATEGORY_LABELS;
export const IMPACT_CATEGORIES = valuesOf(IMPACT_CATEGORY_LABELS);

/** Whether the effect of a harm can be undone (or a benefit lost again). */
export const IMPACT_REVERSIBILITY_LABELS = {
  reversible: 'Reversible',
  partly_reversible: 'Partly reversible',
  irreversible: 'Irreversible',
} as const;
export type ImpactReversibility = keyof typeof IMPACT_REVERSIBILITY_LABELS;
export const IMPACT_REVERSIBILITIES = valuesOf(IMPACT_REVERSIBILITY_LABELS);

/**
 * How many people an impact reaches, from one person to society at large. A
 * count, not a judgement: the same harm reaching more people weighs more
 * when the results are analysed against the thresholds.
 */
export const IMPACT_SCALE_LABELS = {
  individual: 'One person at a time',
  limited_group: 'A limited group',
  large_group: 'A large group',
  society_wide: 'Society at large',
} as const;
export type ImpactScale = keyof typeof IMPACT_SCALE_LABELS;
export const IMPACT_SCALES = valuesOf(IMPACT_SCALE_LABELS);

export const MEASURE_STATUS_LABELS = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
} as const;
export type MeasureStatus = keyof typeof MEASURE_STATUS_LABELS;
export const MEASURE_STATUSES = valuesOf(MEASURE_STATUS_LABELS);

/** Likelihood and severity are rated 1 (lowest) to 5 (highest). */
export const IMPACT_RATINGS = [1, 2, 3, 4, 5] as const;
export type ImpactRating = (typeof IMPACT_RATINGS)[number];
export const IMPACT_RATING_MIN = 1;
export const IMPACT_RATING_MAX = 5;

export const isImpactRating = (value: unknown): value is ImpactRating =>
  typeof value === 'number' && (IMPACT_RATINGS as readonly number[]).includes(value);
