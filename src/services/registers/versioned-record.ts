/**
 * The service half of the approval workflow, shared by every approvable,
 * versioned record (documents and the AIMS scope now; risk criteria, impact
 * assessments and the statement of applicability later). Inside the caller's
 * transaction it decides with domain/approval, saves with the concurrency
 * guard (a version saved by someone else meanwhile is APPROVAL_STALE, so two
 * concurrent approvals cannot both win), supersedes the version in force,
 * keeps the editors and the return comments, and writes the audit entries.
 * A new approvable record supplies only its configuration.
 */
import { availableApprovalActions, decide, withEditor } from '../../domain/approval/approval.js';
import type {
  ActorFacts,
  ApprovalAction,
  ApprovalStatus,
  Decision,
  OfferedAction,
} from '../../domain/approval/approval.js';
import { DomainError, invalid } from '../../domain/errors.js';
import type { FieldIssue } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import { insertReturnComment } from '../../storage/return-comment.repository.js';
import { recordChange } from '../audit-trail.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, now } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';

/** The workflow fields every approvable version has; the content is the record's own. */
export interface ApprovableVersion {
  readonly id: string;
  readonly organizationId: string;
  readonly status: ApprovalStatus;
  readonly version: number;
  readonly editorUserIds: readonly string[];
  readonly revision: number;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly approvedByUserId: string | null;
  readonly approvedAt: string | null;
  readonly supersededAt: string | null;
}

/** What a record declares to take part in the workflow. */
export interface VersionedRecord<V extends ApprovableVersion> {
  /** The audit trail's entity type and the return comments' record type, e.g. `scope_version`. */
  readonly entityType: string;
  /** Writes the version if it is still at `readRevision`; false otherwise. */
  readonly save: (trx: Executor, version: V, readRevision: number) => Promise<boolean>;
  /** The version as the audit trail keeps it. */
  readonly auditable: (version: V) => unknown;
  /** What a version lacks before it can be submitted, and the code to refuse it with. */
  readonly submission?: {
    readonly issues: (version: V) => FieldIssue[];
    readonly code: string;
    readonly message: string;
  };
  readonly isRetirable?: boolean;
}

/** The workflow's view of the actor, from their access to the organization. */
export const actorFacts = (actor: Actor, access: Pick<OrgAccess, 'permissions'>): ActorFacts => ({
  userId: actorUserId(actor),
  canWrite: access.permissions.includes('aims.write'),
  canApprove: access.permissions.includes('aims.approve'),
});

/** Throws the refusal as a DomainError; returns the transition otherwise. */
export const requireAllowed = (decision: Decision) => {
  if (!decision.ok) {
    throw new DomainError(decision.code, decision.kind, decision.message, decision.details);
  }
  return decision;
};

const stale = (version: ApprovableVersion) =>
  new DomainError(
    'APPROVAL_STALE',
    'Conflict',
    'The version changed meanwhile; reload and try again',
    {
      versionId: version.id,
    },
  );

/** The workflow over one record type. */
export const createVersionedRecord = <V extends ApprovableVersion>(
  deps: ServiceDeps,
  record: VersionedRecord<V>,
) => {
  const facts = (version: V) => ({
    status: version.status,
    editorUserIds: version.editorUserIds,
    revision: version.revision,
    isRetirable: record.isRetirable ?? false,
  });

  const save = async (trx: Executor, version: V, readRevision: number) => {
    if (!(await record.save(trx, version, readRevision))) throw stale(version);
    return { ...version, revision: readRevision + 1 };
  };

  return {
    /** What the actor may do with the version now. */
    actions(version: V, actor: ActorFacts): OfferedAction[] {
      return availableApprovalActions(facts(version), actor);
    },

    /**
     * Changes a draft's content: `change` returns the new version; the actor
     * joins its editors, so they can no longer approve it.
     */
    async edit(
      trx: Executor,
      actor: Actor,
      access: OrgAccess,
      version: V,
      change: (version: V) => V,
      audit: { readonly action: string; readonly before?: unknown },
    ): Promise<V> {
      requireAllowed(decide(facts(version), { type: 'edit' }, actorFacts(actor, access)));
      const changed = change(version);
      const after = {
        ...changed,
        editorUserIds: withEditor(version.editorUserIds, actorUserId(actor)),
        updatedAt: now(deps),
      };
      const saved = await save(trx, after, version.revision);
      await recordChange(trx, deps, actor, {
        organizationId: version.organizationId,
        action: audit.action,
        entityType: record.entityType,
        entityId: version.id,
        before: audit.before ?? record.auditable(version),
        after: record.auditable(saved),
      });
      return saved;
    },

    /**
     * Submits, returns, approves or retires a version. `siblings` are the
     * record's other versions, read in the same transaction: approving
     * supersedes the one in force among them.
     */
    async transition(
      trx: Executor,
      actor: Actor,
      access: OrgAccess,
      version: V,
      siblings: readonly V[],
      action: Exclude<ApprovalAction, { type: 'edit' } | { type: 'supersede' }>,
      note: Readonly<Record<string, unknown>> = {},
    ): Promise<V> {
      const decision = requireAllowed(decide(facts(version), action, actorFacts(actor, access)));
      if (action.type === 'submit' && record.submission) {
        const issues = record.submission.issues(version);
        if (issues.length > 0)
          throw invalid(record.submission.code, record.submission.message, issues);
      }
      const at = now(deps);
      const effects = new Set(decision.effects);
      let after: V = { ...version, status: decision.next, updatedAt: at };
      if (effects.has('record_submission')) after = { ...after, submittedAt: at };
      if (effects.has('clear_submission')) after = { ...after, submittedAt: null };
      if (effects.has('record_approval'))
        after = { ...after, approvedByUserId: actorUserId(actor), approvedAt: at };
      const organizationId = version.organizationId;
      if (effects.has('supersede_in_force')) {
        const inForce = siblings.find((v) => v.id !== version.id && v.status === 'approved');
        if (inForce) {
          const supersede = requireAllowed(
            decide(facts(inForce), { type: 'supersede' }, actorFacts(actor, access)),
          );
          const superseded = {
            ...inForce,
            status: supersede.next,
            supersededAt: at,
            updatedAt: at,
          };
          await save(trx, superseded, inForce.revision);
          await recordChange(trx, deps, actor, {
            organizationId,
            action: `${record.entityType}.superseded`,
            entityType: record.entityType,
            entityId: inForce.id,
            before: { status: inForce.status },
            after: { status: superseded.status, supersededAt: at, byVersion: version.version },
          });
        }
      }
      const saved = await save(trx, after, version.revision);
      const comment = action.type === 'return' ? action.comment.trim() : undefined;
      if (comment !== undefined && effects.has('store_return_comment')) {
        await insertReturnComment(trx, {
          id: deps.newId(),
          organizationId,
          recordType: record.entityType,
          versionId: version.id,
          comment,
          returnedByUserId: actorUserId(actor),
          returnedAt: at,
        });
      }
      const past = {
        submit: 'submitted',
        return: 'returned',
        approve: 'approved',
        retire: 'retired',
      };
      await recordChange(trx, deps, actor, {
        organizationId,
        action: `${record.entityType}.${past[action.type]}`,
        entityType: record.entityType,
        entityId: version.id,
        before: record.auditable(version),
        after: { ...(record.auditable(saved) as object), ...note, ...(comment ? { comment } : {}) },
      });
      return saved;
    },
  };
};
