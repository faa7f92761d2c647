/**
 * What a new version of an AI system impact assessment changes against the
 * version it started from (usually the last approved one), as ISO/IEC 42001
 * 8.4 re-assessment on significant change and ISO/IEC 42005 5.12 review need
 * to show: each changed section's value before and after, and the interested
 * parties, impacts and measures added, removed or changed. Impacts and
 * measures are matched by their id, parties by name (ignoring letter case);
 * a changed item lists the fields that differ. Moving items in a list is
 * not a change.
 */
import { EMPTY_IMPACT_ASSESSMENT } from './impact-assessment.js';
import type {
  AffectedParty,
  Impact,
  ImpactAssessmentContent,
  ImpactMeasure,
} from './impact-assessment.js';

/** The single-valued fields, in the order of the assessment. */
export const IMPACT_ASSESSMENT_SCALAR_FIELDS = [
  'scope',
  'trigger',
  'systemDescription',
  'purpose',
  'intendedUses',
  'foreseeableMisuse',
  'dataAndDataQuality',
  'algorithmAndModel',
  'deploymentEnvironment',
  'thresholds',
  'nextReviewDate',
  'retention',
] as const satisfies readonly (keyof ImpactAssessmentContent)[];
export type ImpactAssessmentScalarField = (typeof IMPACT_ASSESSMENT_SCALAR_FIELDS)[number];

export interface ScalarFieldChange {
  readonly field: ImpactAssessmentScalarField;
  readonly before: string | null;
  readonly after: string | null;
}

export interface ChangedItem<T> {
  /** The id (a party's name in lower case) that matched the two. */
  readonly key: string;
  readonly before: T;
  readonly after: T;
  /** The fields that differ, in the item's field order. */
  readonly fields: readonly (keyof T & string)[];
}

export interface ListChanges<T> {
  /** In the new version's order. */
  readonly added: readonly T[];
  /** In the previous version's order. */
  readonly removed: readonly T[];
  readonly changed: readonly ChangedItem<T>[];
}

export interface ImpactAssessmentDiff {
  readonly fields: readonly ScalarFieldChange[];
  readonly interestedParties: ListChanges<AffectedParty>;
  readonly impacts: ListChanges<Impact>;
  readonly measures: ListChanges<ImpactMeasure>;
  readonly hasChanges: boolean;
}

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => item === b[index])
    : a === b;

const differingFields = <T extends object>(before: T, after: T) =>
  (Object.keys(after) as (keyof T & string)[]).filter(
    (field) => !sameValue(before[field], after[field]),
  );

const listChanges = <T extends object>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): ListChanges<T> => {
  const previous = new Map(before.map((item) => [keyOf(item), item]));
  const current = new Set(after.map(keyOf));
  const changed: ChangedItem<T>[] = [];
  const added: T[] = [];
  for (const item of after) {
    const key = keyOf(item);
    const old = previous.get(key);
    if (old === undefined) {
      added.push(item);
      continue;
    }
    const fields = differingFields(old, item);
    if (fields.length > 0) changed.push({ key, before: old, after: item, fields });
  }
  const removed = before.filter((item) => !current.has(keyOf(item)));
  return { added, removed, changed };
};

const hasListChanges = <T>(changes: ListChanges<T>) =>
  changes.added.length + changes.removed.length + changes.changed.length > 0;

/**
 * The changes from `previous` to `next`. With no previous version (null)
 * everything `next` holds shows as added.
 */
export const impactAssessmentDiff = (
  previous: ImpactAssessmentContent | null,
  next: ImpactAssessmentContent,
): ImpactAssessmentDiff => {
  const base = previous ?? EMPTY_IMPACT_ASSESSMENT;
  const fields = IMPACT_ASSESSMENT_SCALAR_FIELDS.filter((field) => base[field] !== next[field]).map(
    (field) => ({ field, before: base[field], after: next[field] }),
  );
  const interestedParties = listChanges(base.interestedParties, next.interestedParties, (party) =>
    party.name.toLowerCase(),
  );
  const impacts = listChanges(base.impacts, next.impacts, (impact) => impact.id);
  const measures = listChanges(base.measures, next.measures, (measure) => measure.id);
  return {
    fields,
    interestedParties,
    impacts,
    measures,
    hasChanges:
      fields.length > 0 ||
      hasListChanges(interestedParties) ||
      hasListChanges(impacts) ||
      hasListChanges(measures),
  };
};
