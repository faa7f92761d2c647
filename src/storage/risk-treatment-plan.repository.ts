/**
 * Versions of an organization's AI risk treatment plan (clause 6.1.3), each
 * keeping the plan as one JSON snapshot, and its summary beside it so that
 * lists of versions read no entries.
 */
import type {
  RiskTreatmentPlanVersion,
  RiskTreatmentPlanVersionSummary,
} from '../domain/risk/treatment-plan-version.js';
import type { TreatmentPlanSnapshot, TreatmentPlanSummary } from '../domain/risk/treatment-plan.js';
import type { Executor } from './database.js';
import type { RiskTreatmentPlanVersionTable } from './schema.js';
import {
  findVersionRow,
  saveAtRevision,
  versionChanges,
  versionFromRow,
  versionToRow,
} from './version-rows.js';

const TABLE = 'risk_treatment_plan_version';

const toVersion = (row: RiskTreatmentPlanVersionTable): RiskTreatmentPlanVersion => ({
  ...versionFromRow(row),
  snapshot: JSON.parse(row.snapshot) as TreatmentPlanSnapshot,
});

const toRow = (version: RiskTreatmentPlanVersion): RiskTreatmentPlanVersionTable => ({
  ...versionToRow(version),
  snapshot: JSON.stringify(version.snapshot),
  summary: JSON.stringify({ asOf: version.snapshot.asOf, ...version.snapshot.summary }),
});

const toSummary = (
  row: Omit<RiskTreatmentPlanVersionTable, 'snapshot'>,
): RiskTreatmentPlanVersionSummary => {
  const { asOf, ...summary } = JSON.parse(row.summary) as TreatmentPlanSummary & {
    asOf: string;
  };
  return { ...versionFromRow(row), asOf, summary };
};

export const insertTreatmentPlanVersion = async (
  db: Executor,
  version: RiskTreatmentPlanVersion,
): Promise<void> => {
  await db.insertInto(TABLE).values(toRow(version)).execute();
};

/** A version as the workflow saves it: with a new snapshot after a refresh, else without one. */
export type SavedTreatmentPlanVersion = RiskTreatmentPlanVersionSummary & {
  readonly snapshot?: TreatmentPlanSnapshot;
};

/**
 * Saves a version still at the revision the caller read; false when it moved
 * on. Without a snapshot the stored one stays as it is.
 */
export const saveTreatmentPlanVersion = (
  db: Executor,
  version: SavedTreatmentPlanVersion,
  readRevision: number,
): Promise<boolean> => {
  const { snapshot } = version;
  const changes =
    snapshot === undefined
      ? versionChanges(versionToRow(version))
      : versionChanges(toRow({ ...version, snapshot }));
  return saveAtRevision(db, TABLE, version, changes, readRevision);
};

export const deleteTreatmentPlanVersion = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<void> => {
  await db
    .deleteFrom(TABLE)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** Every version of the organization's plan, newest first, with their summaries only. */
export const listTreatmentPlanVersions = async (
  db: Executor,
  organizationId: string,
): Promise<RiskTreatmentPlanVersionSummary[]> => {
  const rows = await db
    .selectFrom(TABLE)
    .select([
      'id',
      'organization_id',
      'version',
      'status',
      'summary',
      'author_user_id',
      'editor_user_ids',
      'revision',
      'created_at',
      'updated_at',
      'submitted_at',
      'approved_by_user_id',
      'approved_at',
      'superseded_at',
    ])
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSummary);
};

/** One version with its snapshot; undefined when the organization has no such version. */
export const findTreatmentPlanVersion = (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<RiskTreatmentPlanVersion | undefined> =>
  findVersionRow(db, TABLE, organizationId, id, toVersion);
