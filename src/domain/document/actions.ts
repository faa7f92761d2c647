/**
 * What a caller may do with a controlled document and its versions right now,
 * from their permissions and authorship (ISO/IEC 42001 clause 7.5.2: review
 * and approval). The API returns these so the UI shows exactly the buttons
 * that will work and never re-derives permissions.
 */
import { availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts } from '../approval/approval.js';
import type { ControlledDocument, DocumentVersion } from './document.js';
import type { OpenVersion } from './status.js';

export const VERSION_ACTIONS = ['edit', 'submit', 'approve', 'return'] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

/**
 * Document-level actions; `edit_draft`, `submit`, `approve` and `return`
 * apply to the document's open version; `edit_control` is what a retired
 * document still offers: changing its retention, disposition and readers.
 */
export const DOCUMENT_ACTIONS = [
  'edit',
  'edit_control',
  'new_version',
  'retire',
  'edit_draft',
  'submit',
  'approve',
  'return',
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/** Who is asking; the operator at the command line has no user and never approves. */
export type Caller = ActorFacts;

/**
 * Actions on one version, as the shared approval workflow offers them: a
 * writer edits and submits a draft; an approver who neither created nor
 * changed it approves a version in review; the approver (to send it back) or
 * a writer (to withdraw it) returns it to draft. A retired document offers
 * nothing.
 */
export const versionActions = (
  document: Pick<ControlledDocument, 'retiredAt'>,
  version: Pick<DocumentVersion, 'status' | 'editorUserIds' | 'revision'>,
  caller: Caller,
): VersionAction[] => {
  if (document.retiredAt !== null) return [];
  return availableApprovalActions(version, caller).filter((action): action is VersionAction =>
    (VERSION_ACTIONS as readonly string[]).includes(action),
  );
};

/** Actions on the document as a whole, including those on its open version. */
export const documentActions = (
  document: Pick<ControlledDocument, 'retiredAt'>,
  openVersion: OpenVersion | null,
  caller: Caller,
): DocumentAction[] => {
  if (document.retiredAt !== null) return caller.canWrite ? ['edit_control'] : [];
  const own: DocumentAction[] = caller.canWrite
    ? ['edit', ...(openVersion ? [] : (['new_version'] as const)), 'retire']
    : [];
  const onOpen = openVersion ? versionActions(document, openVersion, caller) : [];
  return [...own, ...onOpen.map((action) => (action === 'edit' ? 'edit_draft' : action))];
};
