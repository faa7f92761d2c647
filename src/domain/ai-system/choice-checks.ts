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

/**
 * Issues found on a normalized list (`field.i` counts in canonical order)
 * renumbered to where each value stood in the list as given, so the caller
 * sees the item it sent.
 */
export const atGivenIndex = (
  issues: readonly FieldIssue[],
  field: string,
  normalized: readonly string[],
  given: readonly string[] | undefined,
): FieldIssue[] =>
  issues.map((issue) => {
    const match = new RegExp(`^${field}\\.(\\d+)$`).exec(issue.field);
    const value = match ? normalized[Number(match[1])] : undefined;
    const index = value === undefined ? -1 : (given ?? []).indexOf(value);
    return index < 0 ? issue : { ...issue, field: `${field}.${index}` };
  });
