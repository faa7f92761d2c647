/**
 * The use cases every approvable, versioned record offers on top of the
 * workflow (versioned-record.ts): submit, return to draft, approve and
 * discard a draft, each in one transaction with the access it needs, and the
 * draft loaded for a change. A record supplies how to load a version with
 * its siblings, any check of its own before a step, how the caller sees the
 * version afterwards, and how a draft is deleted.
 */
import { decide } from '../../domain/approval/approval.js';
import type { Executor } from '../../storage/database.js';
import { recordChange } from '../audit-trail.js';
import { authorize, authorizeReturn } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { inTransaction } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { actorFacts, requireAllowed } from './versioned-record.js';
import type { ApprovableVersion, createVersionedRecord } from './versioned-record.js';

export type StepAction =
  { readonly type: 'submit' | 'approve' } | { readonly type: 'return'; readonly comment: string };

/** Returning is open to writers and approvers, approving to approvers, the rest to writers. */
export const authorizeStep = (
  trx: Executor,
  actor: Actor,
  organizationId: string,
  action: StepAction,
): Promise<OrgAccess> =>
  action.type === 'return'
    ? authorizeReturn(trx, actor, organizationId)
    : authorize(
        trx,
        actor,
        organizationId,
        action.type === 'approve' ? 'aims.approve' : 'aims.write',
      );

export interface ApprovalStepsSpec<V extends ApprovableVersion, View> {
  readonly entityType: string;
  readonly workflow: ReturnType<typeof createVersionedRecord<V>>;
  /** The version and the record's other versions; throws the record's not-found error. */
  readonly load: (
    db: Executor,
    organizationId: string,
    id: string,
  ) => Promise<{ readonly version: V; readonly siblings: readonly V[] }>;
  /** The record's own rules before a step (completeness before review or approval); throws. */
  readonly check?: (version: V, action: StepAction) => void;
  /** The version as the actor sees it once the step is saved. */
  readonly view: (trx: Executor, actor: Actor, access: OrgAccess, id: string) => Promise<View>;
  /** Deletes a draft. */
  readonly remove: (trx: Executor, organizationId: string, id: string) => Promise<unknown>;
}

export const createApprovalSteps = <V extends ApprovableVersion, View>(
  deps: ServiceDeps,
  spec: ApprovalStepsSpec<V, View>,
) => {
  /** A version the actor may change now (a draft), with their access. */
  const loadDraft = async (trx: Executor, actor: Actor, organizationId: string, id: string) => {
    const access = await authorize(trx, actor, organizationId, 'aims.write');
    const { version } = await spec.load(trx, organizationId, id);
    requireAllowed(decide(version, { type: 'edit' }, actorFacts(actor, access)));
    return { access, version };
  };

  const step = (actor: Actor, organizationId: string, id: string, action: StepAction) =>
    inTransaction(deps, async (trx) => {
      const access = await authorizeStep(trx, actor, organizationId, action);
      const { version, siblings } = await spec.load(trx, organizationId, id);
      spec.check?.(version, action);
      await spec.workflow.transition(trx, actor, access, version, siblings, action);
      return spec.view(trx, actor, access, id);
    });

  return {
    loadDraft,

    /** Sends the draft for review. */
    submit: (actor: Actor, organizationId: string, id: string): Promise<View> =>
      step(actor, organizationId, id, { type: 'submit' }),

    /** Sends a version in review back to draft, saying why; a writer withdraws it the same way. */
    returnToDraft: (actor: Actor, organizationId: string, id: string, comment: string) =>
      step(actor, organizationId, id, { type: 'return', comment }),

    /**
     * Approves a version in review, by a person who neither created nor
     * changed it; the version in force is superseded.
     */
    approve: (actor: Actor, organizationId: string, id: string): Promise<View> =>
      step(actor, organizationId, id, { type: 'approve' }),

    /** Deletes the draft; the audit trail keeps what it said. */
    discardDraft: (actor: Actor, organizationId: string, id: string): Promise<void> =>
      inTransaction(deps, async (trx) => {
        const { version } = await loadDraft(trx, actor, organizationId, id);
        await spec.remove(trx, organizationId, id);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${spec.entityType}.discarded`,
          entityType: spec.entityType,
          entityId: id,
          before: version,
        });
      }),
  };
};
