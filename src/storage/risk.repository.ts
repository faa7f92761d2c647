/** The AI risk register of one organization: risks and opportunities with their scoring. */
import { sql } from 'kysely';
import type { AnnexCObjectiveId, AnnexCRiskSourceId } from '../domain/catalog/index.js';
import type { RiskEntry, RiskKind, RiskStatus, TreatmentOption } from '../domain/risk/risk.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { SortedRegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import type { RiskTable } from './schema.js';
import { parseJsonList, searchAny } from './sql-helpers.js';

export interface StoredRisk extends RiskEntry {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const toRisk = (row: RiskTable): StoredRisk => ({
  id: row.id,
  organizationId: row.organization_id,
  kind: row.kind as RiskKind,
  statement: row.statement,
  description: row.description,
  source: row.source,
  annexCRiskSourceId: row.annex_c_risk_source_id as AnnexCRiskSourceId | null,
  annexCObjectiveIds: parseJsonList<AnnexCObjectiveId>(row.annex_c_objective_ids),
  aiSystemIds: parseJsonList<string>(row.ai_system_ids),
  consequencesForOrganization: row.consequences_for_organization,
  consequencesForIndividuals: row.consequences_for_individuals,
  existingControls: row.existing_controls,
  ownerUserId: row.owner_user_id,
  criteriaVersionId: row.criteria_version_id,
  likelihood: row.likelihood,
  consequence: row.consequence,
  inherentLevel: row.inherent_level,
  inherentRank: row.inherent_rank,
  treatmentOption: row.treatment_option as TreatmentOption | null,
  treatmentDueDate: row.treatment_due_date,
  residualLikelihood: row.residual_likelihood,
  residualConsequence: row.residual_consequence,
  residualLevel: row.residual_level,
  residualRank: row.residual_rank,
  reviewDate: row.review_date,
  status: row.status as RiskStatus,
  acceptedUntil: row.accepted_until,
  acceptanceRequestedByUserId: row.acceptance_requested_by_user_id,
  impactAssessmentId: row.impact_assessment_id,
  impactId: row.impact_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (risk: StoredRisk): RiskTable => ({
  id: risk.id,
  organization_id: risk.organizationId,
  kind: risk.kind,
  statement: risk.statement,
  description: risk.description,
  source: risk.source,
  annex_c_risk_source_id: risk.annexCRiskSourceId,
  annex_c_objective_ids: JSON.stringify(risk.annexCObjectiveIds),
  ai_system_ids: JSON.stringify(risk.aiSystemIds),
  consequences_for_organization: risk.consequencesForOrganization,
  consequences_for_individuals: risk.consequencesForIndividuals,
  existing_controls: risk.existingControls,
  owner_user_id: risk.ownerUserId,
  criteria_version_id: risk.criteriaVersionId,
  likelihood: risk.likelihood,
  consequence: risk.consequence,
  inherent_level: risk.inherentLevel,
  inherent_rank: risk.inherentRank,
  treatment_option: risk.treatmentOption,
  treatment_due_date: risk.treatmentDueDate,
  residual_likelihood: risk.residualLikelihood,
  residual_consequence: risk.residualConsequence,
  residual_level: risk.residualLevel,
  residual_rank: risk.residualRank,
  review_date: risk.reviewDate,
  status: risk.status,
  accepted_until: risk.acceptedUntil,
  acceptance_requested_by_user_id: risk.acceptanceRequestedByUserId,
  impact_assessment_id: risk.impactAssessmentId,
  impact_id: risk.impactId,
  created_at: risk.createdAt,
  updated_at: risk.updatedAt,
});

const rows = registerRows('risk', toRow, toRisk);
export const findRisk = rows.find;
export const insertRisk = rows.insert;
export const updateRisk = rows.update;
export const deleteRisk = rows.remove;

export const RISK_SORT_FIELDS = [
  'residualLevel',
  'inherentLevel',
  'statement',
  'reviewDate',
  'updatedAt',
] as const;
export type RiskSortField = (typeof RISK_SORT_FIELDS)[number];

export interface RiskQuery extends SortedRegisterQuery<RiskSortField> {
  readonly kind?: RiskKind;
  readonly status?: RiskStatus;
  readonly inherentLevel?: string;
  readonly residualLevel?: string;
  /** A heat-map cell: the inherent (or, with `residual`, residual) likelihood and consequence. */
  readonly likelihood?: number;
  readonly consequence?: number;
  readonly residualLikelihood?: number;
  readonly residualConsequence?: number;
  readonly treatmentOption?: TreatmentOption;
  readonly aiSystemId?: string;
  readonly ownerUserId?: string;
}

/** The residual level where there is one, else the inherent one: what the risk stands at now. */
const currentRank = 'coalesce(residual_rank, inherent_rank)';

/** One page of risks and the total that match the filters. */
export const listRisks = async (
  db: Executor,
  query: RiskQuery,
): Promise<{ items: StoredRisk[]; total: number }> => {
  let base = db.selectFrom('risk').where('organization_id', '=', query.organizationId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.inherentLevel) base = base.where('inherent_level', '=', query.inherentLevel);
  if (query.residualLevel) base = base.where('residual_level', '=', query.residualLevel);
  if (query.likelihood !== undefined) base = base.where('likelihood', '=', query.likelihood);
  if (query.consequence !== undefined) base = base.where('consequence', '=', query.consequence);
  if (query.residualLikelihood !== undefined)
    base = base.where('residual_likelihood', '=', query.residualLikelihood);
  if (query.residualConsequence !== undefined)
    base = base.where('residual_consequence', '=', query.residualConsequence);
  if (query.treatmentOption) base = base.where('treatment_option', '=', query.treatmentOption);
  if (query.ownerUserId) base = base.where('owner_user_id', '=', query.ownerUserId);
  // Ids are stored as a JSON array of UUIDs, so a quoted match is exact.
  if (query.aiSystemId) base = base.where('ai_system_ids', 'like', `%"${query.aiSystemId}"%`);
  if (query.search)
    base = base.where(searchAny(['risk.statement', 'risk.description'], query.search));
  return registerPage(
    base,
    (page) => {
      const { direction } = query;
      // By level, the register reads in priority order: ascending runs from the severest down.
      const severestFirst = direction === 'asc' ? 'desc' : 'asc';
      switch (query.sort) {
        case 'residualLevel':
          return page
            .orderBy(sql.raw(`case when ${currentRank} is null then 1 else 0 end`))
            .orderBy(sql.raw(currentRank), severestFirst)
            .orderBy('inherent_rank', severestFirst)
            .orderBy('id', direction);
        case 'inherentLevel':
          return page
            .orderBy(sql.raw('case when inherent_rank is null then 1 else 0 end'))
            .orderBy('inherent_rank', severestFirst)
            .orderBy('id', direction);
        case 'statement':
          return page.orderBy('statement', direction).orderBy('id', direction);
        case 'reviewDate':
          return page
            .orderBy(sql.raw('case when review_date is null then 1 else 0 end'))
            .orderBy('review_date', direction)
            .orderBy('id', direction);
        case 'updatedAt':
          return page.orderBy('updated_at', direction).orderBy('id', direction);
      }
    },
    query,
    toRisk,
  );
};

/** Accepted risks whose acceptance lapses on or before `today`, across organizations. */
export const risksWithLapsedAcceptance = async (
  db: Executor,
  today: string,
): Promise<StoredRisk[]> =>
  (
    await db
      .selectFrom('risk')
      .selectAll()
      .where('status', '=', 'accepted')
      .where('accepted_until', '<=', today)
      .orderBy('organization_id')
      .orderBy('id')
      .execute()
  ).map(toRisk);

/** How many risks sit in each cell of the heat map, inherent and residual, in two statements. */
export const riskCellCounts = async (
  db: Executor,
  organizationId: string,
  criteriaVersionId: string,
): Promise<{
  inherent: { likelihood: number; consequence: number; count: number }[];
  residual: { likelihood: number; consequence: number; count: number }[];
}> => {
  const of = async (
    likelihood: 'likelihood' | 'residual_likelihood',
    consequence: 'consequence' | 'residual_consequence',
  ) =>
    (
      await db
        .selectFrom('risk')
        .select([`${likelihood} as likelihood`, `${consequence} as consequence`])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('criteria_version_id', '=', criteriaVersionId)
        .where('kind', '=', 'risk')
        .where('status', '!=', 'closed')
        .where(likelihood, 'is not', null)
        .groupBy([likelihood, consequence])
        .execute()
    ).map((row) => ({
      likelihood: Number(row.likelihood),
      consequence: Number(row.consequence),
      count: Number(row.count),
    }));
  return {
    inherent: await of('likelihood', 'consequence'),
    residual: await of('residual_likelihood', 'residual_consequence'),
  };
};

/** Open risks the heat map cannot place: not scored yet, or scored against other criteria. */
export const riskCountsOffMap = async (
  db: Executor,
  organizationId: string,
  criteriaVersionId: string,
): Promise<{ unscored: number; otherCriteria: number }> => {
  const rows = await db
    .selectFrom('risk')
    .select((eb) => [
      eb.fn
        .sum<number>(eb.case().when('likelihood', 'is', null).then(1).else(0).end())
        .as('unscored'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.and([
                eb('likelihood', 'is not', null),
                eb('criteria_version_id', '!=', criteriaVersionId),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('other_criteria'),
    ])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'risk')
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  return {
    unscored: Number(rows?.unscored ?? 0),
    otherCriteria: Number(rows?.other_criteria ?? 0),
  };
};

/** The risks raised from harms of the impact assessment versions given (one query). */
export const risksRaisedFrom = async (
  db: Executor,
  organizationId: string,
  impactAssessmentIds: readonly string[],
): Promise<StoredRisk[]> =>
  impactAssessmentIds.length === 0
    ? []
    : (
        await db
          .selectFrom('risk')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('impact_assessment_id', 'in', [...impactAssessmentIds])
          .orderBy('created_at')
          .execute()
      ).map(toRisk);

/** The distinct criteria versions the risks given were scored against (one query). */
export const criteriaVersionIdsOf = async (
  db: Executor,
  organizationId: string,
  riskIds: readonly string[],
): Promise<string[]> =>
  riskIds.length === 0
    ? []
    : (
        await db
          .selectFrom('risk')
          .select('criteria_version_id')
          .distinct()
          .where('organization_id', '=', organizationId)
          .where('id', 'in', [...riskIds])
          .where('criteria_version_id', 'is not', null)
          .execute()
      ).flatMap((row) => (row.criteria_version_id ? [row.criteria_version_id] : []));
