/**
 * A version of the risk criteria beside the version in force (ISO/IEC 42001
 * clause 6.1.2): what approving it would change in the methodology — the
 * steps of either scale, the risk levels, the cells of the matrix, the
 * acceptance threshold, what counts as significant, who may accept residual
 * risk at each level, and whether an owner may accept their own risk. Only
 * what differs is listed. Scale steps are matched by their value, risk
 * levels by their key, matrix cells by their position; with nothing in force
 * every part of the version counts as added.
 */
import type { AuditeeRole } from '../access/roles.js';
import type {
  RiskCriteria,
  RiskLevelDefinition,
  RiskSignificance,
  ScaleLevel,
} from './criteria.js';

export const RISK_CRITERIA_PARTS = [
  'likelihood',
  'consequence',
  'levels',
  'matrix',
  'acceptanceThreshold',
  'significance',
  'acceptanceAuthority',
  'ownerMayAcceptOwnRisk',
] as const;
export type RiskCriteriaPart = (typeof RISK_CRITERIA_PARTS)[number];

export const CRITERIA_ITEM_CHANGES = ['added', 'removed', 'changed'] as const;
export type CriteriaItemChange = (typeof CRITERIA_ITEM_CHANGES)[number];

export const SCALE_LEVEL_FIELDS = ['label', 'description'] as const;
export type ScaleLevelField = (typeof SCALE_LEVEL_FIELDS)[number];

export interface ScaleLevelChange {
  readonly value: number;
  readonly change: CriteriaItemChange;
  readonly before: ScaleLevel | null;
  readonly after: ScaleLevel | null;
  /** For a changed step, the fields that differ. */
  readonly fields: readonly ScaleLevelField[];
}

/** A risk level with its position from the lowest (0) up. */
export interface RankedLevel extends RiskLevelDefinition {
  readonly rank: number;
}

export const RISK_LEVEL_FIELDS = ['label', 'colour', 'rank'] as const;
export type RiskLevelField = (typeof RISK_LEVEL_FIELDS)[number];

export interface RiskLevelChange {
  readonly key: string;
  readonly change: CriteriaItemChange;
  readonly before: RankedLevel | null;
  readonly after: RankedLevel | null;
  readonly fields: readonly RiskLevelField[];
}

export interface MatrixCellChange {
  /** Both counted from 1, as on the scales. */
  readonly likelihood: number;
  readonly consequence: number;
  /** The level key, or null where the matrix had no such cell. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface ValueChange<T> {
  readonly changed: boolean;
  readonly before: T | null;
  readonly after: T;
}

export interface SignificanceChange extends ValueChange<RiskSignificance> {
  readonly fields: readonly (keyof RiskSignificance)[];
}

export interface AuthorityChange {
  readonly level: string;
  /** null where the level had no entry. */
  readonly before: readonly AuditeeRole[] | null;
  readonly after: readonly AuditeeRole[] | null;
  readonly addedRoles: readonly AuditeeRole[];
  readonly removedRoles: readonly AuditeeRole[];
}

export interface RiskCriteriaDiff {
  /** The parts that differ, in the order of the criteria. */
  readonly changedParts: readonly RiskCriteriaPart[];
  readonly likelihood: readonly ScaleLevelChange[];
  readonly consequence: readonly ScaleLevelChange[];
  readonly levels: readonly RiskLevelChange[];
  readonly matrix: readonly MatrixCellChange[];
  readonly acceptanceThreshold: ValueChange<string>;
  readonly significance: SignificanceChange;
  readonly acceptanceAuthority: readonly AuthorityChange[];
  readonly ownerMayAcceptOwnRisk: ValueChange<boolean>;
}

const itemChange = <T>(
  before: T | null,
  after: T | null,
  fields: readonly string[],
): CriteriaItemChange | null =>
  before === null ? 'added' : after === null ? 'removed' : fields.length > 0 ? 'changed' : null;

const differing = <T extends object, F extends keyof T>(
  names: readonly F[],
  before: T | null,
  after: T | null,
): F[] => {
  if (before === null || after === null) return [];
  return names.filter((name) => before[name] !== after[name]);
};

const diffScale = (
  before: readonly ScaleLevel[] | null,
  after: readonly ScaleLevel[],
): ScaleLevelChange[] =>
  Array.from({ length: Math.max(before?.length ?? 0, after.length) }, (_, index) => {
    const old = before?.[index] ?? null;
    const now = after[index] ?? null;
    const fields = differing(SCALE_LEVEL_FIELDS, old, now);
    const change = itemChange(old, now, fields);
    return change === null ? [] : [{ value: index + 1, change, before: old, after: now, fields }];
  }).flat();

const ranked = (levels: readonly RiskLevelDefinition[]) =>
  new Map(levels.map((level, rank) => [level.key, { ...level, rank }]));

const diffLevels = (
  before: readonly RiskLevelDefinition[] | null,
  after: readonly RiskLevelDefinition[],
): RiskLevelChange[] => {
  const old = ranked(before ?? []);
  const now = ranked(after);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  return keys.flatMap((key) => {
    const was = old.get(key) ?? null;
    const is = now.get(key) ?? null;
    const fields = differing(RISK_LEVEL_FIELDS, was, is);
    const change = itemChange(was, is, fields);
    return change === null ? [] : [{ key, change, before: was, after: is, fields }];
  });
};

const diffMatrix = (
  before: readonly (readonly string[])[] | null,
  after: readonly (readonly string[])[],
): MatrixCellChange[] => {
  const rows = Math.max(before?.length ?? 0, after.length);
  const columns = Math.max(...[...(before ?? []), ...after].map((row) => row.length), 0);
  const cells: MatrixCellChange[] = [];
  for (let l = 0; l < rows; l++)
    for (let c = 0; c < columns; c++) {
      const old = before?.[l]?.[c] ?? null;
      const now = after[l]?.[c] ?? null;
      if (old !== now || before === null)
        if (old !== null || now !== null)
          cells.push({ likelihood: l + 1, consequence: c + 1, before: old, after: now });
    }
  return cells;
};

const valueChange = <T>(before: T | null, after: T): ValueChange<T> => ({
  changed: before === null || before !== after,
  before,
  after,
});

const diffSignificance = (
  before: RiskSignificance | null,
  after: RiskSignificance,
): SignificanceChange => {
  const fields =
    before === null
      ? (['fromLevel', 'rule'] as const)
      : (['fromLevel', 'rule'] as const).filter((field) => before[field] !== after[field]);
  return { changed: fields.length > 0, before, after, fields };
};

const diffAuthority = (
  before: RiskCriteria['acceptanceAuthority'] | null,
  after: RiskCriteria['acceptanceAuthority'],
): AuthorityChange[] => {
  const old = before ?? {};
  const levels = [...new Set([...Object.keys(after), ...Object.keys(old)])];
  return levels.flatMap((level) => {
    const was = Object.hasOwn(old, level) ? (old[level] ?? []) : null;
    const is = Object.hasOwn(after, level) ? (after[level] ?? []) : null;
    const addedRoles = (is ?? []).filter((role) => !(was ?? []).includes(role));
    const removedRoles = (was ?? []).filter((role) => !(is ?? []).includes(role));
    const isSame = was !== null && is !== null && addedRoles.length + removedRoles.length === 0;
    return isSame ? [] : [{ level, before: was, after: is, addedRoles, removedRoles }];
  });
};

/** What `after` changes against `before` (the criteria in force, or null when none are). */
export const diffRiskCriteria = (
  before: RiskCriteria | null,
  after: RiskCriteria,
): RiskCriteriaDiff => {
  const diff = {
    likelihood: diffScale(before?.likelihood.levels ?? null, after.likelihood.levels),
    consequence: diffScale(before?.consequence.levels ?? null, after.consequence.levels),
    levels: diffLevels(before?.levels ?? null, after.levels),
    matrix: diffMatrix(before?.matrix ?? null, after.matrix),
    acceptanceThreshold: valueChange(
      before?.acceptanceThreshold ?? null,
      after.acceptanceThreshold,
    ),
    significance: diffSignificance(before?.significance ?? null, after.significance),
    acceptanceAuthority: diffAuthority(
      before?.acceptanceAuthority ?? null,
      after.acceptanceAuthority,
    ),
    ownerMayAcceptOwnRisk: valueChange(
      before?.ownerMayAcceptOwnRisk ?? null,
      after.ownerMayAcceptOwnRisk,
    ),
  };
  const isChanged: Readonly<Record<RiskCriteriaPart, boolean>> = {
    likelihood: diff.likelihood.length > 0,
    consequence: diff.consequence.length > 0,
    levels: diff.levels.length > 0,
    matrix: diff.matrix.length > 0,
    acceptanceThreshold: diff.acceptanceThreshold.changed,
    significance: diff.significance.changed,
    acceptanceAuthority: diff.acceptanceAuthority.length > 0,
    ownerMayAcceptOwnRisk: diff.ownerMayAcceptOwnRisk.changed,
  };
  return { changedParts: RISK_CRITERIA_PARTS.filter((part) => isChanged[part]), ...diff };
};
