/**
 * The obligation form's values, from a stored obligation (edit) or empty
 * (add), and the request body they become. The API checks every rule.
 */
import type { useForm } from '@mantine/form';
import type { Obligation, ObligationBody } from './obligation-queries.js';

export interface ObligationFormValues extends Record<string, unknown> {
  kind: Obligation['kind'];
  source: string;
  reference: string;
  requirement: string;
  aiSystemIds: string[];
  ownerUserId: string | null;
  complianceStatus: Obligation['complianceStatus'];
  /** YYYY-MM-DD, or '' for none. */
  nextReviewDate: string;
  notes: string;
}

export type ObligationForm = ReturnType<typeof useForm<ObligationFormValues>>;

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
