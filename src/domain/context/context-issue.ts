/**
 * Context issues (ISO/IEC 42001 clause 4.1): the internal and external matters
 * that bear on what the AIMS is for and whether it can achieve its intended
 * results. Each issue also records the organization's decision on whether
 * climate change is relevant to it.
 */
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf } from '../validation.js';
import { checkRegisterText } from '../register/register-text.js';

export const CONTEXT_ISSUE_KINDS = ['internal', 'external'] as const;
export type ContextIssueKind = (typeof CONTEXT_ISSUE_KINDS)[number];

/** Internal and external, as clause 4.1 divides the issues (and 4.2 the parties). */
export const CONTEXT_KIND_LABELS: Readonly<Record<ContextIssueKind, string>> = {
  internal: 'Internal',
  external: 'External',
};

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
export const validateContextIssue = (
  input: ContextIssueInput,
): { details: ContextIssueDetails; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const kind = checkOneOf(issues, 'kind', input.kind, CONTEXT_ISSUE_KINDS);
  const title = checkRegisterText(issues, 'title', input.title);
  const description = checkRegisterText(issues, 'description', input.description, {
    max: LONG_TEXT_MAX,
    isRequired: false,
  });
  return {
    issues,
    details: { kind, title, description, isClimateRelevant: input.isClimateRelevant ?? false },
  };
};
