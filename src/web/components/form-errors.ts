/**
 * Puts the API's field issues next to the form fields they name ("Name is
 * required") and returns what is left to say above the form, if anything.
 */
import { ApiError, messageOf } from '../api/client.js';

/** The part of a Mantine form this helper uses. */
interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

export type FieldLabels<Values> = Partial<Record<keyof Values & string, string>>;

export const applyApiError = <Values extends Record<string, unknown>>(
  form: FormWithErrors,
  error: unknown,
  labels: FieldLabels<Values>,
): string | null => {
  if (!(error instanceof ApiError)) return messageOf(error);
  const labelOf = (field: string): string | undefined =>
    (labels as Record<string, string | undefined>)[field];
  const fieldErrors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of error.issues) {
    const label = labelOf(issue.field);
    if (label === undefined) {
      elsewhere.push(`${issue.field} ${issue.reason}`);
      continue;
    }
    const text = `${label} ${issue.reason}`;
    const previous = fieldErrors[issue.field];
    fieldErrors[issue.field] = previous === undefined ? text : `${previous}; ${issue.reason}`;
  }
  if (error.issues.length === 0 && error.field !== undefined && labelOf(error.field)) {
    fieldErrors[error.field] = error.message;
  }
  form.setErrors(fieldErrors);
  if (Object.keys(fieldErrors).length === 0) return error.message;
  return elsewhere.length > 0 ? `${error.message}: ${elsewhere.join('; ')}` : null;
};
