/**
 * What the pre-work registers (context issues, interested parties,
 * obligations) share: the actions a person may take on a row, and how a
 * text field of a row is checked.
 */
import type { Permission } from '../access/roles.js';
import type { FieldIssue } from '../errors.js';
import { TEXT_MAX, checkText } from '../validation.js';

export const REGISTER_ACTIONS = ['edit', 'delete'] as const;
export type RegisterAction = (typeof REGISTER_ACTIONS)[number];

/**
 * Editing and deleting register rows both need the AIMS write permission; the
 * API sends the list with every row so the UI shows only buttons that work.
 */
export const registerActions = (permissions: readonly Permission[]): RegisterAction[] =>
  permissions.includes('aims.write') ? [...REGISTER_ACTIONS] : [];

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
