/** Context issues (clause 4.1) and interested parties (clause 4.2) of one organization. */
import { sql } from 'kysely';
import type { ContextIssue, ContextIssueKind } from '../domain/context/context-issue.js';
import type {
  InterestedParty,
  InterestedPartyKind,
  PartyRequirement,
} from '../domain/context/interested-party.js';
import type { Executor } from './database.js';
import { fromFlag, parseJsonList, searchAny, toFlag } from './sql-helpers.js';
import type { ContextIssueTable, InterestedPartyTable } from './schema.js';

/** The window of one page of a register. */
export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

const toContextIssue = (row: ContextIssueTable): ContextIssue => ({
  id: row.id,
  organizationId: row.organization_id,
  kind: row.kind as ContextIssueKind,
  title: row.title,
  description: row.description,
  isClimateRelevant: fromFlag(row.is_climate_relevant),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const contextIssueRow = (issue: ContextIssue): ContextIssueTable => ({
  id: issue.id,
  organization_id: issue.organizationId,
  kind: issue.kind,
  title: issue.title,
  description: issue.description,
  is_climate_relevant: toFlag(issue.isClimateRelevant),
  created_at: issue.createdAt,
  updated_at: issue.updatedAt,
});

const toInterestedParty = (row: InterestedPartyTable): InterestedParty => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  kind: row.kind as InterestedPartyKind,
  notes: row.notes,
  requirements: parseJsonList<PartyRequirement>(row.requirements),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

// Keys in a fixed order, so the stored JSON can be matched with LIKE (see hasUnaddressed).
const requirementsJson = (requirements: readonly PartyRequirement[]): string =>
  JSON.stringify(
    requirements.map(({ requirement, isAddressed, how }) => ({ requirement, isAddressed, how })),
  );

const interestedPartyRow = (party: InterestedParty): InterestedPartyTable => ({
  id: party.id,
  organization_id: party.organizationId,
  name: party.name,
  kind: party.kind,
  notes: party.notes,
  requirements: requirementsJson(party.requirements),
  created_at: party.createdAt,
  updated_at: party.updatedAt,
});

export const insertContextIssue = async (db: Executor, issue: ContextIssue): Promise<void> => {
  await db.insertInto('context_issue').values(contextIssueRow(issue)).execute();
};

export const updateContextIssue = async (db: Executor, issue: ContextIssue): Promise<void> => {
  const { id: _id, organization_id: _org, created_at: _at, ...changes } = contextIssueRow(issue);
  await db
    .updateTable('context_issue')
    .set(changes)
    .where('organization_id', '=', issue.organizationId)
    .where('id', '=', issue.id)
    .execute();
};

export const deleteContextIssue = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<void> => {
  await db
    .deleteFrom('context_issue')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

export const findContextIssue = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ContextIssue | undefined> => {
  const row = await db
    .selectFrom('context_issue')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toContextIssue(row);
};

export interface ContextIssueQuery extends PageWindow {
  readonly organizationId: string;
  readonly kind?: ContextIssueKind;
  readonly isClimateRelevant?: boolean;
  readonly search?: string;
}

/** One page of context issues, by kind then title, and the total that match. */
export const listContextIssues = async (
  db: Executor,
  query: ContextIssueQuery,
): Promise<{ items: ContextIssue[]; total: number }> => {
  let base = db.selectFrom('context_issue').where('organization_id', '=', query.organizationId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.isClimateRelevant !== undefined)
    base = base.where('is_climate_relevant', '=', toFlag(query.isClimateRelevant));
  if (query.search) base = base.where(searchAny(['title', 'description'], query.search));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('kind')
      .orderBy(sql`lower(title)`)
      .orderBy('id')
      .offset(query.offset)
      .limit(query.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toContextIssue), total: Number(count.total) };
};

export const insertInterestedParty = async (
  db: Executor,
  party: InterestedParty,
): Promise<void> => {
  await db.insertInto('interested_party').values(interestedPartyRow(party)).execute();
};

export const updateInterestedParty = async (
  db: Executor,
  party: InterestedParty,
): Promise<void> => {
  const { id: _id, organization_id: _org, created_at: _at, ...changes } = interestedPartyRow(party);
  await db
    .updateTable('interested_party')
    .set(changes)
    .where('organization_id', '=', party.organizationId)
    .where('id', '=', party.id)
    .execute();
};

export const deleteInterestedParty = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<void> => {
  await db
    .deleteFrom('interested_party')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

export const findInterestedParty = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<InterestedParty | undefined> => {
  const row = await db
    .selectFrom('interested_party')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInterestedParty(row);
};

/** The id of the organization's party with this name, compared without letter case. */
export const findInterestedPartyIdByName = async (
  db: Executor,
  organizationId: string,
  name: string,
): Promise<string | undefined> => {
  const row = await db
    .selectFrom('interested_party')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .executeTakeFirst();
  return row?.id;
};

export interface InterestedPartyQuery extends PageWindow {
  readonly organizationId: string;
  readonly kind?: InterestedPartyKind;
  readonly hasUnaddressed?: boolean;
  readonly search?: string;
}

/** One page of interested parties, by kind then name, and the total that match. */
export const listInterestedParties = async (
  db: Executor,
  query: InterestedPartyQuery,
): Promise<{ items: InterestedParty[]; total: number }> => {
  let base = db.selectFrom('interested_party').where('organization_id', '=', query.organizationId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.hasUnaddressed !== undefined) {
    // Inside a JSON string a quote is escaped, so this key/value pair matches only real flags.
    const open = sql<boolean>`requirements like ${'%"isAddressed":false%'}`;
    base = base.where(query.hasUnaddressed ? open : sql<boolean>`not (${open})`);
  }
  if (query.search) base = base.where(searchAny(['name', 'notes'], query.search));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('kind')
      .orderBy(sql`lower(name)`)
      .orderBy('id')
      .offset(query.offset)
      .limit(query.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toInterestedParty), total: Number(count.total) };
};
