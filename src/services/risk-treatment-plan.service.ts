/**
 * The AI risk treatment plan as an approved record (ISO/IEC 42001 clause
 * 6.1.3): the live plan is worked out from the risk register on every read
 * (every treatment action of the risks not closed); a version freezes it as a
 * snapshot, which the shared approval workflow (registers/versioned-record.ts)
 * moves from draft to approved. One version is open at a time; refreshing a
 * draft takes the snapshot again, and whoever created or refreshed it does
 * not approve it. The approved snapshot stays as it was, and the overview
 * shows what has changed in the register since.
 */
import { withEditor } from '../domain/approval/approval.js';
import { conflict, notFound } from '../domain/errors.js';
import type { RiskCriteria } from '../domain/risk/criteria.js';
import { defaultRiskCriteria } from '../domain/risk/default-criteria.js';
import { treatmentPlanDiff, treatmentPlanSnapshot } from '../domain/risk/treatment-plan.js';
import type {
  PlanRisk,
  TreatmentPlanDiff,
  TreatmentPlanSnapshot,
} from '../domain/risk/treatment-plan.js';
import {
  isOpenTreatmentPlanVersion,
  treatmentPlanActions,
} from '../domain/risk/treatment-plan-version.js';
import type {
  RiskTreatmentPlanAction,
  RiskTreatmentPlanVersion,
  RiskTreatmentPlanVersionSummary,
} from '../domain/risk/treatment-plan-version.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { latestReturns } from '../storage/return-comment.repository.js';
import { criteriaInForce } from '../storage/risk-criteria.repository.js';
import {
  deleteTreatmentPlanVersion,
  findTreatmentPlanVersion,
  insertTreatmentPlanVersion,
  listTreatmentPlanVersions,
  saveTreatmentPlanVersion,
} from '../storage/risk-treatment-plan.repository.js';
import type { SavedTreatmentPlanVersion } from '../storage/risk-treatment-plan.repository.js';
import { allTreatmentActions } from '../storage/risk-treatment.repository.js';
import { listRisks } from '../storage/risk.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { createApprovalSteps } from './registers/approval-steps.js';
import { actorFacts, createVersionedRecord } from './registers/versioned-record.js';

const ENTITY_TYPE = 'risk_treatment_plan_version';
const EVERYTHING = { offset: 0, limit: 1_000_000 } as const;

/** Why a version was last sent back to draft, by whom and when. */
export interface TreatmentPlanReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

type Viewed = {
  readonly lastReturn: TreatmentPlanReturn | null;
  readonly availableActions: RiskTreatmentPlanAction[];
};

/** A version in a list: its summary, the latest return and what the caller may do. */
export type TreatmentPlanVersionListView = RiskTreatmentPlanVersionSummary & Viewed;

/** One version with its frozen snapshot. */
export type TreatmentPlanVersionView = TreatmentPlanVersionListView & {
  readonly snapshot: TreatmentPlanSnapshot;
};

export interface TreatmentPlanOverview {
  /** The version in force. */
  readonly approved: TreatmentPlanVersionListView | null;
  /** The open version: a draft, or a version in review. */
  readonly draft: TreatmentPlanVersionListView | null;
  readonly versions: TreatmentPlanVersionListView[];
  /** The plan as the risk register stands now. */
  readonly live: TreatmentPlanSnapshot;
  /** From the version in force to the live plan; null while none is approved. */
  readonly changedSinceApproval: TreatmentPlanDiff | null;
}

export interface TreatmentPlanVersionDiff extends TreatmentPlanDiff {
  readonly versionId: string;
  readonly version: number;
  /** The version in force it is compared with; null when none is approved yet. */
  readonly inForceVersionId: string | null;
  readonly inForceVersion: number | null;
}

const versionNotFound = (id: string) =>
  notFound('RISK_TREATMENT_PLAN_NOT_FOUND', 'No such version of the risk treatment plan', {
    treatmentPlanVersionId: id,
  });

const draftExists = () =>
  conflict(
    'RISK_TREATMENT_PLAN_DRAFT_EXISTS',
    'A version of the risk treatment plan is already open (a draft or in review); refresh or finish it first',
  );

const findIn = <V extends { readonly id: string }>(versions: readonly V[], id: string): V => {
  const version = versions.find((candidate) => candidate.id === id);
  if (!version) throw versionNotFound(id);
  return version;
};

const inForceOf = <V extends RiskTreatmentPlanVersionSummary>(versions: readonly V[]) =>
  versions.find((version) => version.status === 'approved');

/**
 * A risk as the plan shows it: scored against the criteria in force it keeps
 * its scores; scored against other criteria it awaits re-assessment, so the
 * plan gives it no level rather than one from a scale it was not scored on.
 */
const planRiskOf =
  (inForceId: string | null) =>
  (risk: PlanRisk & { readonly criteriaVersionId: string | null }): PlanRisk =>
    risk.criteriaVersionId !== null && risk.criteriaVersionId === inForceId
      ? risk
      : {
          ...risk,
          likelihood: null,
          consequence: null,
          residualLikelihood: null,
          residualConsequence: null,
        };

export const createRiskTreatmentPlanService = (deps: ServiceDeps) => {
  const today = () => calendarDateOf(deps.clock.now());
  const workflow = createVersionedRecord<SavedTreatmentPlanVersion>(deps, {
    entityType: ENTITY_TYPE,
    save: saveTreatmentPlanVersion,
    // A refresh's entry keeps the new snapshot; a step's, the version without its entries.
    auditable: (version) => version,
  });

  /** The plan as the register stands: every action of the risks not closed, against the criteria in force. */
  const livePlan = async (db: Executor, organizationId: string): Promise<TreatmentPlanSnapshot> => {
    const inForce = await criteriaInForce(db, organizationId);
    const criteria: RiskCriteria = inForce?.criteria ?? defaultRiskCriteria();
    const { items } = await listRisks(db, {
      organizationId,
      sort: 'residualLevel',
      direction: 'desc',
      ...EVERYTHING,
    });
    const open = items.filter((risk) => risk.status !== 'closed');
    const openIds = new Set(open.map((risk) => risk.id));
    const actions = (await allTreatmentActions(db, organizationId)).filter((action) =>
      openIds.has(action.riskId),
    );
    return treatmentPlanSnapshot(
      open.map(planRiskOf(inForce?.id ?? null)),
      actions,
      criteria,
      today(),
    );
  };

  /** The versions as the actor sees them: the latest return and their actions. */
  const viewsOf = async (
    db: Executor,
    actor: Actor,
    access: OrgAccess,
    versions: readonly RiskTreatmentPlanVersionSummary[],
  ) => {
    const returns = await latestReturns(
      db,
      access.organization.id,
      versions.map((version) => version.id),
    );
    const facts = actorFacts(actor, access);
    const hasOpenVersion = versions.some(isOpenTreatmentPlanVersion);
    return (version: RiskTreatmentPlanVersionSummary): TreatmentPlanVersionListView => {
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
        availableActions: treatmentPlanActions(version, facts, hasOpenVersion),
      };
    };
  };

  /** One version with its snapshot, as the actor sees it. */
  const viewOne = async (
    db: Executor,
    actor: Actor,
    access: OrgAccess,
    id: string,
  ): Promise<TreatmentPlanVersionView> => {
    const organizationId = access.organization.id;
    const versions = await listTreatmentPlanVersions(db, organizationId);
    const full = await findTreatmentPlanVersion(db, organizationId, id);
    if (!full) throw versionNotFound(id);
    const view = (await viewsOf(db, actor, access, versions))(findIn(versions, id));
    return { ...view, snapshot: full.snapshot };
  };

  /** Submitting, returning, approving and discarding, and the draft loaded for a change. */
  const steps = createApprovalSteps(deps, {
    entityType: ENTITY_TYPE,
    workflow,
    load: async (db, organizationId, id) => {
      const siblings = await listTreatmentPlanVersions(db, organizationId);
      return { version: findIn(siblings, id), siblings };
    },
    view: viewOne,
    remove: deleteTreatmentPlanVersion,
  });
  const { loadDraft } = steps;

  return {
    /**
     * The version in force, the open version and every version, with what the
     * caller may do; the live plan, and what changed since the approved one.
     */
    async overview(actor: Actor, organizationId: string): Promise<TreatmentPlanOverview> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listTreatmentPlanVersions(db, organizationId);
      const view = await viewsOf(db, actor, access, versions);
      const approved = inForceOf(versions);
      const open = versions.find(isOpenTreatmentPlanVersion);
      const live = await livePlan(db, organizationId);
      const frozen = approved && (await findTreatmentPlanVersion(db, organizationId, approved.id));
      return {
        approved: approved ? view(approved) : null,
        draft: open ? view(open) : null,
        versions: versions.map(view),
        live,
        changedSinceApproval: frozen ? treatmentPlanDiff(frozen.snapshot, live) : null,
      };
    },

    /** One version with its frozen snapshot. */
    async get(actor: Actor, organizationId: string, id: string): Promise<TreatmentPlanVersionView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      return viewOne(db, actor, access, id);
    },

    /** What approving the version would change against the plan in force. */
    async diff(
      actor: Actor,
      organizationId: string,
      id: string,
    ): Promise<TreatmentPlanVersionDiff> {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listTreatmentPlanVersions(db, organizationId);
      const version = await findTreatmentPlanVersion(db, organizationId, id);
      if (!version) throw versionNotFound(id);
      const inForceRow = inForceOf(versions);
      const inForce =
        inForceRow && (await findTreatmentPlanVersion(db, organizationId, inForceRow.id));
      return {
        versionId: version.id,
        version: version.version,
        inForceVersionId: inForce?.id ?? null,
        inForceVersion: inForce?.version ?? null,
        ...treatmentPlanDiff(inForce?.snapshot ?? { entries: [] }, version.snapshot),
      };
    },

    /** Opens a draft that freezes the plan as the risk register stands now. */
    async createDraft(actor: Actor, organizationId: string): Promise<TreatmentPlanVersionView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const versions = await listTreatmentPlanVersions(trx, organizationId);
        if (versions.some(isOpenTreatmentPlanVersion)) throw draftExists();
        const at = now(deps);
        const draft: RiskTreatmentPlanVersion = {
          id: deps.newId(),
          organizationId,
          version: (versions[0]?.version ?? 0) + 1,
          status: 'draft',
          snapshot: await livePlan(trx, organizationId),
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
        await onUniqueViolation(() => insertTreatmentPlanVersion(trx, draft), draftExists);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${ENTITY_TYPE}.created`,
          entityType: ENTITY_TYPE,
          entityId: draft.id,
          after: draft,
        });
        return viewOne(trx, actor, access, draft.id);
      });
    },

    /** Takes the draft's snapshot again; whoever refreshes it joins its editors and cannot approve it. */
    async refresh(
      actor: Actor,
      organizationId: string,
      id: string,
    ): Promise<TreatmentPlanVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version } = await loadDraft(trx, actor, organizationId, id);
        const snapshot = await livePlan(trx, organizationId);
        await workflow.edit(
          trx,
          actor,
          access,
          version,
          (draft) => ({ ...draft, asOf: snapshot.asOf, summary: snapshot.summary, snapshot }),
          { action: `${ENTITY_TYPE}.refreshed` },
        );
        return viewOne(trx, actor, access, id);
      });
    },

    submit: steps.submit,
    returnToDraft: steps.returnToDraft,
    approve: steps.approve,
    discardDraft: steps.discardDraft,
  };
};

export type RiskTreatmentPlanService = ReturnType<typeof createRiskTreatmentPlanService>;
