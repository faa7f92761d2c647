/** Versions of an organization's AIMS scope. */
import type { AiRole } from '../domain/ai-system/classification.js';
import type { ScopeExclusion, ScopeSite, ScopeVersion } from '../domain/scope/scope.js';
import type { Executor } from './database.js';
import type { ScopeVersionTable } from './schema.js';
import { parseJsonList } from './sql-helpers.js';
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
