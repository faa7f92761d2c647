/** Context issues (clause 4.1) and interested parties (clause 4.2) of one organization. */
import { sql } from 'kysely';
import type { ContextIssue, ContextIssueKind } from '../domain/context/context-issue.js';
import type {
  InterestedParty,
  InterestedPartyKind,
  PartyRequirement,
} from '../domain/context/interested-party.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { RegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import { fromFlag, parseJsonList, toFlag } from './sql-helpers.js';
import { matchesSearch } from './register-search.js';
import type { ContextIssueTable, InterestedPartyTable } from './schema.js';

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
  // Requirements stored before the climate flag existed read as not climate-related.
  requirements: parseJsonList<Partial<PartyRequirement>>(row.requirements).map((entry) => ({
    requirement: entry.requirement ?? '',
    isAddressed: entry.isAddressed ?? false,
    how: entry.how ?? '',
    isClimateRelated: entry.isClimateRelated ?? false,
  })),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

// Keys in a fixed order, so the stored JSON can be matched with LIKE (see hasUnaddressed).
const requirementsJson = (requirements: readonly PartyRequirement[]): string =>
  JSON.stringify(
    requirements.map(({ requirement, isAddressed, how, isClimateRelated }) => ({
      requirement,
      isAddressed,
      how,
      isClimateRelated,
    })),
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

const issueRows = registerRows('context_issue', contextIssueRow, toContextIssue);
export const findContextIssue = issueRows.find;
export const insertContextIssue = issueRows.insert;
export const updateContextIssue = issueRows.update;
export const deleteContextIssue = issueRows.remove;

export interface ContextIssueQuery extends RegisterQuery {
  readonly kind?: ContextIssueKind;
  readonly isClimateRelevant?: boolean;
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
  if (query.search) base = base.where(matchesSearch(db, 'context_issue', query.search));
  return registerPage(
    base,
    (rows) =>
      rows
        .orderBy('kind')
        .orderBy(sql`lower(title)`)
        .orderBy('id'),
    query,
    toContextIssue,
  );
};

const partyRows = registerRows('interested_party', interestedPartyRow, toInterestedParty);
export const findInterestedParty = partyRows.find;
export const insertInterestedParty = partyRows.insert;
export const updateInterestedParty = partyRows.update;
export const deleteInterestedParty = partyRows.remove;

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

export interface InterestedPartyQuery extends RegisterQuery {
  readonly kind?: InterestedPartyKind;
  readonly hasUnaddressed?: boolean;
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
  if (query.search) base = base.where(matchesSearch(db, 'interested_party', query.search));
  return registerPage(
    base,
    (rows) =>
      rows
        .orderBy('kind')
        .orderBy(sql`lower(name)`)
        .orderBy('id'),
    query,
    toInterestedParty,
  );
};
