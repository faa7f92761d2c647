/**
 * One approval workflow for every approvable, versioned record: controlled
 * documents (ISO/IEC 42001 clauses 7.5.2 and 7.5.3: review, approval and
 * control of changes) and the AIMS scope (clause 4.3), and later risk
 * criteria, impact assessments and the statement of applicability.
 *
 *   draft ──submit──► in_review ──approve──► approved ──supersede──► superseded
 *     ▲                   │                      │
 *     └──return (comment)─┘                      └──retire (where allowed)──► retired
 *
 * Segregation of duties: nobody who created or changed a version (its text or
 * its file) approves it, and the operator at the command line, who is not a
 * person, never approves. The people who changed a version travel with it
 * (`editorUserIds`), so the rule never depends on reading the audit trail.
 */
import type { ErrorKind } from '../errors.js';

export const APPROVAL_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'superseded',
  'retired',
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_ACTION_TYPES = [
  'edit',
  'submit',
  'return',
  'approve',
  'supersede',
  'retire',
] as const;
export type ApprovalActionType = (typeof APPROVAL_ACTION_TYPES)[number];

/** The states a version of an approved record moves through. */
export const VERSION_STATUSES = ['draft', 'in_review', 'approved', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** What every version of an approved record carries besides its content. */
export interface ApprovableVersion {
  readonly id: string;
  readonly organizationId: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly authorUserId: string | null;
  /** The author and everyone who later changed the content: none of them approves it. */
  readonly editorUserIds: readonly string[];
  /** Counts every save of the version (the concurrency guard). */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly approvedByUserId: string | null;
  readonly approvedAt: string | null;
  readonly supersededAt: string | null;
}

/** What the workflow needs to know about a version. */
export interface VersionFacts {
  readonly status: ApprovalStatus;
  /** The creator and everyone who later changed the version's content. */
  readonly editorUserIds: readonly string[];
  /** Counts every save; compared to catch a version that moved on since it was read. */
  readonly revision: number;
  /** Whether this kind of record may be retired once approved. */
  readonly isRetirable?: boolean;
}

/** Who is acting, with the permissions that matter to the workflow. */
export interface ActorFacts {
  /** null for the operator at the command line, who is not a person. */
  readonly userId: string | null;
  /** Holds aims.write. */
  readonly canWrite: boolean;
  /** Holds aims.approve. */
  readonly canApprove: boolean;
}

export type ApprovalAction =
  | { readonly type: 'edit'; readonly readRevision?: number }
  | { readonly type: 'submit'; readonly readRevision?: number }
  | { readonly type: 'return'; readonly comment: string; readonly readRevision?: number }
  | { readonly type: 'approve'; readonly readRevision?: number }
  | { readonly type: 'supersede' }
  | { readonly type: 'retire'; readonly readRevision?: number };

/** Side effects the caller carries out with the transition. */
export type ApprovalEffect =
  /** Add the actor to the version's editors. */
  | 'record_editor'
  /** Keep the return comment with the version. */
  | 'store_return_comment'
  /** The version approved before this one is superseded. */
  | 'supersede_in_force'
  /** Record the actor as approver and the time of approval. */
  | 'record_approval'
  /** Record the time of submission. */
  | 'record_submission'
  /** Clear the time of submission. */
  | 'clear_submission';

export const APPROVAL_REFUSAL_CODES = [
  'APPROVAL_BY_EDITOR',
  'APPROVAL_BY_OPERATOR',
  'APPROVAL_NOT_PERMITTED',
  'APPROVAL_NOT_SUBMITTED',
  'APPROVAL_INVALID_TRANSITION',
  'APPROVAL_NOT_DRAFT',
  'APPROVAL_STALE',
  'APPROVAL_COMMENT_REQUIRED',
] as const;
export type ApprovalRefusalCode = (typeof APPROVAL_REFUSAL_CODES)[number];

export interface Refusal {
  readonly ok: false;
  readonly code: ApprovalRefusalCode;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface Transition {
  readonly ok: true;
  readonly next: ApprovalStatus;
  readonly effects: readonly ApprovalEffect[];
}

export type Decision = Transition | Refusal;

const KIND_OF: Readonly<Record<ApprovalRefusalCode, ErrorKind>> = {
  APPROVAL_BY_EDITOR: 'Forbidden',
  APPROVAL_BY_OPERATOR: 'Forbidden',
  APPROVAL_NOT_PERMITTED: 'Forbidden',
  APPROVAL_NOT_SUBMITTED: 'InvalidState',
  APPROVAL_INVALID_TRANSITION: 'InvalidState',
  APPROVAL_NOT_DRAFT: 'InvalidState',
  APPROVAL_STALE: 'Conflict',
  APPROVAL_COMMENT_REQUIRED: 'Invalid',
};

const PAST_TENSE: Readonly<Record<ApprovalActionType, string>> = {
  edit: 'changed',
  submit: 'submitted for review',
  return: 'returned to draft',
  approve: 'approved',
  supersede: 'superseded',
  retire: 'retired',
};

const FROM: Readonly<Record<ApprovalActionType, readonly ApprovalStatus[]>> = {
  edit: ['draft'],
  submit: ['draft'],
  return: ['in_review'],
  approve: ['in_review'],
  supersede: ['approved'],
  retire: ['approved'],
};

const TO: Readonly<Record<Exclude<ApprovalActionType, 'edit'>, ApprovalStatus>> = {
  submit: 'in_review',
  return: 'draft',
  approve: 'approved',
  supersede: 'superseded',
  retire: 'retired',
};

const statusLabel = (status: ApprovalStatus) => status.replace('_', ' ');

const refuse = (
  code: ApprovalRefusalCode,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): Refusal => ({ ok: false, code, kind: KIND_OF[code], message, details });

const allow = (next: ApprovalStatus, effects: readonly ApprovalEffect[] = []): Transition => ({
  ok: true,
  next,
  effects,
});

const permission = (action: ApprovalActionType, actor: ActorFacts): Refusal | null => {
  const may =
    action === 'supersede' ||
    (action === 'approve' && actor.canApprove) ||
    (action === 'return' && (actor.canApprove || actor.canWrite)) ||
    (action !== 'approve' && action !== 'return' && actor.canWrite);
  if (may) return null;
  const needed = action === 'approve' ? 'aims.approve' : 'aims.write';
  return refuse('APPROVAL_NOT_PERMITTED', `Your role does not allow this (${needed})`, {
    action,
    permission: needed,
  });
};

const wrongStatus = (version: VersionFacts, action: ApprovalActionType): Refusal => {
  const details = { status: version.status, action };
  if (action === 'edit') {
    return refuse(
      'APPROVAL_NOT_DRAFT',
      `The version is ${statusLabel(version.status)}; only a draft can change`,
      details,
    );
  }
  if (action === 'approve' && version.status === 'draft') {
    return refuse(
      'APPROVAL_NOT_SUBMITTED',
      'The version is still a draft; submit it for review before it is approved',
      details,
    );
  }
  return refuse(
    'APPROVAL_INVALID_TRANSITION',
    `The version is ${statusLabel(version.status)}; it cannot be ${PAST_TENSE[action]}`,
    details,
  );
};

const staleness = (version: VersionFacts, action: ApprovalAction): Refusal | null => {
  const read = 'readRevision' in action ? action.readRevision : undefined;
  if (read === undefined || read === version.revision) return null;
  return refuse('APPROVAL_STALE', 'The version changed since you read it; reload and try again', {
    readRevision: read,
    revision: version.revision,
  });
};

/**
 * Decides whether `actor` may take `action` on `version`, and if so the
 * status that follows and the effects to carry out; otherwise a refusal with
 * a stable code. Checks run from the most fundamental: who the actor is, what
 * they hold, the version's status, then segregation of duties.
 */
export const decide = (
  version: VersionFacts,
  action: ApprovalAction,
  actor: ActorFacts,
): Decision => {
  const type = action.type;
  if (type === 'approve' && actor.userId === null) {
    return refuse('APPROVAL_BY_OPERATOR', 'Approval is given by a person, not the operator');
  }
  const denied = permission(type, actor);
  if (denied) return denied;
  if (type === 'retire' && version.isRetirable !== true) {
    return refuse('APPROVAL_INVALID_TRANSITION', 'This kind of record is not retired', {
      status: version.status,
      action: type,
    });
  }
  if (!FROM[type].includes(version.status)) return wrongStatus(version, type);
  const stale = staleness(version, action);
  if (stale) return stale;
  switch (type) {
    case 'edit':
      return allow('draft', ['record_editor']);
    case 'submit':
      return allow(TO.submit, ['record_submission']);
    case 'return':
      if (action.comment.trim().length === 0) {
        return refuse('APPROVAL_COMMENT_REQUIRED', 'Say why the version goes back to draft', {
          issues: [{ field: 'comment', reason: 'is required' }],
        });
      }
      return allow(TO.return, ['store_return_comment', 'clear_submission']);
    case 'approve':
      if (actor.userId !== null && version.editorUserIds.includes(actor.userId)) {
        return refuse(
          'APPROVAL_BY_EDITOR',
          'You created or changed this version, so you cannot approve it; ask another approver',
          { userId: actor.userId },
        );
      }
      return allow(TO.approve, ['record_approval', 'supersede_in_force']);
    case 'supersede':
      return allow(TO.supersede);
    case 'retire':
      return allow(TO.retire);
  }
};

/** The actions a person may offer on a version (supersede is the workflow's own). */
export const OFFERED_ACTIONS = ['edit', 'submit', 'approve', 'return', 'retire'] as const;
export type OfferedAction = (typeof OFFERED_ACTIONS)[number];

const PROBES: Readonly<Record<OfferedAction, ApprovalAction>> = {
  edit: { type: 'edit' },
  submit: { type: 'submit' },
  return: { type: 'return', comment: 'reason' },
  approve: { type: 'approve' },
  retire: { type: 'retire' },
};

/**
 * The actions `decide` would allow `actor` now, in a fixed order. Derived
 * from `decide`, so what the API offers and what it accepts never disagree.
 */
export const availableApprovalActions = (
  version: VersionFacts,
  actor: ActorFacts,
): OfferedAction[] => OFFERED_ACTIONS.filter((action) => decide(version, PROBES[action], actor).ok);

/** The editors of a version after `userId` changed it (the operator is not a person and adds no one). */
export const withEditor = (editorUserIds: readonly string[], userId: string | null): string[] =>
  userId === null || editorUserIds.includes(userId)
    ? [...editorUserIds]
    : [...editorUserIds, userId];
