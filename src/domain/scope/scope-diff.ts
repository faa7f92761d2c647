/**
 * A scope version side by side with the version in force (ISO/IEC 42001
 * clause 4.3): field by field what the approval would change — the statement,
 * the context issues and parties' requirements considered,
 * organizational units, sites with their people in scope, processes, AI
 * systems, interfaces and dependencies, exclusions with their justification,
 * and the organization's AI roles. Lists are compared item by item: an item
 * is matched by its identity (a site by name, an exclusion by what it
 * excludes, any other entry by itself), so a change of head count or of a
 * justification shows as that item changed.
 */
import type { AiRole } from '../ai-system/classification.js';
import type { ScopeContent, ScopeExclusion, ScopePartyRequirement, ScopeSite } from './scope.js';
import { partyRequirementKey, totalPeopleInScope } from './scope.js';

/** `added` when no version is in force, so everything the version holds is new. */
export const FIELD_CHANGES = ['added', 'changed', 'unchanged'] as const;
export type FieldChange = (typeof FIELD_CHANGES)[number];

export const ITEM_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;
export type ItemChange = (typeof ITEM_CHANGES)[number];

export interface ValueDiff<T> {
  readonly change: FieldChange;
  readonly changed: boolean;
  readonly before: T | null;
  readonly after: T;
}

export interface ItemDiff<T> {
  /** What identifies the item in both versions. */
  readonly key: string;
  readonly change: ItemChange;
  readonly before: T | null;
  readonly after: T | null;
}

export interface ListDiff<T> {
  readonly change: FieldChange;
  readonly changed: boolean;
  readonly before: readonly T[] | null;
  readonly after: readonly T[];
  /** The version's items in its order, then those it no longer has. */
  readonly items: readonly ItemDiff<T>[];
}

export interface ScopeFieldDiffs {
  readonly statement: ValueDiff<string>;
  readonly totalPeopleInScope: ValueDiff<number>;
  readonly organizationalUnits: ListDiff<string>;
  readonly sites: ListDiff<ScopeSite>;
  readonly processes: ListDiff<string>;
  readonly aiSystemIds: ListDiff<string>;
  readonly interfaces: ListDiff<string>;
  readonly exclusions: ListDiff<ScopeExclusion>;
  readonly aiRoles: ListDiff<AiRole>;
  readonly contextIssueIds: ListDiff<string>;
  readonly partyRequirements: ListDiff<ScopePartyRequirement>;
}

export type ScopeDiffField = keyof ScopeFieldDiffs;

export interface ScopeDiff {
  readonly fields: ScopeFieldDiffs;
  /** The fields that differ from the version in force, in the order of `fields`. */
  readonly changedFields: readonly ScopeDiffField[];
}

const fieldChange = (hasBase: boolean, changed: boolean): FieldChange =>
  !hasBase ? 'added' : changed ? 'changed' : 'unchanged';

const valueDiff = <T>(before: T | null, after: T): ValueDiff<T> => {
  const changed = before !== after;
  return { change: fieldChange(before !== null, changed), changed, before, after };
};

const listDiff = <T>(
  before: readonly T[] | null,
  after: readonly T[],
  keyOf: (item: T) => string,
  isSame: (a: T, b: T) => boolean,
): ListDiff<T> => {
  const old = new Map((before ?? []).map((item) => [keyOf(item), item]));
  const current = new Set(after.map(keyOf));
  const items: ItemDiff<T>[] = after.map((item) => {
    const key = keyOf(item);
    const previous = old.get(key);
    if (previous === undefined) return { key, change: 'added', before: null, after: item };
    const change = isSame(previous, item) ? 'unchanged' : 'changed';
    return { key, change, before: previous, after: item };
  });
  for (const [key, item] of old) {
    if (!current.has(key)) items.push({ key, change: 'removed', before: item, after: null });
  }
  const order = (list: readonly T[]) => JSON.stringify(list.map(keyOf));
  const changed =
    before === null ||
    items.some((item) => item.change !== 'unchanged') ||
    order(before) !== order(after);
  return { change: fieldChange(before !== null, changed), changed, before, after, items };
};

const byText = (item: string) => item;
const isEqual = (a: string, b: string) => a === b;

/**
 * The version's content against the version in force (`inForce` null when
 * no version is approved yet: every field is then `added`). A list whose
 * items stay the same but move is `changed`, with every item `unchanged`.
 */
export const diffScope = (inForce: ScopeContent | null, version: ScopeContent): ScopeDiff => {
  const texts = <T extends string>(pick: (content: ScopeContent) => readonly T[]) =>
    listDiff(inForce && pick(inForce), pick(version), byText, isEqual);
  const fields: ScopeFieldDiffs = {
    statement: valueDiff(inForce?.statement ?? null, version.statement),
    totalPeopleInScope: valueDiff(
      inForce ? totalPeopleInScope(inForce.sites) : null,
      totalPeopleInScope(version.sites),
    ),
    organizationalUnits: texts((content) => content.organizationalUnits),
    sites: listDiff(
      inForce?.sites ?? null,
      version.sites,
      (site) => site.name.toLowerCase(),
      (a, b) =>
        a.name === b.name && a.location === b.location && a.peopleInScope === b.peopleInScope,
    ),
    processes: texts((content) => content.processes),
    aiSystemIds: texts((content) => content.aiSystemIds),
    interfaces: texts((content) => content.interfaces),
    exclusions: listDiff(
      inForce?.exclusions ?? null,
      version.exclusions,
      (exclusion) => exclusion.item.toLowerCase(),
      (a, b) => a.item === b.item && a.justification === b.justification,
    ),
    aiRoles: texts((content) => content.aiRoles),
    contextIssueIds: texts((content) => content.contextIssueIds),
    partyRequirements: listDiff(
      inForce?.partyRequirements ?? null,
      version.partyRequirements,
      partyRequirementKey,
      (a, b) => a.requirement === b.requirement,
    ),
  };
  const changedFields = (Object.keys(fields) as ScopeDiffField[]).filter(
    (field) => fields[field].changed,
  );
  return { fields, changedFields };
};
