/**
 * The AI risk register (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3): risks and
 * opportunities scored against the risk criteria in force when they were
 * assessed, their treatment actions, the acceptances of residual risk (each
 * its own record, given by someone the criteria allow and who neither owns
 * the risk nor asked for the acceptance) and closing, which the rules guard.
 * A risk's status is worked out from these facts on every write.
 */
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.js';
import { acceptanceState, checkAcceptance } from '../../domain/risk/acceptance.js';
import type { RiskCriteria } from '../../domain/risk/criteria.js';
import { defaultRiskCriteria } from '../../domain/risk/default-criteria.js';
import { heatMapFromCounts } from '../../domain/risk/heat-map-counts.js';
import { checkClose } from '../../domain/risk/risk-rules.js';
import { riskStanding } from '../../domain/risk/risk-status.js';
import { checkRiskInput } from '../../domain/risk/risk.js';
import type {
  RiskEntry,
  RiskInput,
  RiskKind,
  RiskStatus,
  TreatmentOption,
} from '../../domain/risk/risk.js';
import { isAboveThreshold, isOnScale, riskLevel } from '../../domain/risk/scoring.js';
import { riskDraftFromHarm } from '../../domain/impact/harm-to-risk.js';
import type { ImpactCategory } from '../../domain/impact/impact-values.js';
import type { AnnexCObjectiveId } from '../../domain/catalog/index.js';
import {
  findImpactAssessmentVersion,
  listImpactAssessmentVersions,
} from '../../storage/impact-assessment.repository.js';
import type { ScoredLevel } from '../../domain/risk/scoring.js';
import { checkTreatmentActionInput } from '../../domain/risk/treatment-action.js';
import type { TreatmentActionInput } from '../../domain/risk/treatment-action.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Executor } from '../../storage/database.js';
import { criteriaInForce, criteriaVersionsById } from '../../storage/risk-criteria.repository.js';
import {
  acceptancesOfRisks,
  actionsOfRisks,
  deleteTreatmentAction,
  findTreatmentAction,
  insertAcceptance,
  insertTreatmentAction,
  revokeAcceptance,
  updateTreatmentAction,
} from '../../storage/risk-treatment.repository.js';
import type {
  StoredAcceptance,
  StoredTreatmentAction,
} from '../../storage/risk-treatment.repository.js';
import {
  deleteRisk,
  findRisk,
  insertRisk,
  listRisks,
  riskCellCounts,
  riskCountsOffMap,
  criteriaVersionIdsOf,
  risksRaisedFrom,
  risksWithLapsedAcceptance,
  updateRisk,
  RISK_SORT_FIELDS,
} from '../../storage/risk.repository.js';
import type { RiskSortField, StoredRisk } from '../../storage/risk.repository.js';
import { recordChange } from '../audit-trail.js';
import { authorize } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { checkAiSystemLinks } from './ai-system-links.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { checkOrganizationControlLinks } from './organization-control-links.js';
import { ID_SHAPE, checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { RepositoryQuery } from './register-engine.js';

export interface RiskFilters {
  readonly kind?: RiskKind;
  readonly status?: RiskStatus;
  readonly inherentLevel?: string;
  readonly residualLevel?: string;
  readonly likelihood?: number;
  readonly consequence?: number;
  readonly residualLikelihood?: number;
  readonly residualConsequence?: number;
  readonly treatmentOption?: TreatmentOption;
  readonly aiSystemId?: string;
  readonly ownerUserId?: string;
}

export const riskNotFound = (id: string) =>
  notFound('RISK_NOT_FOUND', 'No such risk in this organization', { riskId: id });

const actionNotFound = (id: string) =>
  notFound('RISK_TREATMENT_ACTION_NOT_FOUND', 'No such treatment action of this risk', {
    actionId: id,
  });

const criteriaNotApproved = () =>
  new DomainError(
    'RISK_CRITERIA_NOT_APPROVED',
    'InvalidState',
    'Approve the organization’s risk criteria before scoring risks: scores are given against them',
  );

const riskClosed = () =>
  new DomainError(
    'RISK_CLOSED',
    'InvalidState',
    'The risk is closed; its record is kept as it was',
  );

/** The Annex C objective a harm of each impact category threatens, where one matches. */
const ANNEX_C_OBJECTIVE_OF_CATEGORY: Partial<Record<ImpactCategory, AnnexCObjectiveId>> = {
  fairness_and_bias: 'fairness',
  privacy: 'privacy',
  safety_and_health: 'safety',
  security: 'security',
  transparency_and_explainability: 'transparency-and-explainability',
  accountability: 'accountability',
  environmental: 'environmental-impact',
};

interface Criteria {
  readonly id: string;
  readonly version: number;
  readonly criteria: RiskCriteria;
}

/** A re-assessment scores the risk against the criteria in force, even with the same numbers. */
type ScoredInput = RiskInput & {
  readonly reassess?: boolean;
  /** The impact assessment harm a new risk is raised from. */
  readonly raisedFrom?: { readonly impactAssessmentId: string; readonly impactId: string };
};
const isReassessment = (input: ScoredInput) => input.reassess === true;

const isScored = (input: Pick<RiskInput, 'likelihood' | 'residualLikelihood'>) =>
  (input.likelihood ?? null) !== null || (input.residualLikelihood ?? null) !== null;

const sameScores = (a: RiskInput, b: StoredRisk) =>
  (a.likelihood ?? null) === b.likelihood &&
  (a.consequence ?? null) === b.consequence &&
  (a.residualLikelihood ?? null) === b.residualLikelihood &&
  (a.residualConsequence ?? null) === b.residualConsequence;

const levelOrNull = (criteria: RiskCriteria, l: number | null, c: number | null) =>
  l === null || c === null ? null : riskLevel(criteria, l, c);

/** The criteria a risk's scores were given against: the version it keeps, else the one in force. */
const criteriaOfRisk = async (db: Executor, risk: StoredRisk): Promise<Criteria | null> => {
  if (risk.criteriaVersionId === null) return null;
  return (
    (await criteriaVersionsById(db, risk.organizationId, [risk.criteriaVersionId])).get(
      risk.criteriaVersionId,
    ) ?? null
  );
};

/**
 * Checks a risk within the organization and scores it. Scores kept as they
 * were stay with the criteria version they were given against; new scores are
 * given against the version in force (a re-assessment, which the audit entry
 * shows with both versions).
 */
const checkRisk = async (
  db: Executor,
  organizationId: string,
  input: ScoredInput,
  before: StoredRisk | undefined,
  facts: { actions: readonly StoredTreatmentAction[]; acceptances: readonly StoredAcceptance[] },
  at: Date,
): Promise<RiskEntry> => {
  const keepsScores = before !== undefined && !isReassessment(input) && sameScores(input, before);
  const scoredAgainst = keepsScores
    ? await criteriaOfRisk(db, before)
    : isScored(input)
      ? await criteriaInForce(db, organizationId)
      : null;
  if (isScored(input) && scoredAgainst === null) throw criteriaNotApproved();
  const criteria = scoredAgainst?.criteria ?? defaultRiskCriteria();
  const { details, issues } = checkRiskInput(input, criteria);
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  await checkAiSystemLinks(db, organizationId, details.aiSystemIds, issues);
  if (issues.length > 0) throw invalid('RISK_INVALID', 'The risk is not acceptable', issues);
  const inherent = scoredAgainst
    ? levelOrNull(criteria, details.likelihood, details.consequence)
    : null;
  const residual = scoredAgainst
    ? levelOrNull(criteria, details.residualLikelihood, details.residualConsequence)
    : null;
  const standing = riskStanding(
    { ...details, status: before?.status ?? 'identified', ...facts },
    scoredAgainst?.criteria ?? null,
    at,
  );
  return {
    ...details,
    criteriaVersionId: inherent ? (scoredAgainst?.id ?? null) : null,
    inherentLevel: inherent?.key ?? null,
    inherentRank: inherent?.rank ?? null,
    residualLevel: residual?.key ?? null,
    residualRank: residual?.rank ?? null,
    ...standing,
    acceptanceRequestedByUserId: before?.acceptanceRequestedByUserId ?? null,
    impactAssessmentId: before?.impactAssessmentId ?? input.raisedFrom?.impactAssessmentId ?? null,
    impactId: before?.impactId ?? input.raisedFrom?.impactId ?? null,
  };
};

/** What a risk's list row adds: its levels as the criteria name them, and what it lacks. */
interface RiskRelated {
  readonly criteria: Map<string, Criteria>;
  readonly inForceId: string | null;
  readonly actions: Map<string, StoredTreatmentAction[]>;
}

const shownLevel = (level: ScoredLevel | null) =>
  level && { key: level.key, label: level.label, colour: level.colour, rank: level.rank };

export const createRiskService = (deps: ServiceDeps) => {
  const at = () => deps.clock.now();
  const factsOf = async (db: Executor, organizationId: string, riskId: string | null) => ({
    actions: riskId ? ((await actionsOfRisks(db, organizationId, [riskId])).get(riskId) ?? []) : [],
    acceptances: riskId
      ? ((await acceptancesOfRisks(db, organizationId, [riskId])).get(riskId) ?? [])
      : [],
  });

  const register = createRegisterService(deps, {
    entityType: 'risk',
    policy: { ...AIMS_REGISTER_POLICY, canExport: true, writeActions: ['close'] as const },
    sort: { fields: RISK_SORT_FIELDS, default: 'residualLevel' },
    notFound: riskNotFound,
    check: async (db: Executor, organizationId: string, input: ScoredInput, selfId) => {
      const before = selfId ? await findRisk(db, organizationId, selfId) : undefined;
      return checkRisk(
        db,
        organizationId,
        input,
        before,
        await factsOf(db, organizationId, selfId),
        at(),
      );
    },
    inputOf: (row: RiskEntry): ScoredInput => row,
    requireChangeable: (row) => {
      if (row.status === 'closed') throw riskClosed();
    },
    related: async (db, organizationId, ids): Promise<RiskRelated> => {
      const inForce = await criteriaInForce(db, organizationId);
      const versionIds = await criteriaVersionIdsOf(db, organizationId, ids);
      return {
        criteria: await criteriaVersionsById(db, organizationId, versionIds),
        inForceId: inForce?.id ?? null,
        actions: await actionsOfRisks(db, organizationId, ids),
      };
    },
    derive: (row, today, related: RiskRelated) => {
      const scoredAgainst = row.criteriaVersionId
        ? related.criteria.get(row.criteriaVersionId)
        : undefined;
      const criteria = scoredAgainst?.criteria;
      const inherent = criteria && levelOrNull(criteria, row.likelihood, row.consequence);
      const residual =
        criteria && levelOrNull(criteria, row.residualLikelihood, row.residualConsequence);
      const standing = residual ?? inherent ?? null;
      const actions = related.actions.get(row.id) ?? [];
      const lapsed =
        row.status === 'accepted' && row.acceptedUntil !== null && row.acceptedUntil <= today;
      return {
        effectiveStatus: lapsed ? ('review_due' as const) : row.status,
        inherent: shownLevel(inherent ?? null),
        residual: shownLevel(residual ?? null),
        criteriaVersion: scoredAgainst?.version ?? null,
        isAboveThreshold:
          criteria && standing
            ? row.kind === 'risk' && isAboveThreshold(criteria, standing.key)
            : false,
        needsReassessment:
          row.criteriaVersionId !== null &&
          related.inForceId !== null &&
          row.criteriaVersionId !== related.inForceId &&
          row.status !== 'closed',
        isReviewOverdue:
          row.reviewDate !== null && row.reviewDate < today && row.status !== 'closed',
        actionCount: actions.length,
        openActionCount: actions.filter((a) => a.status === 'planned' || a.status === 'in_progress')
          .length,
      };
    },
    actions: (row, caller) => {
      const writes = caller.permissions.includes('aims.write');
      if (row.status === 'closed') return [];
      return writes ? ['edit', 'delete', 'close'] : [];
    },
    detail: async (db, _caller, view) => {
      const facts = await factsOf(db, view.organizationId, view.id);
      return {
        treatmentActions: facts.actions.map(({ organizationId: _org, ...action }) => action),
        acceptances: facts.acceptances.map(({ organizationId: _org, ...acceptance }) => ({
          ...acceptance,
          state: acceptanceState(acceptance, at()),
        })),
      };
    },
    find: findRisk,
    insert: insertRisk,
    save: updateRisk,
    remove: deleteRisk,
    list: (db, query: RepositoryQuery<RiskFilters, RiskSortField>) => listRisks(db, query),
  });

  /** Loads an open risk in a transaction, runs a change, sets its status again and audits it. */
  const changeRisk = (
    actor: Actor,
    organizationId: string,
    riskId: string,
    permission: 'aims.write' | 'aims.approve' | 'aims.read',
    change: (
      trx: Executor,
      risk: StoredRisk,
      access: OrgAccess,
    ) => Promise<{ action: string; after?: unknown; before?: unknown; status?: RiskStatus }>,
  ) =>
    inTransaction(deps, async (trx) => {
      const access = await authorize(trx, actor, organizationId, permission);
      const risk = await findRisk(trx, organizationId, riskId);
      if (!risk) throw riskNotFound(riskId);
      if (risk.status === 'closed') throw riskClosed();
      const entry = await change(trx, risk, access);
      const changed = (await findRisk(trx, organizationId, riskId)) ?? risk;
      const facts = await factsOf(trx, organizationId, riskId);
      const criteria = await criteriaOfRisk(trx, risk);
      const standing = riskStanding(
        { ...changed, status: entry.status ?? changed.status, ...facts },
        criteria?.criteria ?? null,
        at(),
      );
      const updated: StoredRisk = { ...changed, ...standing, updatedAt: now(deps) };
      await updateRisk(trx, updated);
      await recordChange(trx, deps, actor, {
        organizationId,
        action: entry.action,
        entityType: 'risk',
        entityId: riskId,
        before: entry.before ?? null,
        after: entry.after ?? { status: updated.status },
      });
      return register.view(trx, access, riskId, actor);
    });

  const checkedAction = async (
    trx: Executor,
    organizationId: string,
    input: TreatmentActionInput,
  ) => {
    const { details, issues } = checkTreatmentActionInput(input);
    await checkOwner(trx, organizationId, details.ownerUserId, issues);
    await checkOrganizationControlLinks(trx, organizationId, input.organizationControlIds, issues);
    if (issues.length > 0)
      throw invalid(
        'RISK_TREATMENT_ACTION_INVALID',
        'The treatment action is not acceptable',
        issues,
      );
    return details;
  };

  return {
    ...register,

    /**
     * Raises a risk in the register from a harm of an impact assessment, in
     * one step: its statement, consequences, AI system and Annex C objective
     * come from the harm, and its scores too when the criteria in force have
     * the harm's ratings on their scales. One risk per harm of a system.
     */
    async raiseFromHarm(actor: Actor, organizationId: string, versionId: string, impactId: string) {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.write');
      const version = ID_SHAPE.test(versionId)
        ? await findImpactAssessmentVersion(db, organizationId, versionId)
        : undefined;
      if (!version)
        throw notFound('IMPACT_ASSESSMENT_NOT_FOUND', 'No such impact assessment version', {
          versionId,
        });
      const impact = version.content.impacts.find((entry) => entry.id === impactId);
      if (!impact)
        throw notFound('IMPACT_NOT_FOUND', 'No such impact in this impact assessment version', {
          impactId,
        });
      const draft = riskDraftFromHarm(
        { aiSystemId: version.aiSystemId, assessmentId: version.id, version: version.version },
        impact,
      );
      const siblings = await listImpactAssessmentVersions(db, organizationId, version.aiSystemId);
      const raised = (
        await risksRaisedFrom(
          db,
          organizationId,
          siblings.map((sibling) => sibling.id),
        )
      ).find((risk) => risk.impactId === impactId);
      if (raised)
        throw conflict('RISK_ALREADY_RAISED', 'A risk was already raised from this harm', {
          riskId: raised.id,
        });
      const inForce = await criteriaInForce(db, organizationId);
      const onScale = (value: number | null, scale: RiskCriteria['likelihood'] | undefined) =>
        value !== null && scale !== undefined && isOnScale(scale, value) ? value : null;
      const likelihood = onScale(draft.suggestedLikelihood, inForce?.criteria.likelihood);
      const consequence = onScale(draft.suggestedConsequence, inForce?.criteria.consequence);
      const objective = draft.category ? ANNEX_C_OBJECTIVE_OF_CATEGORY[draft.category] : undefined;
      return register.create(actor, organizationId, {
        statement: draft.statement,
        consequencesForIndividuals: draft.consequences,
        aiSystemIds: [draft.aiSystemId],
        annexCObjectiveIds: objective ? [objective] : [],
        ...(likelihood !== null && consequence !== null ? { likelihood, consequence } : {}),
        raisedFrom: draft.source,
      });
    },

    /**
     * The heat map of the open risks scored against the criteria in force,
     * inherent and residual side by side, counted per cell by the database;
     * with what it cannot place (unscored, or awaiting re-assessment).
     */
    async heatMap(actor: Actor, organizationId: string) {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const inForce = await criteriaInForce(db, organizationId);
      if (inForce === null)
        return {
          criteria: null,
          inherent: null,
          residual: null,
          unscored: 0,
          awaitingReassessment: 0,
        };
      const counts = await riskCellCounts(db, organizationId, inForce.id);
      const off = await riskCountsOffMap(db, organizationId, inForce.id);
      const scale = (levels: RiskCriteria['likelihood']['levels']) =>
        levels.map(({ value, label }) => ({ value, label }));
      return {
        criteria: {
          id: inForce.id,
          version: inForce.version,
          likelihood: scale(inForce.criteria.likelihood.levels),
          consequence: scale(inForce.criteria.consequence.levels),
          levels: inForce.criteria.levels.map(({ key, label, colour }) => ({ key, label, colour })),
          acceptanceThreshold: inForce.criteria.acceptanceThreshold,
        },
        inherent: heatMapFromCounts(inForce.criteria, counts.inherent),
        residual: heatMapFromCounts(inForce.criteria, counts.residual),
        unscored: off.unscored,
        awaitingReassessment: off.otherCriteria,
      };
    },

    /**
     * Scores the risk again against the criteria in force (after new criteria
     * are approved): the audit entry keeps the old and new version and levels.
     */
    reassess(
      actor: Actor,
      organizationId: string,
      riskId: string,
      scores: Pick<
        RiskInput,
        'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence'
      >,
    ) {
      return register.update(actor, organizationId, riskId, { ...scores, reassess: true });
    },

    /** Adds a treatment action to a risk. */
    addTreatmentAction(
      actor: Actor,
      organizationId: string,
      riskId: string,
      input: TreatmentActionInput,
    ) {
      return changeRisk(actor, organizationId, riskId, 'aims.write', async (trx, risk) => {
        const details = await checkedAction(trx, organizationId, input);
        const stamp = now(deps);
        const action: StoredTreatmentAction = {
          ...details,
          id: deps.newId(),
          organizationId,
          riskId: risk.id,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await insertTreatmentAction(trx, action);
        return { action: 'risk_treatment_action.created', after: action };
      });
    },

    /** Changes a treatment action: the fields sent replace the stored ones. */
    updateTreatmentAction(
      actor: Actor,
      organizationId: string,
      riskId: string,
      actionId: string,
      patch: Partial<TreatmentActionInput>,
    ) {
      return changeRisk(actor, organizationId, riskId, 'aims.write', async (trx) => {
        const before = await findTreatmentAction(trx, organizationId, actionId);
        if (!before || before.riskId !== riskId) throw actionNotFound(actionId);
        const details = await checkedAction(trx, organizationId, { ...before, ...patch });
        const after = { ...before, ...details, updatedAt: now(deps) };
        await updateTreatmentAction(trx, after);
        return { action: 'risk_treatment_action.updated', before, after };
      });
    },

    removeTreatmentAction(actor: Actor, organizationId: string, riskId: string, actionId: string) {
      return changeRisk(actor, organizationId, riskId, 'aims.write', async (trx) => {
        const before = await findTreatmentAction(trx, organizationId, actionId);
        if (!before || before.riskId !== riskId) throw actionNotFound(actionId);
        await deleteTreatmentAction(trx, organizationId, actionId);
        return { action: 'risk_treatment_action.deleted', before, after: null };
      });
    },

    /**
     * Accepts the risk's residual (else inherent) level until a date, by a
     * person whose role the criteria allow for that level, who is not the
     * risk's owner (unless the criteria allow it) and did not ask for it.
     */
    accept(
      actor: Actor,
      organizationId: string,
      riskId: string,
      input: { rationale?: string | undefined; expiresOn?: string | undefined },
    ) {
      return changeRisk(actor, organizationId, riskId, 'aims.read', async (trx, risk, access) => {
        const acceptor = actorUserId(actor);
        if (acceptor === null)
          throw new DomainError(
            'RISK_ACCEPTOR_REQUIRED',
            'Forbidden',
            'A person accepts a risk, not the operator',
          );
        const criteria = await criteriaOfRisk(trx, risk);
        if (criteria === null)
          throw new DomainError(
            'RISK_NOT_ASSESSED',
            'InvalidState',
            'Score the risk (likelihood and consequence) before its residual risk is accepted',
          );
        const inForce = await criteriaInForce(trx, organizationId);
        if (inForce !== null && inForce.id !== criteria.id)
          throw conflict(
            'RISK_REASSESSMENT_REQUIRED',
            `The risk was scored against risk criteria version ${criteria.version}; re-assess it against version ${inForce.version} before accepting it`,
            { scoredAgainst: criteria.version, inForce: inForce.version },
          );
        const details = checkAcceptance({
          risk,
          criteria: criteria.criteria,
          acceptor: { userId: acceptor, roles: access.roles },
          requestedBy: risk.acceptanceRequestedByUserId,
          now: at(),
          expiresOn: input.expiresOn,
          rationale: input.rationale,
        });
        const acceptance: StoredAcceptance = {
          ...details,
          id: deps.newId(),
          organizationId,
          riskId,
          criteriaVersionId: criteria.id,
          revokedAt: null,
        };
        await insertAcceptance(trx, acceptance);
        await updateRisk(trx, { ...risk, acceptanceRequestedByUserId: null });
        return { action: 'risk.accepted', after: acceptance };
      });
    },

    /**
     * Asks for the residual risk to be accepted: whoever asks may not accept
     * it themselves (RISK_ACCEPTOR_IS_REQUESTER).
     */
    requestAcceptance(actor: Actor, organizationId: string, riskId: string) {
      return changeRisk(actor, organizationId, riskId, 'aims.write', async (trx, risk) => {
        if (risk.kind === 'opportunity')
          throw new DomainError(
            'RISK_OPPORTUNITY_NOT_ACCEPTED',
            'InvalidState',
            'An opportunity is pursued, not accepted: acceptance applies to risks only',
          );
        const requester = actorUserId(actor);
        await updateRisk(trx, { ...risk, acceptanceRequestedByUserId: requester });
        return { action: 'risk.acceptance_requested', after: { requestedByUserId: requester } };
      });
    },

    /** Withdraws an acceptance before it expires; the risk is open for review again. */
    revokeAcceptance(actor: Actor, organizationId: string, riskId: string, acceptanceId: string) {
      return changeRisk(actor, organizationId, riskId, 'aims.approve', async (trx) => {
        const { acceptances } = await factsOf(trx, organizationId, riskId);
        const acceptance = acceptances.find((entry) => entry.id === acceptanceId);
        if (!acceptance)
          throw notFound('RISK_ACCEPTANCE_NOT_FOUND', 'No such acceptance of this risk', {
            acceptanceId,
          });
        const stamp = now(deps);
        await revokeAcceptance(trx, organizationId, acceptanceId, stamp);
        return {
          action: 'risk.acceptance_revoked',
          before: acceptance,
          after: { ...acceptance, revokedAt: stamp },
        };
      });
    },

    /** Closes the risk when the rules allow it (RISK_ABOVE_THRESHOLD_UNTREATED and others otherwise). */
    close(actor: Actor, organizationId: string, riskId: string) {
      return changeRisk(actor, organizationId, riskId, 'aims.write', async (trx, risk) => {
        const criteria = await criteriaOfRisk(trx, risk);
        const facts = await factsOf(trx, organizationId, riskId);
        if (criteria === null)
          throw new DomainError(
            'RISK_NOT_ASSESSED',
            'InvalidState',
            'A risk is closed only after it is assessed: give its likelihood and consequence',
          );
        checkClose({ ...risk, ...facts }, criteria.criteria, at());
        return {
          action: 'risk.closed',
          before: { status: risk.status },
          after: { status: 'closed' },
          status: 'closed',
        };
      });
    },

    /**
     * The daily sweep: every accepted risk whose acceptance lapsed is open for
     * review again (its owner is told by the caller); returns those reopened.
     */
    async reopenLapsedAcceptances(
      actor: Actor,
    ): Promise<{ risk: StoredRisk; lapsedOn: string | null }[]> {
      const today = calendarDateOf(at());
      // Most days nothing lapses: look first, so the sweep opens no write transaction for nothing.
      if ((await risksWithLapsedAcceptance(reader(deps), today)).length === 0) return [];
      return inTransaction(deps, async (trx) => {
        const lapsed = await risksWithLapsedAcceptance(trx, today);
        const reopened: { risk: StoredRisk; lapsedOn: string | null }[] = [];
        for (const risk of lapsed) {
          const facts = await factsOf(trx, risk.organizationId, risk.id);
          const criteria = await criteriaOfRisk(trx, risk);
          const standing = riskStanding({ ...risk, ...facts }, criteria?.criteria ?? null, at());
          if (standing.status === risk.status) continue;
          const updated = { ...risk, ...standing, updatedAt: now(deps) };
          await updateRisk(trx, updated);
          await recordChange(trx, deps, actor, {
            organizationId: risk.organizationId,
            action: 'risk.acceptance_expired',
            entityType: 'risk',
            entityId: risk.id,
            before: { status: risk.status, acceptedUntil: risk.acceptedUntil },
            after: { status: updated.status, acceptedUntil: updated.acceptedUntil },
          });
          reopened.push({ risk: updated, lapsedOn: risk.acceptedUntil });
        }
        return reopened;
      });
    },
  };
};

export type RiskService = ReturnType<typeof createRiskService>;
