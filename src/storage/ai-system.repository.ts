/** The AI system inventory of one organization. */
import { sql } from 'kysely';
import type { AiSystem, AiSystemSortField, LifecycleStage } from '../domain/ai-system/ai-system.js';
import type {
  AiRole,
  AutomationLevel,
  DataCategory,
  EuAiActRole,
  EuAnnexIiiArea,
  EuRiskClass,
  ThirdPartyComponent,
} from '../domain/ai-system/classification.js';
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
  euAiActRole: row.eu_ai_act_role as EuAiActRole | null,
  euRiskClass: row.eu_risk_class as EuRiskClass | null,
  euAnnexIiiArea: row.eu_annex_iii_area as EuAnnexIiiArea | null,
  isGeneralPurposeModel: fromFlag(row.is_general_purpose_model),
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
  eu_ai_act_role: system.euAiActRole,
  eu_risk_class: system.euRiskClass,
  eu_annex_iii_area: system.euAnnexIiiArea,
  is_general_purpose_model: toFlag(system.isGeneralPurposeModel),
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

export interface AiSystemQuery extends SortedRegisterQuery<AiSystemSortField> {
  readonly lifecycleStage?: LifecycleStage;
  readonly isInScope?: boolean;
  readonly euRiskClass?: EuRiskClass;
  readonly aiRole?: AiRole;
}

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
  if (query.euRiskClass) base = base.where('eu_risk_class', '=', query.euRiskClass);
  // Roles are stored as a JSON array of known words, so a quoted match is exact.
  if (query.aiRole) base = base.where('ai_roles', 'like', `%"${query.aiRole}"%`);
  const sortKey = query.sort === 'name' ? sql`lower(name)` : sql.ref(SORT_COLUMNS[query.sort]);
  return registerPage(
    base,
    (rows) => rows.orderBy(sortKey, query.direction).orderBy('id', query.direction),
    query,
    toAiSystem,
  );
};
