/**
 * The obligation form's values, from a stored obligation (edit) or empty
 * (add), and the request body they become. The API checks every rule.
 */
import type { useForm } from '@mantine/form';
import type { FieldLabels } from '../../components/form-errors.js';
import type { ComplianceStatus, ObligationKind } from '../../labels/obligations.js';
import type { Obligation, ObligationBody } from './obligation-queries.js';

export interface ObligationFormValues extends Record<string, unknown> {
  kind: ObligationKind;
  source: string;
  reference: string;
  requirement: string;
  aiSystemIds: string[];
  ownerUserId: string | null;
  complianceStatus: ComplianceStatus;
  /** YYYY-MM-DD, or '' for none. */
  nextReviewDate: string;
  notes: string;
}

export type ObligationForm = ReturnType<typeof useForm<ObligationFormValues>>;

export const OBLIGATION_LABELS: FieldLabels<ObligationFormValues> = {
  kind: 'Kind',
  source: 'Source',
  reference: 'Reference',
  requirement: 'Requirement',
  aiSystemIds: 'AI systems',
  ownerUserId: 'Owner',
  complianceStatus: 'Compliance status',
  nextReviewDate: 'Next review date',
  notes: 'Notes',
};

/** Labels for the API's issues, including those about one AI system of the list. */
export const obligationFieldLabels = (values: ObligationFormValues): Record<string, string> => {
  const labels: Record<string, string> = { ...(OBLIGATION_LABELS as Record<string, string>) };
  values.aiSystemIds.forEach((_, index) => {
    labels[`aiSystemIds.${index}`] = 'AI systems';
  });
  return labels;
};

/**
 * The API names one AI system of the list (`aiSystemIds.2`); the form shows
 * that under the AI systems field as a whole.
 */
export const foldAiSystemErrors = (errors: Record<string, string>): Record<string, string> => {
  const folded: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const key = field.startsWith('aiSystemIds.') ? 'aiSystemIds' : field;
    folded[key] = folded[key] === undefined ? message : `${folded[key]}; ${message}`;
  }
  return folded;
};

export const obligationFormValuesOf = (
  obligation: Obligation | undefined,
): ObligationFormValues => ({
  kind: obligation?.kind ?? 'regulatory',
  source: obligation?.source ?? '',
  reference: obligation?.reference ?? '',
  requirement: obligation?.requirement ?? '',
  aiSystemIds: [...(obligation?.aiSystemIds ?? [])],
  ownerUserId: obligation?.ownerUserId ?? null,
  complianceStatus: obligation?.complianceStatus ?? 'not_assessed',
  nextReviewDate: obligation?.nextReviewDate ?? '',
  notes: obligation?.notes ?? '',
});

export const obligationBodyOf = (values: ObligationFormValues): ObligationBody => ({
  kind: values.kind,
  source: values.source,
  reference: values.reference,
  requirement: values.requirement,
  aiSystemIds: values.aiSystemIds,
  ownerUserId: values.ownerUserId,
  complianceStatus: values.complianceStatus,
  nextReviewDate: values.nextReviewDate === '' ? null : values.nextReviewDate,
  notes: values.notes,
});
