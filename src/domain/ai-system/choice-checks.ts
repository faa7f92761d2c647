/** Checks of optional choices and choice lists, shared by the AI system's rules. */
import type { FieldIssue } from '../errors.js';
import { checkOneOf } from '../validation.js';

/** One of the allowed values, or null when absent or empty. */
export const optionalOneOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T | null =>
  value === null || value === undefined || value === ''
    ? null
    : checkOneOf(issues, field, value, allowed);

/** Allowed values once each, in their declared order; each unknown value reported at its index. */
export const listOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  values: readonly string[] | undefined,
  allowed: readonly T[],
): T[] => {
  const unique = [...new Set(values ?? [])];
  unique.forEach((value, index) => checkOneOf(issues, `${field}.${index}`, value, allowed));
  return allowed.filter((value) => unique.includes(value));
};
