/** Versions of an organization's AIMS scope. */
import type { AiRole } from '../domain/ai-system/classification.js';
import type {
  ScopeExclusion,
  ScopeSite,
  ScopeStatus,
  ScopeVersion,
} from '../domain/scope/scope.js';
import type { Executor } from './database.js';
import type { ScopeVersionTable } from './schema.js';
import { parseJsonList } from './sql-helpers.js';

const toScopeVersion = (row: ScopeVersionTable): ScopeVersion => ({
  id: row.id,
  organizationId: row.organization_id,
  version: Number(row.version),
  status: row.status as ScopeStatus,
  statement: row.statement,
  organizationalUnits: parseJsonList<string>(row.organizational_units),
  sites: parseJsonList<ScopeSite>(row.sites),
  processes: parseJsonList<string>(row.processes),
  aiSystemIds: parseJsonList<string>(row.ai_system_ids),
  interfaces: parseJsonList<string>(row.interfaces),
  exclusions: parseJsonList<ScopeExclusion>(row.exclusions),
  aiRoles: parseJsonList<AiRole>(row.ai_roles),
  authorUserId: row.author_user_id,
  editorUserIds: parseJsonList<string>(row.editor_user_ids),
  revision: Number(row.revision),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  submittedAt: row.submitted_at,
  approvedByUserId: row.approved_by_user_id,
  approvedAt: row.approved_at,
  supersededAt: row.superseded_at,
});

const toRow = (scope: ScopeVersion): ScopeVersionTable => ({
  id: scope.id,
  organization_id: scope.organizationId,
  version: scope.version,
  status: scope.status,
  statement: scope.statement,
  organizational_units: JSON.stringify(scope.organizationalUnits),
  sites: JSON.stringify(scope.sites),
  processes: JSON.stringify(scope.processes),
  ai_system_ids: JSON.stringify(scope.aiSystemIds),
  interfaces: JSON.stringify(scope.interfaces),
  exclusions: JSON.stringify(scope.exclusions),
  ai_roles: JSON.stringify(scope.aiRoles),
  author_user_id: scope.authorUserId,
  editor_user_ids: JSON.stringify(scope.editorUserIds),
  revision: scope.revision,
  created_at: scope.createdAt,
  updated_at: scope.updatedAt,
  submitted_at: scope.submittedAt,
  approved_by_user_id: scope.approvedByUserId,
  approved_at: scope.approvedAt,
  superseded_at: scope.supersededAt,
});

export const insertScopeVersion = async (db: Executor, scope: ScopeVersion): Promise<void> => {
  await db.insertInto('scope_version').values(toRow(scope)).execute();
};

/**
 * Writes a version if it is still at the revision the caller read, counting
 * the save; false when someone else saved it meanwhile.
 */
export const saveScopeVersion = async (
  db: Executor,
  scope: ScopeVersion,
  readRevision: number,
): Promise<boolean> => {
  const {
    id: _id,
    organization_id: _org,
    version: _version,
    created_at: _created,
    ...changes
  } = toRow(scope);
  const result = await db
    .updateTable('scope_version')
    .set({ ...changes, revision: readRevision + 1 })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', scope.id)
    .where('revision', '=', readRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

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

export const findScopeVersion = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ScopeVersion | undefined> => {
  const row = await db
    .selectFrom('scope_version')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toScopeVersion(row);
};
