/**
 * Context issues (ISO/IEC 42001 clause 4.1): the internal and external matters
 * that bear on what the AIMS is for and whether it can achieve its intended
 * results. Each issue also records the organization's decision on whether
 * climate change is relevant to it.
 */
import { valuesOf } from '../labelled-values.js';
import type { FieldIssue } from '../errors.js';
import { checkOneOf } from '../validation.js';
import type { Checked } from '../validation.js';
import { checkOptionalLongText, checkRegisterText } from '../register/register-text.js';

/** Internal and external, as clause 4.1 divides the issues (and 4.2 the parties). */
export const CONTEXT_KIND_LABELS = {
  internal: 'Internal',
  external: 'External',
} as const;
export type ContextIssueKind = keyof typeof CONTEXT_KIND_LABELS;
export const CONTEXT_ISSUE_KINDS = valuesOf(CONTEXT_KIND_LABELS);

export interface ContextIssueDetails {
  readonly kind: ContextIssueKind;
  readonly title: string;
  readonly description: string;
  readonly isClimateRelevant: boolean;
}

export interface ContextIssue extends ContextIssueDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Input from a form, the API or an import row. */
export interface ContextIssueInput {
  readonly kind: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly isClimateRelevant?: boolean | undefined;
}

/** Checks and normalizes a context issue: texts trimmed and bounded, kind known. */
export const validateContextIssue = (input: ContextIssueInput): Checked<ContextIssueDetails> => {
  const issues: FieldIssue[] = [];
  const kind = checkOneOf(issues, 'kind', input.kind, CONTEXT_ISSUE_KINDS);
  const title = checkRegisterText(issues, 'title', input.title);
  const description = checkOptionalLongText(issues, 'description', input.description);
  return {
    issues,
    details: { kind, title, description, isClimateRelevant: input.isClimateRelevant ?? false },
  };
};
