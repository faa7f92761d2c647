/**
 * The AIMS scope (ISO/IEC 42001 clause 4.3): one open version at a time,
 * moved through the shared approval workflow (registers/versioned-record.ts):
 * edited as a draft, submitted when complete, returned with a comment or
 * approved by an approver who did not write it; approving supersedes the
 * version in force. A version can be read side by side with the one in force.
 */
import { withEditor } from '../domain/approval/approval.js';
import { conflict, invalid, notFound } from '../domain/errors.js';
import {
  EMPTY_SCOPE,
  approvalIssues,
  isOpenScopeVersion,
  scopeActions,
  totalPeopleInScope,
  validateScope,
} from '../domain/scope/scope.js';
import type { ScopeAction, ScopeContent, ScopeInput, ScopeVersion } from '../domain/scope/scope.js';
import { scopeCoverage } from '../domain/scope/scope-coverage.js';
import type { ScopeCoverage } from '../domain/scope/scope-coverage.js';
import type { FieldIssue } from '../domain/errors.js';
import { diffScope } from '../domain/scope/scope-diff.js';
import type { ScopeDiff } from '../domain/scope/scope-diff.js';
import { existingAiSystemIds } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import { latestReturns } from '../storage/return-comment.repository.js';
import {
  deleteScopeVersion,
  existingContextIssueIds,
  insertScopeVersion,
  listInventoryScopeFlags,
  listScopeVersions,
  requirementsOfParties,
  saveScopeVersion,
} from '../storage/scope.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { createApprovalSteps } from './registers/approval-steps.js';
import { actorFacts, createVersionedRecord } from './registers/versioned-record.js';

/** Why a version was last sent back to draft, by whom and when. */
export interface ScopeReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

export interface ScopeVersionView extends ScopeVersion {
  readonly totalPeopleInScope: number;
  readonly lastReturn: ScopeReturn | null;
  readonly availableActions: ScopeAction[];
}

export interface ScopeOverview {
  readonly approved: ScopeVersionView | null;
  /** The open version: a draft, or a version in review. */
  readonly draft: ScopeVersionView | null;
  readonly versions: ScopeVersionView[];
}

export interface ScopeCoverageView extends ScopeCoverage {
  readonly approvedVersionId: string | null;
  readonly approvedVersion: number | null;
}

export interface ScopeVersionDiff extends ScopeDiff {
  readonly versionId: string;
  readonly version: number;
  /** The version in force it is compared with; null when none is approved yet. */
  readonly inForceVersionId: string | null;
  readonly inForceVersion: number | null;
}

const scopeNotFound = (id: string) =>
  notFound('SCOPE_VERSION_NOT_FOUND', 'No such scope version', { scopeVersionId: id });

const findIn = (versions: readonly ScopeVersion[], id: string) => {
  const version = versions.find((candidate) => candidate.id === id);
  if (!version) throw scopeNotFound(id);
  return version;
};

/** The versions as the actor sees them: derived totals, the latest return, their actions. */
const viewsOf = async (
  db: Executor,
  actor: Actor,
  access: OrgAccess,
  versions: readonly ScopeVersion[],
) => {
  const organizationId = access.organization.id;
  const returns = await latestReturns(
    db,
    organizationId,
    versions.map((version) => version.id),
  );
  const facts = actorFacts(actor, access);
  const hasOpenVersion = versions.some(isOpenScopeVersion);
  return (version: ScopeVersion): ScopeVersionView => {
    const last = returns.get(version.id);
    return {
      ...version,
      totalPeopleInScope: totalPeopleInScope(version.sites),
      lastReturn: last
        ? {
            comment: last.comment,
            returnedByUserId: last.returnedByUserId,
            returnedAt: last.returnedAt,
          }
        : null,
      availableActions: scopeActions(version, facts, hasOpenVersion),
    };
  };
};

const checkAiSystemIds = async (db: Executor, organizationId: string, ids: readonly string[]) => {
  const known = await existingAiSystemIds(db, organizationId, ids);
  return ids.flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ field: `aiSystemIds.${index}`, reason: 'is not an AI system of this organization' }],
  );
};

/**
 * The context issues and parties' requirements a version considered must be
 * this organization's (an id of another one reads as unknown), and each
 * requirement must be one its party states.
 */
const checkConsidered = async (
  db: Executor,
  organizationId: string,
  content: ScopeContent,
): Promise<FieldIssue[]> => {
  const issueIds = await existingContextIssueIds(db, organizationId, content.contextIssueIds);
  const requirements = await requirementsOfParties(
    db,
    organizationId,
    content.partyRequirements.map((entry) => entry.interestedPartyId),
  );
  const issues: FieldIssue[] = content.contextIssueIds.flatMap((id, index) =>
    issueIds.has(id)
      ? []
      : [
          {
            field: `contextIssueIds.${index}`,
            reason: 'is not a context issue of this organization',
          },
        ],
  );
  content.partyRequirements.forEach((entry, index) => {
    const stated = requirements.get(entry.interestedPartyId);
    if (stated === undefined) {
      issues.push({
        field: `partyRequirements.${index}.interestedPartyId`,
        reason: 'is not an interested party of this organization',
      });
    } else if (!stated.some((text) => text.toLowerCase() === entry.requirement.toLowerCase())) {
      issues.push({
        field: `partyRequirements.${index}.requirement`,
        reason: 'is not one of the requirements this party states',
      });
    }
  });
  return issues;
};

export const createScopeService = (deps: ServiceDeps) => {
  const workflow = createVersionedRecord<ScopeVersion>(deps, {
    entityType: 'scope_version',
    save: saveScopeVersion,
    auditable: (version) => version,
    submission: {
      issues: approvalIssues,
      code: 'SCOPE_INCOMPLETE',
      message: 'The scope is not complete enough to submit for approval',
    },
  });

  const checked = async (
    trx: Executor,
    organizationId: string,
    input: ScopeInput,
    base: ScopeVersion | typeof EMPTY_SCOPE,
  ) => {
    const { content, issues } = validateScope(input, base);
    issues.push(...(await checkAiSystemIds(trx, organizationId, content.aiSystemIds)));
    issues.push(...(await checkConsidered(trx, organizationId, content)));
    if (issues.length > 0) throw invalid('SCOPE_INVALID', 'The scope is not acceptable', issues);
    return content;
  };

  /** The version as the actor sees it once the change is saved. */
  const viewAfterChange = async (trx: Executor, actor: Actor, access: OrgAccess, id: string) => {
    const versions = await listScopeVersions(trx, access.organization.id);
    return (await viewsOf(trx, actor, access, versions))(findIn(versions, id));
  };

  /** Submitting, returning, approving and discarding, and the draft loaded for a change. */
  const steps = createApprovalSteps(deps, {
    entityType: 'scope_version',
    workflow,
    load: async (db, organizationId, id) => {
      const siblings = await listScopeVersions(db, organizationId);
      return { version: findIn(siblings, id), siblings };
    },
    // A version submitted before a rule was added meets it again here: none is approved incomplete.
    check: (version, action) => {
      const gaps = action.type === 'approve' ? approvalIssues(version) : [];
      if (gaps.length > 0)
        throw invalid('SCOPE_INCOMPLETE', 'The scope is not complete enough to approve', gaps);
    },
    view: viewAfterChange,
    remove: deleteScopeVersion,
  });
  const { loadDraft } = steps;

  return {
    /** The approved scope, the open version and every version, with what the caller may do. */
    async overview(actor: Actor, organizationId: string): Promise<ScopeOverview> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(db, organizationId);
      const view = await viewsOf(db, actor, access, versions);
      const approved = versions.find((version) => version.status === 'approved');
      const open = versions.find(isOpenScopeVersion);
      return {
        approved: approved ? view(approved) : null,
        draft: open ? view(open) : null,
        versions: versions.map(view),
      };
    },

    async get(actor: Actor, organizationId: string, id: string): Promise<ScopeVersionView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(db, organizationId);
      return (await viewsOf(db, actor, access, versions))(findIn(versions, id));
    },

    /**
     * Which AI systems of the inventory the approved scope covers, and where
     * the inventory's own "in scope" flag disagrees with it.
     */
    async coverage(actor: Actor, organizationId: string): Promise<ScopeCoverageView> {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(db, organizationId);
      const approved = versions.find((version) => version.status === 'approved');
      const inventory = await listInventoryScopeFlags(db, organizationId);
      return {
        approvedVersionId: approved?.id ?? null,
        approvedVersion: approved?.version ?? null,
        ...scopeCoverage(approved?.aiSystemIds ?? null, inventory),
      };
    },

    /** The version side by side with the version in force, field by field. */
    async diff(actor: Actor, organizationId: string, id: string): Promise<ScopeVersionDiff> {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listScopeVersions(db, organizationId);
      const version = findIn(versions, id);
      const inForce = versions.find((candidate) => candidate.status === 'approved') ?? null;
      return {
        versionId: version.id,
        version: version.version,
        inForceVersionId: inForce?.id ?? null,
        inForceVersion: inForce?.version ?? null,
        ...diffScope(inForce, version),
      };
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
        if (versions.some(isOpenScopeVersion)) {
          throw conflict(
            'SCOPE_DRAFT_EXISTS',
            'A version of the scope is already open (a draft or in review); finish it first',
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
        return (await viewsOf(trx, actor, access, [draft, ...versions]))(draft);
      });
    },

    /** Changes the draft; whoever changes it joins its editors and cannot approve it. */
    async updateDraft(
      actor: Actor,
      organizationId: string,
      id: string,
      input: ScopeInput,
    ): Promise<ScopeVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version } = await loadDraft(trx, actor, organizationId, id);
        const content = await checked(trx, organizationId, input, version);
        const saved = await workflow.edit(
          trx,
          actor,
          access,
          version,
          (draft) => ({ ...draft, ...content }),
          { action: 'scope_version.updated' },
        );
        return viewAfterChange(trx, actor, access, saved.id);
      });
    },

    submit: steps.submit,
    returnToDraft: steps.returnToDraft,
    approve: steps.approve,
    discardDraft: steps.discardDraft,
  };
};

export type ScopeService = ReturnType<typeof createScopeService>;
