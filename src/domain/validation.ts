/**
 * Small field checks shared by every use case. They collect problems instead
 * of throwing, so a form can show all of them at once.
 */
import type { FieldIssue } from './errors.js';
import { describeAllowed, matchLabelled } from './labelled-values.js';

/** An input once checked: its normalized details and every problem found. */
export interface Checked<T> {
  details: T;
  issues: FieldIssue[];
}

export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 10_000;

/** A required single-line text: present after trimming and not longer than max. */
export const checkText = (
  issues: FieldIssue[],
  field: string,
  value: string,
  max = TEXT_MAX,
): string => {
  const trimmed = value.trim();
  if (trimmed.length === 0) issues.push({ field, reason: 'is required' });
  else if (trimmed.length > max)
    issues.push({ field, reason: `must be at most ${max} characters` });
  return trimmed;
};

// Deliberately simple: one @, a dot in the domain, no blanks. Delivery proves the rest.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checkEmail = (issues: FieldIssue[], field: string, value: string): string => {
  const trimmed = value.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(trimmed) || trimmed.length > 254) {
    issues.push({ field, reason: 'must be an email address such as name@example.org' });
  }
  return trimmed;
};

/**
 * One of the allowed values: its identifier, or (for values declared with
 * labels) a label or common name of it that points to one value only. A
 * refusal names the allowed values by their labels.
 */
export const checkOneOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: string,
  allowed: readonly T[],
): T => {
  const match = matchLabelled(allowed, value);
  if (match.kind === 'found') return match.value as T;
  issues.push({
    field,
    reason:
      match.kind === 'ambiguous'
        ? `"${value}" could be ${describeAllowed(allowed, match.values, ' or ')}; write one of: ${describeAllowed(allowed)}`
        : `must be one of: ${describeAllowed(allowed)}`,
  });
  return value as T;
};

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (no time, no zone), such as a due or review date. */
export const isCalendarDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/** An optional calendar date: null or empty means none. */
export const checkOptionalDate = (
  issues: FieldIssue[],
  field: string,
  value: string | null | undefined,
): string | null => {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!isCalendarDate(value.trim())) {
    issues.push({ field, reason: 'must be a date written as YYYY-MM-DD' });
  }
  return value.trim();
};

/** A list of short texts: trimmed, blanks reported, at most `max` entries. */
export const checkTextList = (
  issues: FieldIssue[],
  field: string,
  values: readonly string[] | undefined,
  max = 200,
): string[] => {
  const list = (values ?? []).map((value, index) => checkText(issues, `${field}.${index}`, value));
  if (list.length > max) issues.push({ field, reason: `must have at most ${max} entries` });
  return list;
};

/** Today's date (UTC) of an instant, as YYYY-MM-DD. */
export const calendarDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);
