/**
 * AI risk criteria (ISO/IEC 42001 clauses 6.1.1 and 6.1.2): the content of the
 * organization's risk methodology — a likelihood scale and a consequence
 * scale, the risk levels, the matrix that turns a pair of scores into a
 * level, the acceptance threshold, what makes a risk significant, and who may
 * accept residual risk at each level. Versioning and approval of the
 * criteria live in the approval workflow; this module defines the content
 * and refuses criteria that would score inconsistently.
 */
import type { AuditeeRole } from '../access/roles.js';
import { AUDITEE_ROLES, ROLE_LABELS } from '../access/roles.js';
import type { FieldIssue } from '../errors.js';
import { invalid } from '../errors.js';
import { LONG_TEXT_MAX, TEXT_MAX } from '../validation.js';

export const SCALE_MIN_LEVELS = 3;
export const SCALE_MAX_LEVELS = 7;
export const RISK_LEVELS_MIN = 2;
export const RISK_LEVELS_MAX = 7;

/** One step of a likelihood or consequence scale; `value` counts from 1 upwards. */
export interface ScaleLevel {
  readonly value: number;
  readonly label: string;
  readonly description: string;
}

export interface RiskScale {
  /** Ascending: `levels[i].value === i + 1`. */
  readonly levels: readonly ScaleLevel[];
}

/** One risk level; the list of them runs from the lowest to the highest. */
export interface RiskLevelDefinition {
  readonly key: string;
  readonly label: string;
  /** `#rrggbb`, lower case. */
  readonly colour: string;
}

export interface RiskSignificance {
  /** The level at or above which a risk is significant. */
  readonly fromLevel: string;
  /** The rule in words, as the methodology document states it. */
  readonly rule: string;
}

export interface RiskCriteria {
  readonly likelihood: RiskScale;
  readonly consequence: RiskScale;
  readonly levels: readonly RiskLevelDefinition[];
  /** `matrix[likelihood - 1][consequence - 1]` is a level key. */
  readonly matrix: readonly (readonly string[])[];
  /** Risks at a level strictly above this one need treatment or acceptance. */
  readonly acceptanceThreshold: string;
  readonly significance: RiskSignificance;
  /** For every level key, the roles that may accept a residual risk at that level. */
  readonly acceptanceAuthority: Readonly<Record<string, readonly AuditeeRole[]>>;
  /** Whether the risk owner may accept their own risk (segregation of duties says no). */
  readonly ownerMayAcceptOwnRisk: boolean;
}

/** Criteria as they arrive from a form, the API or an import; anything may be missing. */
export interface RiskCriteriaInput {
  readonly likelihood?: { readonly levels?: readonly Partial<ScaleLevel>[] } | undefined;
  readonly consequence?: { readonly levels?: readonly Partial<ScaleLevel>[] } | undefined;
  readonly levels?: readonly Partial<RiskLevelDefinition>[] | undefined;
  readonly matrix?: readonly (readonly string[])[] | undefined;
  readonly acceptanceThreshold?: string | undefined;
  readonly significance?: Partial<RiskSignificance> | undefined;
  readonly acceptanceAuthority?: Readonly<Record<string, readonly string[]>> | undefined;
  readonly ownerMayAcceptOwnRisk?: boolean | undefined;
}

const LEVEL_KEY_PATTERN = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
const LEVEL_KEY_MAX = 40;
const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The list given, or none when something else came in its place. */
const listOrEmpty = <T>(value: readonly T[] | null | undefined): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [];

/** Each entry as an object whose fields may be missing; null or a scalar reads as empty. */
const entriesOf = <T extends object>(
  value: readonly T[] | null | undefined,
): readonly Partial<T>[] =>
  listOrEmpty(value).map((entry): Partial<T> =>
    typeof entry === 'object' && entry !== null ? entry : {},
  );

const checkLabel = (
  issues: FieldIssue[],
  field: string,
  value: unknown,
  max = TEXT_MAX,
): string => {
  const label = textOf(value);
  if (label.length === 0) issues.push({ field, reason: 'is required' });
  else if (label.length > max) issues.push({ field, reason: `must be at most ${max} characters` });
  return label;
};

const checkDescription = (issues: FieldIssue[], field: string, value: unknown): string => {
  const description = textOf(value);
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field, reason: `must be at most ${LONG_TEXT_MAX} characters` });
  return description;
};

const checkScale = (
  issues: FieldIssue[],
  name: 'likelihood' | 'consequence',
  input: RiskCriteriaInput['likelihood'],
): RiskScale => {
  const given = entriesOf(input?.levels);
  if (given.length < SCALE_MIN_LEVELS || given.length > SCALE_MAX_LEVELS)
    issues.push({
      field: `${name}.levels`,
      reason: `must have ${SCALE_MIN_LEVELS} to ${SCALE_MAX_LEVELS} levels (has ${given.length})`,
    });
  const levels = given.map((level, index) => {
    const field = `${name}.levels.${index}`;
    if (level.value !== index + 1)
      issues.push({
        field: `${field}.value`,
        reason: `must be ${index + 1}: the levels are numbered 1 to ${given.length} from the lowest up`,
      });
    return {
      value: index + 1,
      label: checkLabel(issues, `${field}.label`, level.label),
      description: checkDescription(issues, `${field}.description`, level.description),
    };
  });
  levels.forEach((level, index) => {
    const first = levels.findIndex(
      (other) => other.label.toLowerCase() === level.label.toLowerCase(),
    );
    if (level.label !== '' && first < index)
      issues.push({
        field: `${name}.levels.${index}.label`,
        reason: `must differ from the label of ${name}.levels.${first} ("${level.label}")`,
      });
  });
  return { levels };
};

const checkLevels = (
  issues: FieldIssue[],
  input: RiskCriteriaInput['levels'],
): RiskLevelDefinition[] => {
  const given = entriesOf(input);
  if (given.length < RISK_LEVELS_MIN || given.length > RISK_LEVELS_MAX)
    issues.push({
      field: 'levels',
      reason: `must have ${RISK_LEVELS_MIN} to ${RISK_LEVELS_MAX} risk levels (has ${given.length})`,
    });
  const seen = new Map<string, number>();
  return given.map((level, index) => {
    const field = `levels.${index}`;
    const key = textOf(level.key);
    if (!LEVEL_KEY_PATTERN.test(key) || key.length > LEVEL_KEY_MAX)
      issues.push({
        field: `${field}.key`,
        reason: `must be a short key of lower-case letters and digits, words joined by - or _ (such as "high" or "very-high"), at most ${LEVEL_KEY_MAX} characters`,
      });
    else if (seen.has(key))
      issues.push({
        field: `${field}.key`,
        reason: `"${key}" is already the key of levels.${seen.get(key)}`,
      });
    else seen.set(key, index);
    const colour = textOf(level.colour);
    if (!COLOUR_PATTERN.test(colour))
      issues.push({ field: `${field}.colour`, reason: 'must be a colour written as #rrggbb' });
    return {
      key,
      label: checkLabel(issues, `${field}.label`, level.label),
      colour: colour.toLowerCase(),
    };
  });
};

/** The position of each distinct, well-formed level key, lowest first. */
const rankOfKeys = (levels: readonly RiskLevelDefinition[]): ReadonlyMap<string, number> => {
  const ranks = new Map<string, number>();
  levels.forEach((level, index) => {
    if (LEVEL_KEY_PATTERN.test(level.key) && !ranks.has(level.key)) ranks.set(level.key, index);
  });
  return ranks;
};

const describeKeys = (ranks: ReadonlyMap<string, number>) =>
  ranks.size === 0 ? 'no levels are defined' : `one of: ${[...ranks.keys()].join(', ')}`;

const checkMatrixShape = (
  issues: FieldIssue[],
  input: RiskCriteriaInput['matrix'],
  rows: number,
  columns: number,
  ranks: ReadonlyMap<string, number>,
): { matrix: string[][]; isComplete: boolean } => {
  const given = listOrEmpty(input);
  let isComplete = given.length === rows;
  if (!isComplete)
    issues.push({
      field: 'matrix',
      reason: `must have one row per likelihood level (${rows}), has ${given.length}`,
    });
  const matrix = given.map((row, likelihoodIndex) => {
    const cells = listOrEmpty(row);
    if (cells.length !== columns) {
      isComplete = false;
      issues.push({
        field: `matrix.${likelihoodIndex}`,
        reason: `must have one level per consequence level (${columns}), has ${cells.length}`,
      });
    }
    return cells.map((cell, consequenceIndex) => {
      const key = textOf(cell);
      if (!ranks.has(key)) {
        isComplete = false;
        issues.push({
          field: `matrix.${likelihoodIndex}.${consequenceIndex}`,
          reason: `"${key}" is not a risk level; use ${describeKeys(ranks)}`,
        });
      }
      return key;
    });
  });
  return { matrix, isComplete };
};

/**
 * A higher likelihood or a higher consequence never gives a lower level:
 * comparing each cell with its neighbour below and to the left covers every
 * pair, since the order is transitive.
 */
const checkMonotone = (
  issues: FieldIssue[],
  matrix: readonly (readonly string[])[],
  ranks: ReadonlyMap<string, number>,
  scales: { likelihood: RiskScale; consequence: RiskScale },
) => {
  const rank = (l: number, c: number) => ranks.get(matrix[l]?.[c] ?? '') ?? 0;
  const name = (l: number, c: number) =>
    `${scales.likelihood.levels[l]?.label ?? l + 1} × ${scales.consequence.levels[c]?.label ?? c + 1}`;
  matrix.forEach((row, l) =>
    row.forEach((key, c) => {
      const lower = [
        l > 0 && rank(l - 1, c) > rank(l, c) ? [l - 1, c, 'likelihood'] : null,
        c > 0 && rank(l, c - 1) > rank(l, c) ? [l, c - 1, 'consequence'] : null,
      ].filter((entry) => entry !== null) as [number, number, string][];
      for (const [ol, oc, axis] of lower)
        issues.push({
          field: `matrix.${l}.${c}`,
          reason: `"${key}" (${name(l, c)}) is lower than "${matrix[ol]?.[oc]}" (${name(ol, oc)}): a higher ${axis} must never give a lower level`,
        });
    }),
  );
};

const checkLevelKey = (
  issues: FieldIssue[],
  field: string,
  value: unknown,
  ranks: ReadonlyMap<string, number>,
): string => {
  const key = textOf(value);
  if (!ranks.has(key))
    issues.push({
      field,
      reason:
        key === ''
          ? `is required: ${describeKeys(ranks)}`
          : `"${key}" is not a risk level; use ${describeKeys(ranks)}`,
    });
  return key;
};

const describeRoles = () =>
  AUDITEE_ROLES.map((role) => `${role} (${ROLE_LABELS[role]})`).join(', ');

const checkAuthority = (
  issues: FieldIssue[],
  input: RiskCriteriaInput['acceptanceAuthority'],
  levels: readonly RiskLevelDefinition[],
  ranks: ReadonlyMap<string, number>,
): Record<string, AuditeeRole[]> => {
  const given: Readonly<Record<string, readonly string[]>> =
    typeof input === 'object' && input !== null ? input : {};
  for (const key of Object.keys(given))
    if (!ranks.has(key))
      issues.push({
        field: `acceptanceAuthority.${key}`,
        reason: `"${key}" is not a risk level; use ${describeKeys(ranks)}`,
      });
  const authority: Record<string, AuditeeRole[]> = {};
  for (const { key, label } of levels) {
    if (!ranks.has(key) || key in authority) continue;
    const field = `acceptanceAuthority.${key}`;
    const roles = Object.hasOwn(given, key) ? listOrEmpty(given[key]) : undefined;
    if (roles === undefined || roles.length === 0) {
      issues.push({
        field,
        reason: `must name at least one role that may accept a residual risk at level "${label || key}"`,
      });
    }
    (roles ?? []).forEach((role, index) => {
      if (!(AUDITEE_ROLES as readonly string[]).includes(role))
        issues.push({
          field: `${field}.${index}`,
          reason: `"${role}" is not a role; use one of: ${describeRoles()}`,
        });
    });
    authority[key] = AUDITEE_ROLES.filter((role) => (roles ?? []).includes(role));
  }
  return authority;
};

/**
 * Checks and normalizes risk criteria: texts trimmed, colours in lower case,
 * authority roles once each in their declared order.
 * @throws DomainError `RISK_CRITERIA_INVALID` (Invalid) listing every problem with its field path.
 */
export const checkRiskCriteria = (input: RiskCriteriaInput): RiskCriteria => {
  const issues: FieldIssue[] = [];
  const likelihood = checkScale(issues, 'likelihood', input.likelihood);
  const consequence = checkScale(issues, 'consequence', input.consequence);
  const levels = checkLevels(issues, input.levels);
  const ranks = rankOfKeys(levels);
  const { matrix, isComplete } = checkMatrixShape(
    issues,
    input.matrix,
    likelihood.levels.length,
    consequence.levels.length,
    ranks,
  );
  if (isComplete) checkMonotone(issues, matrix, ranks, { likelihood, consequence });
  const acceptanceThreshold = checkLevelKey(
    issues,
    'acceptanceThreshold',
    input.acceptanceThreshold,
    ranks,
  );
  const significance = {
    fromLevel: checkLevelKey(
      issues,
      'significance.fromLevel',
      input.significance?.fromLevel,
      ranks,
    ),
    rule: checkLabel(issues, 'significance.rule', input.significance?.rule, LONG_TEXT_MAX),
  };
  const acceptanceAuthority = checkAuthority(issues, input.acceptanceAuthority, levels, ranks);
  if (issues.length > 0)
    throw invalid('RISK_CRITERIA_INVALID', 'The risk criteria are not consistent', issues);
  return {
    likelihood,
    consequence,
    levels,
    matrix,
    acceptanceThreshold,
    significance,
    acceptanceAuthority,
    ownerMayAcceptOwnRisk: input.ownerMayAcceptOwnRisk ?? false,
  };
};
