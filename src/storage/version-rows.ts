/**
 * The part of a version table every approved record shares: its lifecycle
 * columns, the revision-guarded save, and reading versions newest first.
 */
import type { ApprovableVersion, VersionStatus } from '../domain/approval/approval.js';
import type { Executor } from './database.js';
import type { DB, VersionColumns } from './schema.js';
import { parseJsonList } from './sql-helpers.js';

export type VersionTableName =
  | 'scope_version'
  | 'document_version'
  | 'impact_assessment_version'
  | 'risk_criteria_version'
  | 'risk_treatment_plan_version'
  | 'soa_version';

export const versionFromRow = (row: VersionColumns): ApprovableVersion => ({
  id: row.id,
  organizationId: row.organization_id,
  version: Number(row.version),
  status: row.status as VersionStatus,
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

export const versionToRow = (version: ApprovableVersion): VersionColumns => ({
  id: version.id,
  organization_id: version.organizationId,
  version: version.version,
  status: version.status,
  author_user_id: version.authorUserId,
  editor_user_ids: JSON.stringify(version.editorUserIds),
  revision: version.revision,
  created_at: version.createdAt,
  updated_at: version.updatedAt,
  submitted_at: version.submittedAt,
  approved_by_user_id: version.approvedByUserId,
  approved_at: version.approvedAt,
  superseded_at: version.supersededAt,
});

/** The columns a save may change: everything but the identity and the creation. */
export type VersionChanges<Row extends VersionColumns> = Omit<
  Row,
  'id' | 'organization_id' | 'version' | 'created_at' | 'revision'
>;

export const versionChanges = <Row extends VersionColumns>(row: Row): VersionChanges<Row> => {
  const {
    id: _id,
    organization_id: _org,
    version: _version,
    created_at: _created,
    revision: _revision,
    ...changes
  } = row;
  return changes;
};

/**
 * Writes a version if it is still at the revision the caller read, counting
 * the save; false when someone else saved it meanwhile, so two approvals
 * cannot both win.
 */
export const saveAtRevision = async (
  db: Executor,
  table: VersionTableName,
  version: ApprovableVersion,
  changes: object,
  readRevision: number,
): Promise<boolean> => {
  const result = await db
    .updateTable(table)
    .set({ ...changes, revision: readRevision + 1 })
    .where('organization_id', '=', version.organizationId)
    .where('id', '=', version.id)
    .where('revision', '=', readRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/** One version by id, mapped; undefined when the organization has no such version. */
export const findVersionRow = async <TB extends VersionTableName, T>(
  db: Executor,
  table: TB,
  organizationId: string,
  id: string,
  fromRow: (row: DB[TB]) => T,
): Promise<T | undefined> => {
  const source: VersionTableName = table;
  const row = await db
    .selectFrom(source)
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
};
