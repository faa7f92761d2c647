/**
 * The context of the organization: its internal and external issues (clause
 * 4.1) and its interested parties with their requirements (clause 4.2). Both
 * are plain registers — list, read, add, change, delete, each change audited —
 * built on one register service that the obligations register shares.
 */
import {
  validateContextIssue,
  type ContextIssueDetails,
  type ContextIssueInput,
  type ContextIssueKind,
} from '../domain/context/context-issue.js';
import {
  requirementCounts,
  validateInterestedParty,
  type InterestedPartyDetails,
  type InterestedPartyInput,
  type InterestedPartyKind,
} from '../domain/context/interested-party.js';
import { registerActions, type RegisterAction } from '../domain/context/register.js';
import { calendarDateOf } from '../domain/validation.js';
import { conflict, invalid, notFound, type DomainError } from '../domain/errors.js';
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
} from '../storage/context.repository.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import type { Page } from './ai-system.service.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import { inTransaction, now, reader, type Actor, type ServiceDeps } from './context.js';

export interface RegisterRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
  readonly search?: string;
}

/** What a register's list query gets besides its own filters. */
export interface ListWindow {
  readonly offset: number;
  readonly limit: number;
  /** Today (UTC) as YYYY-MM-DD, for date filters. */
  readonly today: string;
  readonly search?: string;
}

/** How one register checks, stores and derives its rows; D is what a person enters. */
export interface RegisterSpec<D, I, Q, X> {
  readonly entityType: string;
  readonly notFound: (id: string) => DomainError;
  /** Validates against the organization; `selfId` is the row being changed, if any. */
  readonly check: (db: Executor, orgId: string, input: I, selfId: string | null) => Promise<D>;
  readonly inputOf: (row: D & RegisterRecord) => I;
  /** Values computed for the reader, such as counts or an overdue flag. */
  readonly derive: (row: D & RegisterRecord, today: string) => X;
  readonly find: (
    db: Executor,
    orgId: string,
    id: string,
  ) => Promise<(D & RegisterRecord) | undefined>;
  readonly insert: (db: Executor, row: D & RegisterRecord) => Promise<void>;
  readonly save: (db: Executor, row: D & RegisterRecord) => Promise<void>;
  readonly remove: (db: Executor, orgId: string, id: string) => Promise<void>;
  readonly list: (
    db: Executor,
    orgId: string,
    query: Q,
    window: ListWindow,
  ) => Promise<{ items: (D & RegisterRecord)[]; total: number }>;
}

export type RegisterView<D, X> = D &
  RegisterRecord &
  X & { readonly availableActions: RegisterAction[] };

/** The page asked for, bounded: pages from 1, 1–200 rows each (25 unless said). */
export const pageWindow = ({ page, pageSize }: PageRequest) => {
  const safePage = Math.max(1, page ?? 1);
  const safeSize = Math.min(200, Math.max(1, pageSize ?? 25));
  return { page: safePage, pageSize: safeSize, offset: (safePage - 1) * safeSize, limit: safeSize };
};

/**
 * The use cases of a register: reads need `aims.read`, writes `aims.write`;
 * every write runs in one transaction with its audit entry (a deletion keeps
 * the row as it was), and every row comes back with what the caller may do.
 */
export const createRegisterService = <D, I, Q extends PageRequest, X>(
  deps: ServiceDeps,
  spec: RegisterSpec<D, I, Q, X>,
) => {
  type Row = D & RegisterRecord;
  const today = () => calendarDateOf(deps.clock.now());
  const viewer =
    (actions: RegisterAction[], day = today()) =>
    (row: Row): RegisterView<D, X> => ({
      ...row,
      ...spec.derive(row, day),
      availableActions: actions,
    });
  const audit = (
    trx: Executor,
    actor: Actor,
    verb: 'created' | 'updated' | 'deleted',
    row: Row,
    before?: Row,
  ) =>
    recordChange(trx, deps, actor, {
      organizationId: row.organizationId,
      action: `${spec.entityType}.${verb}`,
      entityType: spec.entityType,
      entityId: row.id,
      ...(verb === 'deleted' ? { before: row } : { before: before ?? null, after: row }),
    });
  const load = async (db: Executor, orgId: string, id: string): Promise<Row> => {
    const row = await spec.find(db, orgId, id);
    if (!row) throw spec.notFound(id);
    return row;
  };

  return {
    async list(actor: Actor, orgId: string, query: Q): Promise<Page<RegisterView<D, X>>> {
      const access = await authorize(reader(deps), actor, orgId, 'aims.read');
      const { page, pageSize, offset, limit } = pageWindow(query);
      const search = query.search?.trim();
      const day = today();
      const window = { offset, limit, today: day, ...(search ? { search } : {}) };
      const result = await spec.list(reader(deps), orgId, query, window);
      const view = viewer(registerActions(access.permissions), day);
      return { items: result.items.map(view), total: result.total, page, pageSize };
    },

    async get(actor: Actor, orgId: string, id: string): Promise<RegisterView<D, X>> {
      const access = await authorize(reader(deps), actor, orgId, 'aims.read');
      return viewer(registerActions(access.permissions))(await load(reader(deps), orgId, id));
    },

    async create(actor: Actor, orgId: string, input: I): Promise<RegisterView<D, X>> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, 'aims.write');
        const details = await spec.check(trx, orgId, input, null);
        const at = now(deps);
        const row = {
          ...details,
          id: deps.newId(),
          organizationId: orgId,
          createdAt: at,
          updatedAt: at,
        };
        await spec.insert(trx, row);
        await audit(trx, actor, 'created', row);
        return viewer(registerActions(access.permissions))(row);
      });
    },

    async update(
      actor: Actor,
      orgId: string,
      id: string,
      patch: Partial<I>,
    ): Promise<RegisterView<D, X>> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, 'aims.write');
        const before = await load(trx, orgId, id);
        const details = await spec.check(trx, orgId, { ...spec.inputOf(before), ...patch }, id);
        const after: Row = { ...before, ...details, updatedAt: now(deps) };
        await spec.save(trx, after);
        await audit(trx, actor, 'updated', after, before);
        return viewer(registerActions(access.permissions))(after);
      });
    },

    async remove(actor: Actor, orgId: string, id: string): Promise<void> {
      await inTransaction(deps, async (trx) => {
        await authorize(trx, actor, orgId, 'aims.write');
        const row = await load(trx, orgId, id);
        await spec.remove(trx, orgId, id);
        await audit(trx, actor, 'deleted', row);
      });
    },
  };
};

export interface ContextIssueListQuery extends PageRequest {
  readonly kind?: ContextIssueKind;
  readonly isClimateRelevant?: boolean;
}

/** Context issues (clause 4.1), sorted by kind then title. */
export const createContextIssueService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'context_issue',
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
    list: (db, organizationId, query: ContextIssueListQuery, window) =>
      listContextIssues(db, {
        organizationId,
        ...window,
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.isClimateRelevant === undefined
          ? {}
          : { isClimateRelevant: query.isClimateRelevant }),
      }),
  });

export interface InterestedPartyListQuery extends PageRequest {
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
    notFound: (id: string) =>
      notFound('INTERESTED_PARTY_NOT_FOUND', 'No such interested party', { interestedPartyId: id }),
    check: checkInterestedParty,
    inputOf: (row: InterestedPartyDetails): InterestedPartyInput => row,
    derive: (row) => requirementCounts(row.requirements),
    find: findInterestedParty,
    insert: (db, row) => onUniqueViolation(() => insertInterestedParty(db, row), nameTaken),
    save: (db, row) => onUniqueViolation(() => updateInterestedParty(db, row), nameTaken),
    remove: deleteInterestedParty,
    list: (db, organizationId, query: InterestedPartyListQuery, window) =>
      listInterestedParties(db, {
        organizationId,
        ...window,
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.hasUnaddressed === undefined ? {} : { hasUnaddressed: query.hasUnaddressed }),
      }),
  });

export type ContextIssueService = ReturnType<typeof createContextIssueService>;
export type InterestedPartyService = ReturnType<typeof createInterestedPartyService>;
