/**
 * The register engine: the use cases every register shares — list with
 * filters, search, sort and paging; read one; create, change and (where the
 * register allows it) delete — each write running authorize → check →
 * persist → audit entry in one transaction, and every list and row carrying
 * what the caller may do with it. A register supplies its rules and storage.
 */
import type { Permission } from '../../domain/access/roles.js';
import type { DomainError } from '../../domain/errors.js';
import { chosenSort, listWindowOf } from '../../domain/register/list-query.js';
import type {
  ListWindow,
  Page,
  PageRequest,
  SortDirection,
  SortRequest,
  SortSpec,
} from '../../domain/register/list-query.js';
import { listActions, recordActions } from '../../domain/register/register-actions.js';
import type {
  ListAction,
  RecordAction,
  RegisterPolicy,
} from '../../domain/register/register-actions.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Executor } from '../../storage/database.js';
import { recordChange } from '../audit-trail.js';
import { authorize } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import { createPageCache } from './page-cache.js';
import type { Actor, ServiceDeps } from '../context.js';

export interface RegisterRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A list query: paging and search, the register's sort, and its own filters. */
export type ListQuery<F, S extends string = never> = PageRequest & SortRequest<S> & F;

/** What a repository's list function receives: the organization, the filters, the window and sort. */
export type RepositoryQuery<F, S extends string = never> = F &
  ListWindow & {
    readonly organizationId: string;
    readonly sort: S;
    readonly direction: SortDirection;
  };

/** Who reads a row: their user (null for the operator) and the permissions their roles grant. */
export interface RegisterCaller {
  readonly userId: string | null;
  readonly permissions: readonly Permission[];
}

/**
 * How one register checks, stores and derives its rows; D is what a person
 * enters, E what a single record shows beyond its list row.
 */
export interface RegisterSpec<
  D,
  I,
  F,
  X,
  S extends string = never,
  R = undefined,
  A extends string = never,
  E = unknown,
  K extends string = RecordAction | A,
> {
  readonly entityType: string;
  readonly policy: RegisterPolicy<A>;
  /** Loads, in one query for all the rows shown, what `derive` needs from other tables. */
  readonly related?: (db: Executor, orgId: string, ids: readonly string[]) => Promise<R>;
  readonly notFound: (id: string) => DomainError;
  /** Validates against the organization; `selfId` is the row being changed, if any. */
  readonly check: (db: Executor, orgId: string, input: I, selfId: string | null) => Promise<D>;
  readonly inputOf: (row: D & RegisterRecord) => I;
  /** Values computed for the reader, such as counts or an overdue flag. */
  readonly derive: (row: D & RegisterRecord, today: string, related: R) => X;
  /** What the caller may do with a row whose state matters; else every row offers the policy's actions. */
  readonly actions?: (row: D & RegisterRecord & X, caller: RegisterCaller) => K[];
  /** What one record shows beyond its list row (such as a document's versions). */
  readonly detail?: (
    db: Executor,
    caller: RegisterCaller,
    view: RegisterView<D, X, K>,
  ) => Promise<E>;
  /**
   * Refuses a change to a row whose state takes none (such as a retired
   * document); an update passes the fields it changes.
   */
  readonly requireChangeable?: (row: D & RegisterRecord, change?: Partial<I>) => void;
  /**
   * Writes that belong with a new row, in its transaction (such as a
   * document's first version); what it returns joins the audit entry.
   */
  readonly afterInsert?: (
    trx: Executor,
    row: D & RegisterRecord,
    input: I,
    actor: Actor,
  ) => Promise<Readonly<Record<string, unknown>>>;
  readonly sort?: SortSpec<S>;
  readonly find: (
    db: Executor,
    orgId: string,
    id: string,
  ) => Promise<(D & RegisterRecord) | undefined>;
  readonly insert: (db: Executor, row: D & RegisterRecord) => Promise<void>;
  readonly save: (db: Executor, row: D & RegisterRecord) => Promise<void>;
  /** Absent where rows are never deleted. */
  readonly remove?: (db: Executor, orgId: string, id: string) => Promise<void>;
  readonly list: (
    db: Executor,
    query: RepositoryQuery<F, S>,
  ) => Promise<{ items: (D & RegisterRecord)[]; total: number }>;
}

/** A row as its reader sees it; K are the actions on it (the kit's, plus the register's own). */
export type RegisterView<D, X, K extends string = RecordAction> = D &
  RegisterRecord &
  X & { readonly availableActions: K[] };

export interface RegisterPage<T> extends Page<T> {
  readonly availableActions: ListAction[];
}

const PAGING_KEYS = new Set(['page', 'pageSize', 'search', 'sort', 'direction']);

/** The register's own filters out of a list query. */
const filtersOf = <F>(query: object): F =>
  Object.fromEntries(Object.entries(query).filter(([key]) => !PAGING_KEYS.has(key))) as F;

/** The use cases of one register, over its spec. */
export const createRegisterService = <
  D,
  I,
  F,
  X,
  S extends string = never,
  R = undefined,
  A extends string = never,
  E = unknown,
  K extends string = RecordAction | A,
>(
  deps: ServiceDeps,
  spec: RegisterSpec<D, I, F, X, S, R, A, E, K>,
) => {
  type Row = D & RegisterRecord;
  type View = RegisterView<D, X, K>;
  type Shown = View & E;
  const { policy } = spec;
  const today = () => calendarDateOf(deps.clock.now());
  const relatedOf = async (db: Executor, orgId: string, rows: readonly Row[]) =>
    (spec.related
      ? await spec.related(
          db,
          orgId,
          rows.map((row) => row.id),
        )
      : undefined) as R;
  const callerOf = (actor: Actor | null, access: OrgAccess): RegisterCaller => ({
    userId: actor ? actorUserId(actor) : null,
    permissions: access.permissions,
  });
  /** The rows as the caller sees them, with what they may do with each. */
  const present = async (
    db: Executor,
    orgId: string,
    caller: RegisterCaller,
    rows: readonly Row[],
    day = today(),
  ): Promise<View[]> => {
    const related = await relatedOf(db, orgId, rows);
    const actions = recordActions(policy, caller.permissions) as K[];
    return rows.map((row) => {
      const derived = { ...row, ...spec.derive(row, day, related) };
      return { ...derived, availableActions: spec.actions?.(derived, caller) ?? actions };
    });
  };
  /** One row as the caller sees it on its own, with what its record shows beyond the list. */
  const presentOne = async (
    db: Executor,
    orgId: string,
    caller: RegisterCaller,
    row: Row,
  ): Promise<Shown> => {
    const [view] = (await present(db, orgId, caller, [row])) as [View];
    return (spec.detail ? { ...view, ...(await spec.detail(db, caller, view)) } : view) as Shown;
  };
  const audit = (
    trx: Executor,
    actor: Actor,
    verb: string,
    row: Row,
    change: { readonly before?: Row; readonly note?: object } = {},
  ) =>
    recordChange(trx, deps, actor, {
      organizationId: row.organizationId,
      action: `${spec.entityType}.${verb}`,
      entityType: spec.entityType,
      entityId: row.id,
      ...(verb === 'deleted'
        ? { before: row }
        : { before: change.before ?? null, after: { ...row, ...change.note } }),
    });
  const load = async (db: Executor, orgId: string, id: string): Promise<Row> => {
    const row = await spec.find(db, orgId, id);
    if (!row) throw spec.notFound(id);
    return row;
  };
  /** Loads a row to change it, refusing one whose state takes no such change. */
  const loadChangeable = async (
    trx: Executor,
    orgId: string,
    id: string,
    change?: Partial<I>,
  ): Promise<Row> => {
    const row = await load(trx, orgId, id);
    spec.requireChangeable?.(row, change);
    return row;
  };
  const sortOf = (query: SortRequest<S>) =>
    spec.sort
      ? chosenSort(spec.sort, query)
      : { sort: undefined as never, direction: 'asc' as const };

  const pages = createPageCache<RegisterPage<View>>({ enabled: deps.keepPages ?? true });
  /** One page of the register as the caller sees it, read from the database. */
  const listPage = async (
    actor: Actor,
    orgId: string,
    query: ListQuery<F, S>,
    access: OrgAccess,
    day: string,
  ): Promise<RegisterPage<View>> => {
    const { page, pageSize, window } = listWindowOf(query, day);
    const result = await spec.list(reader(deps), {
      ...filtersOf<F>(query),
      ...window,
      ...sortOf(query),
      organizationId: orgId,
    });
    return {
      items: await present(reader(deps), orgId, callerOf(actor, access), result.items, day),
      total: result.total,
      page,
      pageSize,
      availableActions: listActions(policy, access.permissions),
    };
  };

  return {
    async list(actor: Actor, orgId: string, query: ListQuery<F, S>): Promise<RegisterPage<View>> {
      const access = await authorize(reader(deps), actor, orgId, policy.read);
      const day = today();
      const key = pages.keyOf(actor, orgId, day, query);
      const cached = key === undefined ? undefined : pages.get(key);
      if (cached) return cached;
      const shown = await listPage(actor, orgId, query, access, day);
      if (key !== undefined) pages.set(key, shown);
      return shown;
    },

    async get(actor: Actor, orgId: string, id: string): Promise<Shown> {
      const access = await authorize(reader(deps), actor, orgId, policy.read);
      const row = await load(reader(deps), orgId, id);
      return presentOne(reader(deps), orgId, callerOf(actor, access), row);
    },

    /**
     * A record as the caller sees it, read inside a transaction (for the
     * register's own use cases); without the actor, as the operator sees it.
     */
    async view(trx: Executor, access: OrgAccess, id: string, actor?: Actor): Promise<Shown> {
      const orgId = access.organization.id;
      const caller = callerOf(actor ?? null, access);
      return presentOne(trx, orgId, caller, await load(trx, orgId, id));
    },

    async create(actor: Actor, orgId: string, input: I): Promise<Shown> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, policy.write);
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
        const note = await spec.afterInsert?.(trx, row, input, actor);
        await audit(trx, actor, 'created', row, note ? { note } : {});
        return presentOne(trx, orgId, callerOf(actor, access), row);
      });
    },

    async update(actor: Actor, orgId: string, id: string, patch: Partial<I>): Promise<Shown> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, policy.write);
        const before = await loadChangeable(trx, orgId, id, patch);
        const details = await spec.check(trx, orgId, { ...spec.inputOf(before), ...patch }, id);
        const after: Row = { ...before, ...details, updatedAt: now(deps) };
        await spec.save(trx, after);
        await audit(trx, actor, 'updated', after, { before });
        return presentOne(trx, orgId, callerOf(actor, access), after);
      });
    },

    /**
     * A register's own change of one row (such as retiring a document):
     * `apply` returns the row changed at `at`; audited as `<entity>.<verb>`
     * with the note.
     */
    async change(
      actor: Actor,
      orgId: string,
      id: string,
      verb: string,
      apply: (row: Row, at: string) => Row,
      note?: object,
    ): Promise<Shown> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, policy.write);
        const before = await loadChangeable(trx, orgId, id);
        const at = now(deps);
        const after: Row = { ...apply(before, at), updatedAt: at };
        await spec.save(trx, after);
        await audit(trx, actor, verb, after, { before, ...(note ? { note } : {}) });
        return presentOne(trx, orgId, callerOf(actor, access), after);
      });
    },

    async remove(actor: Actor, orgId: string, id: string): Promise<void> {
      const remove = spec.remove;
      if (!remove) throw new TypeError(`${spec.entityType} rows are never deleted`);
      await inTransaction(deps, async (trx) => {
        await authorize(trx, actor, orgId, policy.write);
        const row = await loadChangeable(trx, orgId, id);
        await remove(trx, orgId, id);
        await audit(trx, actor, 'deleted', row);
      });
    },
  };
};
