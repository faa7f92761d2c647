/**
 * The context of the organization: its internal and external issues (clause
 * 4.1) and its interested parties with their requirements (clause 4.2). Both
 * are plain registers — list, read, add, change, delete, each change audited —
 * built on one register service that the obligations register shares.
 */
import { validateContextIssue } from '../../domain/context/context-issue.js';
import type {
  ContextIssueDetails,
  ContextIssueInput,
  ContextIssueKind,
} from '../../domain/context/context-issue.js';
import {
  requirementCounts,
  validateInterestedParty,
} from '../../domain/context/interested-party.js';
import type {
  InterestedPartyDetails,
  InterestedPartyInput,
  InterestedPartyKind,
} from '../../domain/context/interested-party.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { RegisterPolicy } from '../../domain/register/register-actions.js';
import {
  deleteContextIssue,
  deleteInterestedParty,
  findContextIssue,
  findInterestedParty,
  findInterestedPartyIdByName,
  insertContextIssue,
  insertInterestedParty,
  listContextIssues,
  listInterestedParties,
  updateContextIssue,
  updateInterestedParty,
} from '../../storage/context.repository.js';
import type { Executor } from '../../storage/database.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import type { ServiceDeps } from '../context.js';
import { createRegisterService } from './register-engine.js';
import type { RepositoryQuery } from './register-engine.js';

/** The pre-work registers read with aims.read and written with aims.write. */
export const AIMS_REGISTER_POLICY: RegisterPolicy = {
  read: 'aims.read',
  write: 'aims.write',
  canDelete: true,
  canImport: false,
  canExport: true,
};

export interface ContextIssueFilters {
  readonly kind?: ContextIssueKind;
  readonly isClimateRelevant?: boolean;
}

/** Context issues (clause 4.1), sorted by kind then title. */
export const createContextIssueService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'context_issue',
    policy: AIMS_REGISTER_POLICY,
    notFound: (id: string) =>
      notFound('CONTEXT_ISSUE_NOT_FOUND', 'No such context issue', { contextIssueId: id }),
    check: async (_db: Executor, _orgId: string, input: ContextIssueInput) => {
      const { details, issues } = validateContextIssue(input);
      if (issues.length > 0)
        throw invalid('CONTEXT_ISSUE_INVALID', 'The context issue is not acceptable', issues);
      return details;
    },
    inputOf: (row: ContextIssueDetails): ContextIssueInput => row,
    derive: () => ({}),
    find: findContextIssue,
    insert: insertContextIssue,
    save: updateContextIssue,
    remove: deleteContextIssue,
    list: (db, query: RepositoryQuery<ContextIssueFilters>) => listContextIssues(db, query),
  });

export interface InterestedPartyFilters {
  readonly kind?: InterestedPartyKind;
  readonly hasUnaddressed?: boolean;
}

const nameTaken = () =>
  conflict('INTERESTED_PARTY_NAME_TAKEN', 'An interested party with this name already exists', {
    field: 'name',
  });

const checkInterestedParty = async (
  db: Executor,
  organizationId: string,
  input: InterestedPartyInput,
  selfId: string | null,
): Promise<InterestedPartyDetails> => {
  const { details, issues } = validateInterestedParty(input);
  if (issues.length > 0)
    throw invalid('INTERESTED_PARTY_INVALID', 'The interested party is not acceptable', issues);
  const holder = await findInterestedPartyIdByName(db, organizationId, details.name);
  if (holder !== undefined && holder !== selfId) throw nameTaken();
  return details;
};

/** Interested parties (clause 4.2), with how many of their requirements the AIMS addresses. */
export const createInterestedPartyService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'interested_party',
    policy: AIMS_REGISTER_POLICY,
    notFound: (id: string) =>
      notFound('INTERESTED_PARTY_NOT_FOUND', 'No such interested party', { interestedPartyId: id }),
    check: checkInterestedParty,
    inputOf: (row: InterestedPartyDetails): InterestedPartyInput => row,
    derive: (row) => requirementCounts(row.requirements),
    find: findInterestedParty,
    insert: (db, row) => onUniqueViolation(() => insertInterestedParty(db, row), nameTaken),
    save: (db, row) => onUniqueViolation(() => updateInterestedParty(db, row), nameTaken),
    remove: deleteInterestedParty,
    list: (db, query: RepositoryQuery<InterestedPartyFilters>) => listInterestedParties(db, query),
  });

export type ContextIssueService = ReturnType<typeof createContextIssueService>;
export type InterestedPartyService = ReturnType<typeof createInterestedPartyService>;
