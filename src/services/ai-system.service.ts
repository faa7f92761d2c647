/** The AI system inventory: list with filters and paging, read one, add one. */
import {
  AI_SYSTEM_SORT_FIELDS,
  LIFECYCLE_STAGES,
  type AiSystem,
  type AiSystemSortField,
  type LifecycleStage,
} from '../domain/ai-system/ai-system.js';
import { conflict, invalid, notFound, type FieldIssue } from '../domain/errors.js';
import { LONG_TEXT_MAX, checkOneOf, checkText } from '../domain/validation.js';
import { findAiSystem, insertAiSystem, listAiSystems } from '../storage/ai-system.repository.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import { inTransaction, now, reader, type Actor, type ServiceDeps } from './context.js';

export interface AiSystemListQuery {
  readonly search?: string;
  readonly lifecycleStage?: LifecycleStage;
  readonly isInScope?: boolean;
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

export interface NewAiSystemInput {
  readonly name: string;
  readonly purpose: string;
  readonly lifecycleStage: string;
  readonly isInScope: boolean;
}

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
    const result = await listAiSystems(reader(deps), {
      organizationId,
      ...(query.search?.trim() ? { search: query.search.trim() } : {}),
      ...(query.lifecycleStage ? { lifecycleStage: query.lifecycleStage } : {}),
      ...(query.isInScope !== undefined ? { isInScope: query.isInScope } : {}),
      sort,
      direction: query.direction ?? 'asc',
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

  async create(actor: Actor, organizationId: string, input: NewAiSystemInput): Promise<AiSystem> {
    return inTransaction(deps, async (trx) => {
      await authorize(trx, actor, organizationId, 'ai_system.write');
      const issues: FieldIssue[] = [];
      const name = checkText(issues, 'name', input.name);
      const purpose = checkText(issues, 'purpose', input.purpose, LONG_TEXT_MAX);
      const lifecycleStage = checkOneOf(
        issues,
        'lifecycleStage',
        input.lifecycleStage,
        LIFECYCLE_STAGES,
      );
      if (issues.length > 0)
        throw invalid('AI_SYSTEM_INVALID', 'The AI system is not acceptable', issues);
      const at = now(deps);
      const system: AiSystem = {
        id: deps.newId(),
        organizationId,
        name,
        purpose,
        lifecycleStage,
        isInScope: input.isInScope,
        createdAt: at,
        updatedAt: at,
      };
      await onUniqueViolation(
        () => insertAiSystem(trx, system),
        () =>
          conflict('AI_SYSTEM_NAME_TAKEN', 'An AI system with this name already exists', {
            field: 'name',
          }),
      );
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
});

export type AiSystemService = ReturnType<typeof createAiSystemService>;
