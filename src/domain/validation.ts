/**
 * Small field checks shared by every use case. They collect problems instead
 * of throwing, so a form can show all of them at once.
 */
import type { FieldIssue } from './errors.js';

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

export const checkOneOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: string,
  allowed: readonly T[],
): T => {
  if (!(allowed as readonly string[]).includes(value)) {
    issues.push({ field, reason: `must be one of: ${allowed.join(', ')}` });
  }
  return value as T;
};
