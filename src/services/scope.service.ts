/**
 * The AIMS scope: one open draft at a time, approved by an approver who did
 * not write it; approving supersedes the previously approved version.
 */
import type { Permission } from '../domain/access/roles.js';
import { DomainError, conflict, forbidden, invalid, notFound } from '../domain/errors.js';
import {
  EMPTY_SCOPE,
  approvalIssues,
  scopeActions,
  totalPeopleInScope,
  validateScope,
  type ScopeAction,
  type ScopeInput,
  type ScopeVersion,
} from '../domain/scope/scope.js';
import { withEditor } from '../domain/approval/approval.js';
import { existingAiSystemIds } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import {
  deleteScopeVersion,
  findScopeVersion,
  insertScopeVersion,
  listScopeVersions,
  saveScopeVersion,
} from '../storage/scope.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize, type OrgAccess } from './authorization.js';
import {
  actorUserId,
  inTransaction,
  now,
  reader,
  type Actor,
  type ServiceDeps,
} from './context.js';

export interface ScopeVersionView extends ScopeVersion {
  readonly totalPeopleInScope: number;
  readonly availableActions: ScopeAction[];
}

export interface ScopeOverview {
  readonly approved: ScopeVersionView | null;
  readonly draft: ScopeVersionView | null;
  readonly versions: ScopeVersionView[];
}

const scopeNotFound = (id: string) =>
  notFound('SCOPE_VERSION_NOT_FOUND', 'No such scope version', { scopeVersionId: id });

const viewOf = (actor: Actor, access: OrgAccess, versions: readonly ScopeVersion[]) => {
  const has = (permission: Permission) => access.permissions.includes(permission);
  const hasOpenDraft = versions.some((version) => version.status === 'draft');
  const user = {
    userId: actorUserId(actor),
    canWrite: has('aims.write'),
    canApprove: has('aims.approve'),
  };
  return (version: ScopeVersion): ScopeVersionView => ({
    ...version,
    totalPeopleInScope: totalPeopleInScope(version.sites),
    availableActions: scopeActions(version, user, hasOpenDraft),
  });
};

const checkAiSystemIds = async (db: Executor, organizationId: string, ids: readonly string[]) => {
  const known = await existingAiSystemIds(db, organizationId, ids);
  return ids.flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ field: `aiSystemIds.${index}`, reason: 'is not an AI system of this organization' }],
  );
};

/** Saves a version still at the revision read; APPROVAL_STALE when it moved on meanwhile. */
const saveGuarded = async (trx: Executor, version: ScopeVersion, readRevision: number) => {
  if (!(await saveScopeVersion(trx, version, readRevision))) {
    throw new DomainError('APPROVAL_STALE', 'Conflict', 'The version changed meanwhile', {
      scopeVersionId: version.id,
    });
  }
};

const requireDraft = (version: ScopeVersion) => {
  if (version.status !== 'draft') {
    throw new DomainError(
      'SCOPE_NOT_DRAFT',
      'InvalidState',
      `Version ${version.version} is ${version.status}; only a draft can change`,
    );
  }
};

export const createScopeService = (deps: ServiceDeps) => {
  const loadDraft = async (
    trx: Executor,
    actor: Actor,
    organizationId: string,
    id: string,
    permission: Permission,
  ) => {
    const access = await authorize(trx, actor, organizationId, permission);
    const version = await findScopeVersion(trx, organizationId, id);
    if (!version) throw scopeNotFound(id);
    requireDraft(version);
    return { access, version };
  };

  const checked = async (
    trx: Executor,
    organizationId: string,
    input: ScopeInput,
    base: ScopeVersion | typeof EMPTY_SCOPE,
  ) => {
    const { content, issues } = validateScope(input, base);
    issues.push(...(await checkAiSystemIds(trx, organizationId, content.aiSystemIds)));
    if (issues.length > 0) throw invalid('SCOPE_INVALID', 'The scope is not acceptable', issues);
    return content;
  };

  return {
    /** The approved scope, the open draft and every version, with what the caller may do. */
    async overview(actor: Actor, organizationId: string): Promise<ScopeOverview> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(reader(deps), organizationId);
      const view = viewOf(actor, access, versions);
      const approved = versions.find((version) => version.status === 'approved');
      const draft = versions.find((version) => version.status === 'draft');
      return {
        approved: approved ? view(approved) : null,
        draft: draft ? view(draft) : null,
        versions: versions.map(view),
      };
    },

    async get(actor: Actor, organizationId: string, id: string): Promise<ScopeVersionView> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(reader(deps), organizationId);
      const version = versions.find((candidate) => candidate.id === id);
      if (!version) throw scopeNotFound(id);
      return viewOf(actor, access, versions)(version);
    },

    /** Opens a draft: the content given, on top of the approved version when there is one. */
    async createDraft(
      actor: Actor,
      organizationId: string,
      input: ScopeInput,
    ): Promise<ScopeVersionView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const versions = await listScopeVersions(trx, organizationId);
        if (versions.some((version) => version.status === 'draft')) {
          throw conflict(
            'SCOPE_DRAFT_EXISTS',
            'A draft of the scope is already open; edit or discard it',
          );
        }
        const approved = versions.find((version) => version.status === 'approved');
        const content = await checked(trx, organizationId, input, approved ?? EMPTY_SCOPE);
        const at = now(deps);
        const draft: ScopeVersion = {
          ...content,
          id: deps.newId(),
          organizationId,
          version: (versions[0]?.version ?? 0) + 1,
          status: 'draft',
          authorUserId: actorUserId(actor),
          editorUserIds: withEditor([], actorUserId(actor)),
          revision: 0,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
          approvedByUserId: null,
          approvedAt: null,
          supersededAt: null,
        };
        await insertScopeVersion(trx, draft);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'scope_version.created',
          entityType: 'scope_version',
          entityId: draft.id,
          after: draft,
        });
        return viewOf(actor, access, [draft, ...versions])(draft);
      });
    },

    async updateDraft(
      actor: Actor,
      organizationId: string,
      id: string,
      input: ScopeInput,
    ): Promise<ScopeVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version: before } = await loadDraft(
          trx,
          actor,
          organizationId,
          id,
          'aims.write',
        );
        const content = await checked(trx, organizationId, input, before);
        const after: ScopeVersion = {
          ...before,
          ...content,
          editorUserIds: withEditor(before.editorUserIds, actorUserId(actor)),
          revision: before.revision + 1,
          updatedAt: now(deps),
        };
        await saveGuarded(trx, after, before.revision);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'scope_version.updated',
          entityType: 'scope_version',
          entityId: id,
          before,
          after,
        });
        return viewOf(actor, access, [after])(after);
      });
    },

    /** Approves a complete draft; the approver may not be its author. */
    async approve(actor: Actor, organizationId: string, id: string): Promise<ScopeVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version: draft } = await loadDraft(
          trx,
          actor,
          organizationId,
          id,
          'aims.approve',
        );
        const approverId = actorUserId(actor);
        if (approverId === null) {
          throw forbidden(
            'APPROVAL_BY_OPERATOR',
            'Approval is given by a person, not the operator',
          );
        }
        if (draft.editorUserIds.includes(approverId)) {
          throw forbidden(
            'APPROVAL_BY_EDITOR',
            'You created or changed this version, so you cannot approve it; ask another approver',
          );
        }
        const missing = approvalIssues(draft);
        if (missing.length > 0)
          throw invalid('SCOPE_INCOMPLETE', 'The scope is not complete enough to approve', missing);
        const at = now(deps);
        const previous = (await listScopeVersions(trx, organizationId)).find(
          (version) => version.status === 'approved',
        );
        if (previous) {
          await saveGuarded(
            trx,
            { ...previous, status: 'superseded', supersededAt: at, updatedAt: at },
            previous.revision,
          );
        }
        const approved: ScopeVersion = {
          ...draft,
          status: 'approved',
          approvedByUserId: approverId,
          approvedAt: at,
          updatedAt: at,
          revision: draft.revision + 1,
        };
        await saveGuarded(trx, approved, draft.revision);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'scope_version.approved',
          entityType: 'scope_version',
          entityId: id,
          before: { status: 'draft' },
          after: {
            status: 'approved',
            version: approved.version,
            supersededVersion: previous?.version ?? null,
          },
        });
        return viewOf(actor, access, [approved])(approved);
      });
    },

    async discardDraft(actor: Actor, organizationId: string, id: string): Promise<void> {
      await inTransaction(deps, async (trx) => {
        const { version } = await loadDraft(trx, actor, organizationId, id, 'aims.write');
        await deleteScopeVersion(trx, organizationId, id);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'scope_version.discarded',
          entityType: 'scope_version',
          entityId: id,
          before: version,
        });
      });
    },
  };
};

export type ScopeService = ReturnType<typeof createScopeService>;
