/** Versions of an organization's AIMS scope. */
import type { AiRole } from '../domain/ai-system/classification.js';
import type {
  ScopeExclusion,
  ScopePartyRequirement,
  ScopeSite,
  ScopeVersion,
} from '../domain/scope/scope.js';
import type { InventoryEntry } from '../domain/scope/scope-coverage.js';
import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { ScopeVersionTable } from './schema.js';
import { fromFlag, parseJsonList } from './sql-helpers.js';
import {
  findVersionRow,
  saveAtRevision,
  versionChanges,
  versionFromRow,
  versionToRow,
} from './version-rows.js';

const toScopeVersion = (row: ScopeVersionTable): ScopeVersion => ({
  ...versionFromRow(row),
  statement: row.statement,
  organizationalUnits: parseJsonList<string>(row.organizational_units),
  sites: parseJsonList<ScopeSite>(row.sites),
  processes: parseJsonList<string>(row.processes),
  aiSystemIds: parseJsonList<string>(row.ai_system_ids),
  interfaces: parseJsonList<string>(row.interfaces),
  exclusions: parseJsonList<ScopeExclusion>(row.exclusions),
  aiRoles: parseJsonList<AiRole>(row.ai_roles),
  contextIssueIds: parseJsonList<string>(row.context_issue_ids),
  partyRequirements: parseJsonList<ScopePartyRequirement>(row.party_requirements),
});

const toRow = (scope: ScopeVersion): ScopeVersionTable => ({
  ...versionToRow(scope),
  statement: scope.statement,
  organizational_units: JSON.stringify(scope.organizationalUnits),
  sites: JSON.stringify(scope.sites),
  processes: JSON.stringify(scope.processes),
  ai_system_ids: JSON.stringify(scope.aiSystemIds),
  interfaces: JSON.stringify(scope.interfaces),
  exclusions: JSON.stringify(scope.exclusions),
  ai_roles: JSON.stringify(scope.aiRoles),
  context_issue_ids: JSON.stringify(scope.contextIssueIds),
  party_requirements: JSON.stringify(scope.partyRequirements),
});

export const insertScopeVersion = async (db: Executor, scope: ScopeVersion): Promise<void> => {
  await db.insertInto('scope_version').values(toRow(scope)).execute();
};

/** Saves a version still at the revision the caller read; false when it moved on. */
export const saveScopeVersion = (
  db: Executor,
  scope: ScopeVersion,
  readRevision: number,
): Promise<boolean> =>
  saveAtRevision(db, 'scope_version', scope, versionChanges(toRow(scope)), readRevision);

export const deleteScopeVersion = async (db: Executor, organizationId: string, id: string) => {
  await db
    .deleteFrom('scope_version')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** Every version of the organization's scope, newest first. */
export const listScopeVersions = async (
  db: Executor,
  organizationId: string,
): Promise<ScopeVersion[]> => {
  const rows = await db
    .selectFrom('scope_version')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toScopeVersion);
};

export const findScopeVersion = (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ScopeVersion | undefined> =>
  findVersionRow(db, 'scope_version', organizationId, id, toScopeVersion);

/** Every AI system of the inventory with its own "in scope" flag, by name, for the coverage check. */
export const listInventoryScopeFlags = async (
  db: Executor,
  organizationId: string,
): Promise<InventoryEntry[]> => {
  const rows = await db
    .selectFrom('ai_system')
    .select(['id', 'name', 'is_in_scope'])
    .where('organization_id', '=', organizationId)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, isInScope: fromFlag(row.is_in_scope) }));
};

/** The ids among `ids` that are context issues of the organization. */
export const existingContextIssueIds = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('context_issue')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
};

/** The requirements, by party id, of the organization's parties among `ids`. */
export const requirementsOfParties = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> => {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('interested_party')
    .select(['id', 'requirements'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      parseJsonList<{ requirement: string }>(row.requirements).map((entry) => entry.requirement),
    ]),
  );
};
