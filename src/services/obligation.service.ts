/**
 * The obligations register: legal, regulatory, contractual and voluntary
 * requirements on the organization's AI systems, each with an owner, a
 * compliance status and a review date that turns overdue once it passes.
 */
import { invalid, notFound, type FieldIssue } from '../domain/errors.js';
import {
  OBLIGATION_SORT_FIELDS,
  isReviewOverdue,
  validateObligation,
  type ComplianceStatus,
  type ObligationDetails,
  type ObligationInput,
  type ObligationKind,
  type ObligationSortField,
} from '../domain/obligation/obligation.js';
import { existingAiSystemIds } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import {
  deleteObligation,
  findObligation,
  insertObligation,
  listObligations,
  updateObligation,
} from '../storage/obligation.repository.js';
import { checkOwner } from './ai-system.service.js';
import { createRegisterService, type PageRequest } from './context.service.js';
import type { ServiceDeps } from './context.js';

export interface ObligationListQuery extends PageRequest {
  readonly kind?: ObligationKind;
  readonly complianceStatus?: ComplianceStatus;
  readonly aiSystemId?: string;
  readonly ownerUserId?: string;
  readonly overdue?: boolean;
  readonly sort?: ObligationSortField;
  readonly direction?: 'asc' | 'desc';
}

// Only id-shaped values go to the database: an import row may hold any text, even NUL.
const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reports, by its position in the list given, each id that is not an AI system of the organization. */
const checkAiSystems = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  issues: FieldIssue[],
): Promise<void> => {
  const trimmed = ids.map((id) => id.trim());
  const known = await existingAiSystemIds(db, organizationId, [
    ...new Set(trimmed.filter((id) => ID_SHAPE.test(id))),
  ]);
  trimmed.forEach((id, index) => {
    if (id.length > 0 && !known.has(id))
      issues.push({
        field: `aiSystemIds.${index}`,
        reason: 'is not an AI system of this organization',
      });
  });
};

/**
 * Checks an obligation within the organization — its own rules, then that the
 * owner is a member and every AI system is one of the organization's — and
 * throws OBLIGATION_INVALID with every issue. Importers call it per row.
 */
export const checkObligation = async (
  db: Executor,
  organizationId: string,
  input: ObligationInput,
): Promise<ObligationDetails> => {
  const { details, issues } = validateObligation(input);
  const owner = details.ownerUserId;
  if (owner !== null && !ID_SHAPE.test(owner))
    issues.push({ field: 'ownerUserId', reason: 'must be a member of the organization' });
  else await checkOwner(db, organizationId, owner, issues);
  await checkAiSystems(db, organizationId, input.aiSystemIds ?? [], issues);
  if (issues.length > 0)
    throw invalid('OBLIGATION_INVALID', 'The obligation is not acceptable', issues);
  return details;
};

/** The obligations register, with the overdue flag worked out on today's date. */
export const createObligationService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'obligation',
    notFound: (id: string) =>
      notFound('OBLIGATION_NOT_FOUND', 'No such obligation', { obligationId: id }),
    check: (db: Executor, organizationId: string, input: ObligationInput) =>
      checkObligation(db, organizationId, input),
    inputOf: (row: ObligationDetails): ObligationInput => row,
    derive: (row, today) => ({ isReviewOverdue: isReviewOverdue(row.nextReviewDate, today) }),
    find: findObligation,
    insert: insertObligation,
    save: updateObligation,
    remove: deleteObligation,
    list: (db, organizationId, query: ObligationListQuery, window) => {
      const { page: _p, pageSize: _s, search: _q, sort, direction, ...filters } = query;
      return listObligations(db, {
        organizationId,
        ...filters,
        ...window,
        sort: sort && OBLIGATION_SORT_FIELDS.includes(sort) ? sort : 'source',
        direction: direction ?? 'asc',
      });
    },
  });

export type ObligationService = ReturnType<typeof createObligationService>;
