/** The AI system inventory of one organization. */
import { sql } from 'kysely';
import type { AiSystem, AiSystemSortField, LifecycleStage } from '../domain/ai-system/ai-system.js';
import type {
  AiRole,
  AiSubRole,
  AutomationLevel,
  DataCategory,
  ThirdPartyComponent,
} from '../domain/ai-system/classification.js';
import type {
  EuAiActRole,
  EuAnnexIRelation,
  EuAnnexIiiArea,
  EuDerogation,
  EuHighRiskRoute,
  EuRiskClass,
  EuTransparencyObligation,
} from '../domain/ai-system/eu-ai-act.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { SortedRegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import { fromFlag, parseJsonList, toFlag } from './sql-helpers.js';
import { matchesSearch } from './register-search.js';
import type { AiSystemTable } from './schema.js';

const toAiSystem = (row: AiSystemTable): AiSystem => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  purpose: row.purpose,
  description: row.description,
  ownerUserId: row.owner_user_id,
  lifecycleStage: row.lifecycle_stage as LifecycleStage,
  aiRoles: parseJsonList<AiRole>(row.ai_roles),
  aiSubRoles: parseJsonList<AiSubRole>(row.ai_sub_roles),
  euAiActRoles: parseJsonList<EuAiActRole>(row.eu_ai_act_roles),
  isGeneralPurposeModel: fromFlag(row.is_general_purpose_model),
  hasSystemicRisk: fromFlag(row.has_systemic_risk),
  isBuiltOnGeneralPurposeModel: fromFlag(row.is_built_on_gpai_model),
  euRiskClass: row.eu_risk_class as EuRiskClass | null,
  euHighRiskRoute: row.eu_high_risk_route as EuHighRiskRoute | null,
  euAnnexIRelation: row.eu_annex_i_relation as EuAnnexIRelation | null,
  euAnnexILegislation: row.eu_annex_i_legislation,
  isThirdPartyAssessmentRequired: fromFlag(row.is_third_party_assessment_required),
  euAnnexIiiArea: row.eu_annex_iii_area as EuAnnexIiiArea | null,
  euDerogation: row.eu_derogation as EuDerogation | null,
  euDerogationReasoning: row.eu_derogation_reasoning,
  hasTransparencyObligations: fromFlag(row.has_transparency_obligations),
  euTransparencyObligations: parseJsonList<EuTransparencyObligation>(
    row.eu_transparency_obligations,
  ),
  thirdPartyComponents: parseJsonList<ThirdPartyComponent>(row.third_party_components),
  dataCategories: parseJsonList<DataCategory>(row.data_categories),
  automationLevel: row.automation_level as AutomationLevel | null,
  humanOversight: row.human_oversight,
  isInScope: fromFlag(row.is_in_scope),
  outOfScopeReason: row.out_of_scope_reason,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (system: AiSystem): AiSystemTable => ({
  id: system.id,
  organization_id: system.organizationId,
  name: system.name,
  purpose: system.purpose,
  description: system.description,
  owner_user_id: system.ownerUserId,
  lifecycle_stage: system.lifecycleStage,
  ai_roles: JSON.stringify(system.aiRoles),
  ai_sub_roles: JSON.stringify(system.aiSubRoles),
  eu_ai_act_roles: JSON.stringify(system.euAiActRoles),
  is_general_purpose_model: toFlag(system.isGeneralPurposeModel),
  has_systemic_risk: toFlag(system.hasSystemicRisk),
  is_built_on_gpai_model: toFlag(system.isBuiltOnGeneralPurposeModel),
  eu_risk_class: system.euRiskClass,
  eu_high_risk_route: system.euHighRiskRoute,
  eu_annex_i_relation: system.euAnnexIRelation,
  eu_annex_i_legislation: system.euAnnexILegislation,
  is_third_party_assessment_required: toFlag(system.isThirdPartyAssessmentRequired),
  eu_annex_iii_area: system.euAnnexIiiArea,
  eu_derogation: system.euDerogation,
  eu_derogation_reasoning: system.euDerogationReasoning,
  has_transparency_obligations: toFlag(system.hasTransparencyObligations),
  eu_transparency_obligations: JSON.stringify(system.euTransparencyObligations),
  third_party_components: JSON.stringify(system.thirdPartyComponents),
  data_categories: JSON.stringify(system.dataCategories),
  automation_level: system.automationLevel,
  human_oversight: system.humanOversight,
  is_in_scope: toFlag(system.isInScope),
  out_of_scope_reason: system.outOfScopeReason,
  created_at: system.createdAt,
  updated_at: system.updatedAt,
});

const rows = registerRows('ai_system', toRow, toAiSystem);
export const findAiSystem = rows.find;
export const insertAiSystem = rows.insert;
export const insertAiSystems = rows.insertMany;
export const updateAiSystem = rows.update;

/** The ids among those given that are AI systems of the organization. */
export const existingAiSystemIds = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db
      .selectFrom('ai_system')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
    rows.forEach((row) => found.add(row.id));
  }
  return found;
};

const idsAndNames = (db: Executor, organizationId: string) =>
  db
    .selectFrom('ai_system')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .execute();

/** Lower-cased names of the organization's systems to their ids (import look-ups). */
export const aiSystemNames = async (db: Executor, organizationId: string) =>
  new Map((await idsAndNames(db, organizationId)).map((row) => [row.name.toLowerCase(), row.id]));

/** The name of each AI system of the organization, by id (exports). */
export const aiSystemNamesById = async (db: Executor, organizationId: string) =>
  new Map((await idsAndNames(db, organizationId)).map((row) => [row.id, row.name]));

/** The list's filters: each one value, matched exactly. */
export interface AiSystemFilters {
  readonly lifecycleStage?: LifecycleStage;
  readonly isInScope?: boolean;
  readonly aiRole?: AiRole;
  readonly euAiActRole?: EuAiActRole;
  readonly euRiskClass?: EuRiskClass;
  readonly euHighRiskRoute?: EuHighRiskRoute;
  readonly isGeneralPurposeModel?: boolean;
  readonly hasTransparencyObligations?: boolean;
  readonly ownerUserId?: string;
}

export interface AiSystemQuery extends SortedRegisterQuery<AiSystemSortField>, AiSystemFilters {}

const SORT_COLUMNS = {
  name: 'name',
  lifecycleStage: 'lifecycle_stage',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<AiSystemSortField, keyof AiSystemTable>;

/** One page of an organization's AI systems and the total that match the filters. */
export const listAiSystems = async (
  db: Executor,
  query: AiSystemQuery,
): Promise<{ items: AiSystem[]; total: number }> => {
  let base = db.selectFrom('ai_system').where('organization_id', '=', query.organizationId);
  if (query.search) base = base.where(matchesSearch(db, 'ai_system', query.search));
  if (query.lifecycleStage) base = base.where('lifecycle_stage', '=', query.lifecycleStage);
  if (query.isInScope !== undefined) base = base.where('is_in_scope', '=', toFlag(query.isInScope));
  // Roles are stored as JSON arrays of known words, so a quoted match is exact.
  if (query.aiRole) base = base.where('ai_roles', 'like', `%"${query.aiRole}"%`);
  if (query.euAiActRole) base = base.where('eu_ai_act_roles', 'like', `%"${query.euAiActRole}"%`);
  // The single-value filters below each have an index after the organization (see the migration).
  if (query.euRiskClass) base = base.where('eu_risk_class', '=', query.euRiskClass);
  if (query.euHighRiskRoute) base = base.where('eu_high_risk_route', '=', query.euHighRiskRoute);
  if (query.isGeneralPurposeModel !== undefined)
    base = base.where('is_general_purpose_model', '=', toFlag(query.isGeneralPurposeModel));
  if (query.hasTransparencyObligations !== undefined)
    base = base.where(
      'has_transparency_obligations',
      '=',
      toFlag(query.hasTransparencyObligations),
    );
  if (query.ownerUserId) base = base.where('owner_user_id', '=', query.ownerUserId);
  const sortKey = query.sort === 'name' ? sql`lower(name)` : sql.ref(SORT_COLUMNS[query.sort]);
  return registerPage(
    base,
    (rows) => rows.orderBy(sortKey, query.direction).orderBy('id', query.direction),
    query,
    toAiSystem,
  );
};
