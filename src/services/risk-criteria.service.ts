/**
 * The organization's AI risk criteria (ISO/IEC 42001 clause 6.1.2): one open
 * version at a time, moved through the shared approval workflow
 * (registers/versioned-record.ts). A draft starts from the criteria in force,
 * or from the defaults before any are approved; every save is checked whole,
 * so no version ever holds criteria that would score inconsistently. It is
 * approved by someone who neither created nor changed it, and approving it
 * supersedes the version in force.
 */
import { withEditor } from '../domain/approval/approval.js';
import { conflict, notFound } from '../domain/errors.js';
import { checkRiskCriteria } from '../domain/risk/criteria.js';
import type { RiskCriteria, RiskCriteriaInput } from '../domain/risk/criteria.js';
import { diffRiskCriteria } from '../domain/risk/criteria-diff.js';
import type { RiskCriteriaDiff } from '../domain/risk/criteria-diff.js';
import { isOpenRiskCriteriaVersion, riskCriteriaActions } from '../domain/risk/criteria-version.js';
import type { RiskCriteriaAction, RiskCriteriaVersion } from '../domain/risk/criteria-version.js';
import { defaultRiskCriteria } from '../domain/risk/default-criteria.js';
import type { Executor } from '../storage/database.js';
import { latestReturns } from '../storage/return-comment.repository.js';
import {
  deleteRiskCriteriaVersion,
  insertRiskCriteriaVersion,
  listRiskCriteriaVersions,
  saveRiskCriteriaVersion,
} from '../storage/risk-criteria.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { createApprovalSteps } from './registers/approval-steps.js';
import { actorFacts, createVersionedRecord } from './registers/versioned-record.js';

const ENTITY_TYPE = 'risk_criteria_version';

/** Why a version was last sent back to draft, by whom and when. */
export interface RiskCriteriaReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

export interface RiskCriteriaVersionView extends RiskCriteriaVersion {
  readonly lastReturn: RiskCriteriaReturn | null;
  readonly availableActions: RiskCriteriaAction[];
}

export interface RiskCriteriaOverview {
  /** The version in force, which risks are scored with. */
  readonly approved: RiskCriteriaVersionView | null;
  /** The open version: a draft, or a version in review. */
  readonly draft: RiskCriteriaVersionView | null;
  readonly versions: RiskCriteriaVersionView[];
}

export interface RiskCriteriaVersionDiff extends RiskCriteriaDiff {
  readonly versionId: string;
  readonly version: number;
  /** The version in force it is compared with; null when none is approved yet. */
  readonly inForceVersionId: string | null;
  readonly inForceVersion: number | null;
}

const versionNotFound = (id: string) =>
  notFound('RISK_CRITERIA_VERSION_NOT_FOUND', 'No such version of the risk criteria', {
    riskCriteriaVersionId: id,
  });

const findIn = (versions: readonly RiskCriteriaVersion[], id: string) => {
  const version = versions.find((candidate) => candidate.id === id);
  if (!version) throw versionNotFound(id);
  return version;
};

const inForceOf = (versions: readonly RiskCriteriaVersion[]) =>
  versions.find((version) => version.status === 'approved');

/** The fields sent replace those of `base` (a field left undefined keeps it); checked whole. */
const merged = (base: RiskCriteria, input: RiskCriteriaInput): RiskCriteria =>
  checkRiskCriteria({
    ...base,
    ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
  });

/** The versions as the actor sees them: the latest return and their actions. */
const viewsOf = async (
  db: Executor,
  actor: Actor,
  access: OrgAccess,
  versions: readonly RiskCriteriaVersion[],
) => {
  const returns = await latestReturns(
    db,
    access.organization.id,
    versions.map((version) => version.id),
  );
  const facts = actorFacts(actor, access);
  const hasOpenVersion = versions.some(isOpenRiskCriteriaVersion);
  return (version: RiskCriteriaVersion): RiskCriteriaVersionView => {
    const last = returns.get(version.id);
    return {
      ...version,
      lastReturn: last
        ? {
            comment: last.comment,
            returnedByUserId: last.returnedByUserId,
            returnedAt: last.returnedAt,
          }
        : null,
      availableActions: riskCriteriaActions(version, facts, hasOpenVersion),
    };
  };
};

export const createRiskCriteriaService = (deps: ServiceDeps) => {
  const workflow = createVersionedRecord<RiskCriteriaVersion>(deps, {
    entityType: ENTITY_TYPE,
    save: saveRiskCriteriaVersion,
    auditable: (version) => version,
  });

  /** The version as the actor sees it once the change is saved. */
  const viewAfterChange = async (trx: Executor, actor: Actor, access: OrgAccess, id: string) => {
    const versions = await listRiskCriteriaVersions(trx, access.organization.id);
    return (await viewsOf(trx, actor, access, versions))(findIn(versions, id));
  };

  /** Submitting, returning, approving and discarding, and the draft loaded for a change. */
  const steps = createApprovalSteps(deps, {
    entityType: ENTITY_TYPE,
    workflow,
    load: async (db, organizationId, id) => {
      const siblings = await listRiskCriteriaVersions(db, organizationId);
      return { version: findIn(siblings, id), siblings };
    },
    // Criteria stored before a rule was added meet it again here: none is approved inconsistent.
    check: (version, action) => {
      if (action.type === 'approve') checkRiskCriteria(version.criteria);
    },
    view: viewAfterChange,
    remove: deleteRiskCriteriaVersion,
  });
  const { loadDraft } = steps;

  return {
    /** The criteria in force, the open version and every version, with what the caller may do. */
    async overview(actor: Actor, organizationId: string): Promise<RiskCriteriaOverview> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listRiskCriteriaVersions(db, organizationId);
      const view = await viewsOf(db, actor, access, versions);
      const approved = inForceOf(versions);
      const open = versions.find(isOpenRiskCriteriaVersion);
      return {
        approved: approved ? view(approved) : null,
        draft: open ? view(open) : null,
        versions: versions.map(view),
      };
    },

    async get(actor: Actor, organizationId: string, id: string): Promise<RiskCriteriaVersionView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listRiskCriteriaVersions(db, organizationId);
      return (await viewsOf(db, actor, access, versions))(findIn(versions, id));
    },

    /** What approving the version would change against the criteria in force. */
    async diff(actor: Actor, organizationId: string, id: string): Promise<RiskCriteriaVersionDiff> {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listRiskCriteriaVersions(db, organizationId);
      const version = findIn(versions, id);
      const inForce = inForceOf(versions) ?? null;
      return {
        versionId: version.id,
        version: version.version,
        inForceVersionId: inForce?.id ?? null,
        inForceVersion: inForce?.version ?? null,
        ...diffRiskCriteria(inForce?.criteria ?? null, version.criteria),
      };
    },

    /**
     * Opens a draft from the criteria in force (the defaults before any are
     * approved); the fields given replace theirs.
     */
    async createDraft(
      actor: Actor,
      organizationId: string,
      input: RiskCriteriaInput = {},
    ): Promise<RiskCriteriaVersionView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const versions = await listRiskCriteriaVersions(trx, organizationId);
        if (versions.some(isOpenRiskCriteriaVersion)) {
          throw conflict(
            'RISK_CRITERIA_DRAFT_EXISTS',
            'A version of the risk criteria is already open (a draft or in review); finish it first',
          );
        }
        const base = inForceOf(versions)?.criteria ?? defaultRiskCriteria();
        const criteria = merged(base, input);
        const at = now(deps);
        const draft: RiskCriteriaVersion = {
          id: deps.newId(),
          organizationId,
          version: (versions[0]?.version ?? 0) + 1,
          status: 'draft',
          criteria,
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
        await insertRiskCriteriaVersion(trx, draft);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${ENTITY_TYPE}.created`,
          entityType: ENTITY_TYPE,
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
      input: RiskCriteriaInput,
    ): Promise<RiskCriteriaVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version } = await loadDraft(trx, actor, organizationId, id);
        const criteria = merged(version.criteria, input);
        const saved = await workflow.edit(
          trx,
          actor,
          access,
          version,
          (draft) => ({ ...draft, criteria }),
          { action: `${ENTITY_TYPE}.updated` },
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

export type RiskCriteriaService = ReturnType<typeof createRiskCriteriaService>;
