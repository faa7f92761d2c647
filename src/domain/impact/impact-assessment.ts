/**
 * The content of one version of an AI system impact assessment (ISO/IEC 42001
 * 6.1.4 and 8.4, Annex A.5; the record ISO/IEC 42005 clause 6 describes): its
 * scope and trigger, the system, its purpose, intended uses and reasonably
 * foreseeable misuse, data, algorithm and model, deployment environment, the
 * interested parties affected, the benefits and harms found with the
 * measures that address them, the thresholds for sensitive or restricted
 * uses, the next review and how long the results are kept.
 *
 * A draft may be incomplete while it is written: the draft check refuses
 * only what is malformed (unknown choices, ratings off the scale, bad dates,
 * duplicate ids, a measure for an impact that is not there). What an
 * approvable assessment still lacks is the approval check's business
 * (impact-approval.ts).
 */
import type { ControlId } from '../catalog/index.js';
import { invalid } from '../errors.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOptionalDate } from '../validation.js';
import type { Checked } from '../validation.js';
import {
  checkImpacts,
  checkMeasures,
  checkParties,
  optionalChoice,
  optionalText,
} from './impact-items.js';
import { IMPACT_TRIGGERS } from './impact-values.js';
import type {
  ImpactAffected,
  ImpactCategory,
  ImpactNature,
  ImpactRating,
  ImpactReversibility,
  ImpactScale,
  ImpactTrigger,
  MeasureStatus,
} from './impact-values.js';

/** An interested party the system affects (ISO/IEC 42005 6.7). */
export interface AffectedParty {
  readonly name: string;
  readonly description: string;
  readonly isVulnerableGroup: boolean;
}

/**
 * One actual or reasonably foreseeable benefit or harm (ISO/IEC 42005 6.8).
 * The id is the caller's and stays the same from version to version, so a
 * new version can be compared with the last approved one and a risk can
 * point back at the harm it came from. Choices a draft has not made yet are
 * null.
 */
export interface Impact {
  readonly id: string;
  readonly description: string;
  readonly affects: readonly ImpactAffected[];
  readonly nature: ImpactNature | null;
  readonly category: ImpactCategory | null;
  readonly likelihood: ImpactRating | null;
  /** For a benefit: how large it is, on the same 1–5 scale. */
  readonly severity: ImpactRating | null;
  readonly reversibility: ImpactReversibility | null;
  readonly scale: ImpactScale | null;
}

/** A measure addressing a harm or strengthening a benefit (ISO/IEC 42005 6.9). */
export interface ImpactMeasure {
  readonly id: string;
  /** The impact it addresses; null while a draft has not said. */
  readonly impactId: string | null;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly dueDate: string | null;
  readonly status: MeasureStatus;
  /** The Annex A controls the measure puts in place, once each (they feed the Statement of Applicability). */
  readonly annexAControlIds: readonly ControlId[];
}

export interface ImpactAssessmentContent {
  readonly scope: string;
  readonly trigger: ImpactTrigger | null;
  readonly systemDescription: string;
  readonly purpose: string;
  readonly intendedUses: string;
  readonly foreseeableMisuse: string;
  readonly dataAndDataQuality: string;
  readonly algorithmAndModel: string;
  readonly deploymentEnvironment: string;
  readonly interestedParties: readonly AffectedParty[];
  readonly impacts: readonly Impact[];
  readonly measures: readonly ImpactMeasure[];
  /** The organization's thresholds for sensitive or restricted uses and how this system meets them. */
  readonly thresholds: string;
  readonly nextReviewDate: string | null;
  /** How long the results are kept, e.g. "Until 2033-12-31 (seven years after retirement)". */
  readonly retention: string;
}

/** The free-text fields of the content, in the order of the assessment. */
export const IMPACT_ASSESSMENT_TEXT_FIELDS = [
  'scope',
  'systemDescription',
  'purpose',
  'intendedUses',
  'foreseeableMisuse',
  'dataAndDataQuality',
  'algorithmAndModel',
  'deploymentEnvironment',
  'thresholds',
  'retention',
] as const satisfies readonly (keyof ImpactAssessmentContent)[];
export type ImpactAssessmentTextField = (typeof IMPACT_ASSESSMENT_TEXT_FIELDS)[number];

type Choice = string | null | undefined;
type Rating = number | null | undefined;

export interface AffectedPartyInput {
  readonly name: string;
  readonly description?: string | undefined;
  readonly isVulnerableGroup?: boolean | undefined;
}

export interface ImpactInput {
  readonly id: string;
  readonly description?: string | undefined;
  readonly affects?: readonly string[] | undefined;
  readonly nature?: Choice;
  readonly category?: Choice;
  readonly likelihood?: Rating;
  readonly severity?: Rating;
  readonly reversibility?: Choice;
  readonly scale?: Choice;
}

export interface ImpactMeasureInput {
  readonly id: string;
  readonly impactId?: string | null | undefined;
  readonly description?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly dueDate?: string | null | undefined;
  readonly status?: string | undefined;
  readonly annexAControlIds?: readonly string[] | undefined;
}

/** Input as it arrives from a form or the API: any part may be absent in a draft. */
export type ImpactAssessmentInput = Partial<
  Record<ImpactAssessmentTextField, string> & {
    trigger: Choice;
    interestedParties: readonly AffectedPartyInput[];
    impacts: readonly ImpactInput[];
    measures: readonly ImpactMeasureInput[];
    nextReviewDate: string | null;
  }
>;

export const EMPTY_IMPACT_ASSESSMENT: ImpactAssessmentContent = {
  scope: '',
  trigger: null,
  systemDescription: '',
  purpose: '',
  intendedUses: '',
  foreseeableMisuse: '',
  dataAndDataQuality: '',
  algorithmAndModel: '',
  deploymentEnvironment: '',
  interestedParties: [],
  impacts: [],
  measures: [],
  thresholds: '',
  nextReviewDate: null,
  retention: '',
};

/**
 * Checks and normalizes a draft: texts trimmed, choices matched to their
 * values (a label or common name is accepted), every problem listed with its
 * field (`impacts.2.severity`). Nothing is required yet.
 */
export const validateImpactAssessment = (
  input: ImpactAssessmentInput,
): Checked<ImpactAssessmentContent> => {
  const issues: FieldIssue[] = [];
  const texts = Object.fromEntries(
    IMPACT_ASSESSMENT_TEXT_FIELDS.map((field) => [
      field,
      optionalText(issues, field, input[field], LONG_TEXT_MAX),
    ]),
  ) as Record<ImpactAssessmentTextField, string>;
  const trigger = optionalChoice(issues, 'trigger', input.trigger, IMPACT_TRIGGERS);
  const interestedParties = checkParties(issues, input.interestedParties ?? []);
  const impacts = checkImpacts(issues, input.impacts ?? []);
  const measures = checkMeasures(
    issues,
    input.measures ?? [],
    new Set(impacts.map((impact) => impact.id)),
  );
  const nextReviewDate = checkOptionalDate(issues, 'nextReviewDate', input.nextReviewDate);
  return {
    issues,
    details: { ...texts, trigger, interestedParties, impacts, measures, nextReviewDate },
  };
};

/**
 * The draft's content, or `IMPACT_ASSESSMENT_INVALID` (Invalid) listing every
 * malformed field.
 */
export const checkImpactAssessmentDraft = (
  input: ImpactAssessmentInput,
): ImpactAssessmentContent => {
  const { details, issues } = validateImpactAssessment(input);
  if (issues.length > 0) {
    throw invalid(
      'IMPACT_ASSESSMENT_INVALID',
      `The impact assessment has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}`,
      issues,
    );
  }
  return details;
};

/** Measures by the impact they address. */
export const measuresOfImpact = (
  content: Pick<ImpactAssessmentContent, 'measures'>,
  impactId: string,
): ImpactMeasure[] => content.measures.filter((measure) => measure.impactId === impactId);
