/**
 * How a text field of a register row is checked, the same way in every
 * register: trimmed, required unless said otherwise, bounded, and free of NUL.
 */
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, TEXT_MAX, checkText } from '../validation.js';

/**
 * A text of a register row, trimmed: required unless said otherwise, at most
 * `max` characters, and free of NUL characters (PostgreSQL cannot store them,
 * and they arrive only from broken files or clients).
 */
export const checkRegisterText = (
  issues: FieldIssue[],
  field: string,
  value: string | undefined,
  { max = TEXT_MAX, isRequired = true }: { max?: number; isRequired?: boolean } = {},
): string => {
  const text = (value ?? '').trim();
  if (isRequired) checkText(issues, field, text, max);
  else if (text.length > max) issues.push({ field, reason: `must be at most ${max} characters` });
  if (text.includes('\u0000')) issues.push({ field, reason: 'must not contain the NUL character' });
  return text;
};

/** An optional long text of a register row, such as notes or a description. */
export const checkOptionalLongText = (
  issues: FieldIssue[],
  field: string,
  value: string | undefined,
): string => checkRegisterText(issues, field, value, { max: LONG_TEXT_MAX, isRequired: false });
