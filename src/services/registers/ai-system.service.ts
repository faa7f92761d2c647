/** The AI system inventory: list with filters and paging, read, add, change. */
import { AI_SYSTEM_SORT_FIELDS, validateAiSystem } from '../../domain/ai-system/ai-system.js';
import type {
  AiSystemDetails,
  AiSystemInput,
  AiSystemSortField,
} from '../../domain/ai-system/ai-system.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { RegisterPolicy } from '../../domain/register/register-actions.js';
import {
  findAiSystem,
  insertAiSystem,
  listAiSystems,
  updateAiSystem,
} from '../../storage/ai-system.repository.js';
import type { AiSystemFilters } from '../../storage/ai-system.repository.js';
import type { Executor } from '../../storage/database.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import type { ServiceDeps } from '../context.js';
import { checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { ListQuery, RepositoryQuery } from './register-engine.js';

export type { AiSystemFilters };

export type AiSystemListQuery = ListQuery<AiSystemFilters, AiSystemSortField>;

/** A partial change: the fields given replace the stored ones. */
export type AiSystemPatch = Partial<AiSystemInput>;

/** The inventory has its own permissions; systems are kept, never deleted (mark them retired). */
export const AI_SYSTEM_POLICY: RegisterPolicy = {
  read: 'ai_system.read',
  write: 'ai_system.write',
  canDelete: false,
  canImport: true,
  canExport: true,
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

export const createAiSystemService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'ai_system',
    policy: AI_SYSTEM_POLICY,
    sort: { fields: AI_SYSTEM_SORT_FIELDS, default: 'name' },
    notFound: (id: string) =>
      notFound('AI_SYSTEM_NOT_FOUND', 'No such AI system', { aiSystemId: id }),
    check: (db: Executor, organizationId: string, input: AiSystemInput) =>
      checkAiSystem(db, organizationId, input),
    inputOf: (row: AiSystemDetails): AiSystemInput => row,
    derive: () => ({}),
    find: findAiSystem,
    insert: (db, row) => onUniqueViolation(() => insertAiSystem(db, row), nameTaken),
    save: (db, row) => onUniqueViolation(() => updateAiSystem(db, row), nameTaken),
    list: (db, query: RepositoryQuery<AiSystemFilters, AiSystemSortField>) =>
      listAiSystems(db, query),
  });

export type AiSystemService = ReturnType<typeof createAiSystemService>;
