/**
 * The obligations register: legal, regulatory, contractual and voluntary
 * requirements on the organization's AI systems, each with an owner, a
 * compliance status and a review date that turns overdue once it passes.
 */
import { invalid, notFound } from '../../domain/errors.js';
import {
  OBLIGATION_SORT_FIELDS,
  isReviewOverdue,
  validateObligation,
} from '../../domain/obligation/obligation.js';
import type {
  ComplianceStatus,
  ObligationDetails,
  ObligationInput,
  ObligationKind,
  ObligationSortField,
} from '../../domain/obligation/obligation.js';
import type { Executor } from '../../storage/database.js';
import {
  deleteObligation,
  findObligation,
  insertObligation,
  listObligations,
  updateObligation,
} from '../../storage/obligation.repository.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import type { ServiceDeps } from '../context.js';
import { checkAiSystemLinks } from './ai-system-links.js';
import { checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { RepositoryQuery } from './register-engine.js';

export interface ObligationFilters {
  readonly kind?: ObligationKind;
  readonly complianceStatus?: ComplianceStatus;
  readonly aiSystemId?: string;
  readonly ownerUserId?: string;
  readonly overdue?: boolean;
}

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
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  await checkAiSystemLinks(db, organizationId, input.aiSystemIds ?? [], issues);
  if (issues.length > 0)
    throw invalid('OBLIGATION_INVALID', 'The obligation is not acceptable', issues);
  return details;
};

/** The obligations register, with the overdue flag worked out on today's date. */
export const createObligationService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'obligation',
    policy: { ...AIMS_REGISTER_POLICY, canImport: true },
    sort: { fields: OBLIGATION_SORT_FIELDS, default: 'source' },
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
    list: (db, query: RepositoryQuery<ObligationFilters, ObligationSortField>) =>
      listObligations(db, query),
  });

export type ObligationService = ReturnType<typeof createObligationService>;
