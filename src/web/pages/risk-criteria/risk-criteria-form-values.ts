/**
 * The risk criteria editor's values and the request body they become. Risk
 * levels are rows with a stable row key; the matrix, the threshold and the
 * significance level point at those rows rather than at the level keys, so
 * renaming a level's key keeps every cell, and each level row holds the roles
 * that may accept a risk at it. The API's issue paths (`likelihood.levels.3.label`,
 * `matrix.2.4`, `acceptanceAuthority.high`) are turned into the form's paths.
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { ApiError, messageOf } from '../../api/client.js';
import type { AuditeeRole, RiskCriteria, RiskCriteriaBody } from './risk-criteria-queries.js';

export const SCALE_MIN = 3;
export const SCALE_MAX = 7;
export const LEVELS_MIN = 2;
export const LEVELS_MAX = 7;

export interface ScaleRow {
  readonly key: string;
  label: string;
  description: string;
}

export interface LevelRow {
  readonly key: string;
  levelKey: string;
  label: string;
  colour: string;
  roles: AuditeeRole[];
}

export interface RiskCriteriaFormValues extends Record<string, unknown> {
  likelihood: ScaleRow[];
  consequence: ScaleRow[];
  levels: LevelRow[];
  /** matrix[likelihood - 1][consequence - 1] is the row key of a level. */
  matrix: string[][];
  acceptanceThreshold: string;
  significance: { fromLevel: string; rule: string };
  ownerMayAcceptOwnRisk: boolean;
}

export type RiskCriteriaForm = ReturnType<typeof useForm<RiskCriteriaFormValues>>;
export type ScaleName = 'likelihood' | 'consequence';

export const newScaleRow = (label = '', description = ''): ScaleRow => ({
  key: randomId(),
  label,
  description,
});

export const newLevelRow = (
  levelKey = '',
  label = '',
  colour = '#868e96',
  roles: AuditeeRole[] = [],
): LevelRow => ({ key: randomId(), levelKey, label, colour, roles });

export const riskCriteriaFormValuesOf = (criteria: RiskCriteria): RiskCriteriaFormValues => {
  const levels = criteria.levels.map((level) =>
    newLevelRow(level.key, level.label, level.colour, [
      ...(criteria.acceptanceAuthority[level.key] ?? []),
    ]),
  );
  const rowKeyOf = (levelKey: string) =>
    levels.find((level) => level.levelKey === levelKey)?.key ?? '';
  return {
    likelihood: criteria.likelihood.levels.map((step) => newScaleRow(step.label, step.description)),
    consequence: criteria.consequence.levels.map((step) =>
      newScaleRow(step.label, step.description),
    ),
    levels,
    matrix: criteria.matrix.map((row) => row.map(rowKeyOf)),
    acceptanceThreshold: rowKeyOf(criteria.acceptanceThreshold),
    significance: {
      fromLevel: rowKeyOf(criteria.significance.fromLevel),
      rule: criteria.significance.rule,
    },
    ownerMayAcceptOwnRisk: criteria.ownerMayAcceptOwnRisk,
  };
};

const scaleBodyOf = (rows: readonly ScaleRow[]) => ({
  levels: rows.map((row, index) => ({
    value: index + 1,
    label: row.label,
    description: row.description,
  })),
});

export const riskCriteriaBodyOf = (values: RiskCriteriaFormValues): RiskCriteriaBody => {
  const levelKeyOf = (rowKey: string) =>
    values.levels.find((level) => level.key === rowKey)?.levelKey ?? '';
  return {
    likelihood: scaleBodyOf(values.likelihood),
    consequence: scaleBodyOf(values.consequence),
    levels: values.levels.map(({ levelKey, label, colour }) => ({ key: levelKey, label, colour })),
    matrix: values.matrix.map((row) => row.map(levelKeyOf)),
    acceptanceThreshold: levelKeyOf(values.acceptanceThreshold),
    significance: {
      fromLevel: levelKeyOf(values.significance.fromLevel),
      rule: values.significance.rule,
    },
    acceptanceAuthority: Object.fromEntries(
      values.levels.map((level) => [level.levelKey, level.roles]),
    ),
    ownerMayAcceptOwnRisk: values.ownerMayAcceptOwnRisk,
  };
};

/** The matrix after a step is added to or removed from a scale: a new step copies its neighbour. */
export const resizedMatrix = (
  matrix: readonly (readonly string[])[],
  scale: ScaleName,
  change: { add: true } | { removeAt: number },
): string[][] => {
  if (scale === 'likelihood') {
    if ('removeAt' in change)
      return matrix.filter((_, index) => index !== change.removeAt).map((row) => [...row]);
    const top = matrix[matrix.length - 1] ?? [];
    return [...matrix.map((row) => [...row]), [...top]];
  }
  return matrix.map((row) =>
    'removeAt' in change
      ? row.filter((_, index) => index !== change.removeAt)
      : [...row, row[row.length - 1] ?? ''],
  );
};

/** After removing a level, what pointed at it points at its neighbour below (or above, for the lowest). */
export const withoutLevel = (values: RiskCriteriaFormValues, index: number) => {
  const removed = values.levels[index]?.key;
  const levels = values.levels.filter((_, position) => position !== index);
  const replacement = (levels[Math.max(0, index - 1)] ?? levels[0])?.key ?? '';
  const swap = (rowKey: string) => (rowKey === removed ? replacement : rowKey);
  return {
    levels,
    matrix: values.matrix.map((row) => row.map(swap)),
    acceptanceThreshold: swap(values.acceptanceThreshold),
    significance: { ...values.significance, fromLevel: swap(values.significance.fromLevel) },
  };
};

/** The form path of an API issue path. */
export const riskCriteriaFormPath = (field: string, values: RiskCriteriaFormValues): string => {
  const parts = field.split('.');
  const [head = '', second, third, fourth] = parts;
  if (head === 'likelihood' || head === 'consequence') {
    if (second === 'levels' && third !== undefined && fourth !== undefined && fourth !== 'value')
      return `${head}.${third}.${fourth}`;
    return head;
  }
  if (head === 'levels' && second !== undefined && third === 'key')
    return `levels.${second}.levelKey`;
  if (head === 'acceptanceAuthority' && second !== undefined) {
    const index = values.levels.findIndex((level) => level.levelKey === second);
    return index < 0 ? 'acceptanceAuthority' : `levels.${index}.roles`;
  }
  if (head === 'matrix' && (second === undefined || third === undefined)) return 'matrix';
  return field;
};

const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;

/**
 * Shows the API's issues at the editor's fields; returns what to say above the
 * form: the message, and every issue, so nothing is missed in a long form.
 */
export const applyRiskCriteriaError = (
  form: Pick<RiskCriteriaForm, 'setErrors' | 'values'>,
  error: unknown,
): string | null => {
  if (!(error instanceof ApiError) || error.issues.length === 0) return messageOf(error);
  const texts: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = riskCriteriaFormPath(issue.field, form.values);
    const text = sentence(issue.reason);
    texts[path] = texts[path] === undefined ? text : `${texts[path]}; ${issue.reason}`;
  }
  form.setErrors(texts);
  return `${error.message}. The fields concerned are marked below.`;
};
