/**
 * What a caller may do with a controlled document and its versions right now,
 * from their permissions and authorship (ISO/IEC 42001 clause 7.5.2: review
 * and approval). The API returns these so the UI shows exactly the buttons
 * that will work and never re-derives permissions.
 */
import type { ControlledDocument } from './document.js';
import type { OpenVersion, VersionSummary } from './status.js';

export const VERSION_ACTIONS = ['edit', 'submit', 'approve', 'return'] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

/**
 * Document-level actions; `edit_draft`, `submit`, `approve` and `return`
 * apply to the document's open version.
 */
export const DOCUMENT_ACTIONS = [
  'edit',
  'new_version',
  'retire',
  'edit_draft',
  'submit',
  'approve',
  'return',
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

export interface Caller {
  /** null for the operator at the command line, who is not a person and cannot approve. */
  readonly userId: string | null;
  /** Holds aims.write. */
  readonly canWrite: boolean;
  /** Holds aims.approve. */
  readonly canApprove: boolean;
}

/**
 * Actions on one version: a writer edits and submits a draft; an approver who
 * did not write it approves a version in review; the approver (to send it
 * back) or a writer (to withdraw it) returns it to draft.
 */
export const versionActions = (
  document: Pick<ControlledDocument, 'retiredAt'>,
  version: Pick<VersionSummary, 'status' | 'authorUserId'>,
  caller: Caller,
): VersionAction[] => {
  if (document.retiredAt !== null) return [];
  if (version.status === 'draft') return caller.canWrite ? ['edit', 'submit'] : [];
  if (version.status !== 'in_review') return [];
  const mayApprove =
    caller.canApprove && caller.userId !== null && caller.userId !== version.authorUserId;
  return [
    ...(mayApprove ? (['approve'] as const) : []),
    ...(caller.canApprove || caller.canWrite ? (['return'] as const) : []),
  ];
};

/** Actions on the document as a whole, including those on its open version. */
export const documentActions = (
  document: Pick<ControlledDocument, 'retiredAt'>,
  openVersion: OpenVersion | null,
  caller: Caller,
): DocumentAction[] => {
  if (document.retiredAt !== null) return [];
  const own: DocumentAction[] = caller.canWrite
    ? ['edit', ...(openVersion ? [] : (['new_version'] as const)), 'retire']
    : [];
  const onOpen = openVersion ? versionActions(document, openVersion, caller) : [];
  return [...own, ...onOpen.map((action) => (action === 'edit' ? 'edit_draft' : action))];
};
