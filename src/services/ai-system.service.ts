/** The AI system inventory: list with filters and paging, read, add, change. */
import {
  AI_SYSTEM_SORT_FIELDS,
  validateAiSystem,
  type AiSystem,
  type AiSystemDetails,
  type AiSystemInput,
  type AiSystemSortField,
  type LifecycleStage,
} from '../domain/ai-system/ai-system.js';
import type { AiRole, EuRiskClass } from '../domain/ai-system/classification.js';
import { conflict, invalid, notFound, type FieldIssue } from '../domain/errors.js';
import {
  findAiSystem,
  insertAiSystem,
  listAiSystems,
  updateAiSystem,
} from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { rolesOfUserIn } from '../storage/organization.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import { inTransaction, now, reader, type Actor, type ServiceDeps } from './context.js';

export interface AiSystemListQuery {
  readonly search?: string;
  readonly lifecycleStage?: LifecycleStage;
  readonly isInScope?: boolean;
  readonly euRiskClass?: EuRiskClass;
  readonly aiRole?: AiRole;
  readonly sort?: AiSystemSortField;
  readonly direction?: 'asc' | 'desc';
  readonly page?: number;
  readonly pageSize?: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** A partial change: the fields given replace the stored ones. */
export type AiSystemPatch = Partial<AiSystemInput>;

/** The owner must be a member of the organization. */
export const checkOwner = async (
  db: Executor,
  organizationId: string,
  ownerUserId: string | null,
  issues: FieldIssue[],
  field = 'ownerUserId',
): Promise<void> => {
  if (ownerUserId === null) return;
  if ((await rolesOfUserIn(db, organizationId, ownerUserId)).length === 0) {
    issues.push({ field, reason: 'must be a member of the organization' });
  }
};

const nameTaken = () =>
  conflict('AI_SYSTEM_NAME_TAKEN', 'An AI system with this name already exists', { field: 'name' });

/** Checks a system's details in the organization; throws AI_SYSTEM_INVALID with every issue. */
export const checkAiSystem = async (
  db: Executor,
  organizationId: string,
  input: AiSystemInput,
): Promise<AiSystemDetails> => {
  const { details, issues } = validateAiSystem(input);
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  if (issues.length > 0)
    throw invalid('AI_SYSTEM_INVALID', 'The AI system is not acceptable', issues);
  return details;
};

export const createAiSystemService = (deps: ServiceDeps) => ({
  async list(
    actor: Actor,
    organizationId: string,
    query: AiSystemListQuery,
  ): Promise<Page<AiSystem>> {
    await authorize(reader(deps), actor, organizationId, 'ai_system.read');
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 25));
    const sort = query.sort && AI_SYSTEM_SORT_FIELDS.includes(query.sort) ? query.sort : 'name';
    const { search, page: _page, pageSize: _size, sort: _sort, direction, ...filters } = query;
    const result = await listAiSystems(reader(deps), {
      organizationId,
      ...filters,
      ...(search?.trim() ? { search: search.trim() } : {}),
      sort,
      direction: direction ?? 'asc',
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { ...result, page, pageSize };
  },

  async get(actor: Actor, organizationId: string, id: string): Promise<AiSystem> {
    await authorize(reader(deps), actor, organizationId, 'ai_system.read');
    const system = await findAiSystem(reader(deps), organizationId, id);
    if (!system) throw notFound('AI_SYSTEM_NOT_FOUND', 'No such AI system', { aiSystemId: id });
    return system;
  },

  async create(actor: Actor, organizationId: string, input: AiSystemInput): Promise<AiSystem> {
    return inTransaction(deps, async (trx) => {
      await authorize(trx, actor, organizationId, 'ai_system.write');
      const details = await checkAiSystem(trx, organizationId, input);
      const at = now(deps);
      const system: AiSystem = {
        ...details,
        id: deps.newId(),
        organizationId,
        createdAt: at,
        updatedAt: at,
      };
      await onUniqueViolation(() => insertAiSystem(trx, system), nameTaken);
      await recordChange(trx, deps, actor, {
        organizationId,
        action: 'ai_system.created',
        entityType: 'ai_system',
        entityId: system.id,
        after: system,
      });
      return system;
    });
  },

  async update(
    actor: Actor,
    organizationId: string,
    id: string,
    patch: AiSystemPatch,
  ): Promise<AiSystem> {
    return inTransaction(deps, async (trx) => {
      await authorize(trx, actor, organizationId, 'ai_system.write');
      const before = await findAiSystem(trx, organizationId, id);
      if (!before) throw notFound('AI_SYSTEM_NOT_FOUND', 'No such AI system', { aiSystemId: id });
      const details = await checkAiSystem(trx, organizationId, { ...before, ...patch });
      const after: AiSystem = { ...before, ...details, updatedAt: now(deps) };
      await onUniqueViolation(() => updateAiSystem(trx, after), nameTaken);
      await recordChange(trx, deps, actor, {
        organizationId,
        action: 'ai_system.updated',
        entityType: 'ai_system',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },
});

export type AiSystemService = ReturnType<typeof createAiSystemService>;
