/**
 * The draft checks of an impact assessment's lists: the interested parties
 * affected, the impacts and the measures, each problem at its field
 * (`impacts.2.severity`).
 */
import { isControlId } from '../catalog/index.js';
import type { ControlId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { annexAControlReason, checkControlLinks } from '../risk/treatment-action.js';
import { LONG_TEXT_MAX, checkOneOf, checkOptionalDate, checkText } from '../validation.js';
import type {
  AffectedParty,
  AffectedPartyInput,
  Impact,
  ImpactInput,
  ImpactMeasure,
  ImpactMeasureInput,
} from './impact-assessment.js';
import {
  IMPACT_AFFECTED,
  IMPACT_CATEGORIES,
  IMPACT_NATURES,
  IMPACT_REVERSIBILITIES,
  IMPACT_SCALES,
  MEASURE_STATUSES,
  isImpactRating,
} from './impact-values.js';
import type { ImpactRating } from './impact-values.js';

type Choice = string | null | undefined;
type Rating = number | null | undefined;

export const MAX_INTERESTED_PARTIES = 200;
export const MAX_IMPACTS = 500;
export const MAX_MEASURES = 1_000;
export const ID_MAX = 100;

/** A text that may be empty in a draft, trimmed and not longer than max. */
export const optionalText = (
  issues: FieldIssue[],
  field: string,
  value: string | undefined,
  max: number,
) => {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) issues.push({ field, reason: `must be at most ${max} characters` });
  return trimmed;
};

export const optionalChoice = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: Choice,
  allowed: readonly T[],
): T | null =>
  value === null || value === undefined || value.trim() === ''
    ? null
    : checkOneOf(issues, field, value.trim(), allowed);

const optionalRating = (
  issues: FieldIssue[],
  field: string,
  value: Rating,
): ImpactRating | null => {
  if (value === null || value === undefined) return null;
  if (isImpactRating(value)) return value;
  issues.push({ field, reason: 'must be a whole number from 1 to 5' });
  return null;
};

const checkListSize = (issues: FieldIssue[], field: string, length: number, max: number) => {
  if (length > max) issues.push({ field, reason: `must have at most ${max} entries` });
};

/** Ids are required even in a draft, and each appears once in its list. */
const checkIds = (issues: FieldIssue[], list: string, ids: readonly string[]) => {
  const seen = new Set<string>();
  return ids.map((id, index) => {
    const trimmed = checkText(issues, `${list}.${index}.id`, id, ID_MAX);
    if (trimmed !== '' && seen.has(trimmed))
      issues.push({ field: `${list}.${index}.id`, reason: `"${trimmed}" is used twice` });
    seen.add(trimmed);
    return trimmed;
  });
};

export const checkParties = (issues: FieldIssue[], parties: readonly AffectedPartyInput[]) => {
  checkListSize(issues, 'interestedParties', parties.length, MAX_INTERESTED_PARTIES);
  const seen = new Set<string>();
  return parties.map((party, index): AffectedParty => {
    const field = `interestedParties.${index}`;
    const name = checkText(issues, `${field}.name`, party.name);
    if (name !== '' && seen.has(name.toLowerCase()))
      issues.push({ field: `${field}.name`, reason: 'is listed twice' });
    seen.add(name.toLowerCase());
    return {
      name,
      description: optionalText(issues, `${field}.description`, party.description, LONG_TEXT_MAX),
      isVulnerableGroup: party.isVulnerableGroup ?? false,
    };
  });
};

/** The groups reached, once each in their declared order; unknown ones reported where given. */
const checkAffects = (issues: FieldIssue[], field: string, values: readonly string[] = []) => {
  const chosen = values.map((value, index) =>
    checkOneOf(issues, `${field}.${index}`, value.trim(), IMPACT_AFFECTED),
  );
  return IMPACT_AFFECTED.filter((value) => chosen.includes(value));
};

export const checkImpacts = (issues: FieldIssue[], impacts: readonly ImpactInput[]) => {
  checkListSize(issues, 'impacts', impacts.length, MAX_IMPACTS);
  const ids = checkIds(
    issues,
    'impacts',
    impacts.map((impact) => impact.id),
  );
  return impacts.map((impact, index): Impact => {
    const field = `impacts.${index}`;
    return {
      id: ids[index] ?? '',
      description: optionalText(issues, `${field}.description`, impact.description, LONG_TEXT_MAX),
      affects: checkAffects(issues, `${field}.affects`, impact.affects),
      nature: optionalChoice(issues, `${field}.nature`, impact.nature, IMPACT_NATURES),
      category: optionalChoice(issues, `${field}.category`, impact.category, IMPACT_CATEGORIES),
      likelihood: optionalRating(issues, `${field}.likelihood`, impact.likelihood),
      severity: optionalRating(issues, `${field}.severity`, impact.severity),
      reversibility: optionalChoice(
        issues,
        `${field}.reversibility`,
        impact.reversibility,
        IMPACT_REVERSIBILITIES,
      ),
      scale: optionalChoice(issues, `${field}.scale`, impact.scale, IMPACT_SCALES),
    };
  });
};

export const checkMeasures = (
  issues: FieldIssue[],
  measures: readonly ImpactMeasureInput[],
  impactIds: ReadonlySet<string>,
) => {
  checkListSize(issues, 'measures', measures.length, MAX_MEASURES);
  const ids = checkIds(
    issues,
    'measures',
    measures.map((measure) => measure.id),
  );
  return measures.map((measure, index): ImpactMeasure => {
    const field = `measures.${index}`;
    const impactId = (measure.impactId ?? '').trim();
    if (impactId !== '' && !impactIds.has(impactId))
      issues.push({ field: `${field}.impactId`, reason: `no impact has the id "${impactId}"` });
    const ownerUserId = (measure.ownerUserId ?? '').trim();
    return {
      id: ids[index] ?? '',
      impactId: impactId === '' ? null : impactId,
      description: optionalText(issues, `${field}.description`, measure.description, LONG_TEXT_MAX),
      ownerUserId: ownerUserId === '' ? null : ownerUserId,
      dueDate: checkOptionalDate(issues, `${field}.dueDate`, measure.dueDate),
      status:
        optionalChoice(issues, `${field}.status`, measure.status, MEASURE_STATUSES) ?? 'planned',
      annexAControlIds: checkControlLinks(
        issues,
        `${field}.annexAControlIds`,
        measure.annexAControlIds,
        isControlId,
        annexAControlReason,
      ) as ControlId[],
    };
  });
};
