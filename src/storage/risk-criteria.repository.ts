/**
 * Versions of an organization's AI risk criteria (clause 6.1.2), the
 * criteria kept as one JSON document per version. Besides the workflow's
 * reads and writes, the risk register reads the criteria in force and the
 * versions its risks were scored with.
 */
import type { RiskCriteria } from '../domain/risk/criteria.js';
import type { RiskCriteriaVersion } from '../domain/risk/criteria-version.js';
import type { Executor } from './database.js';
import type { RiskCriteriaVersionTable } from './schema.js';
import {
  findVersionRow,
  saveAtRevision,
  versionChanges,
  versionFromRow,
  versionToRow,
} from './version-rows.js';

const parseCriteria = (content: string): RiskCriteria => JSON.parse(content) as RiskCriteria;

const toRiskCriteriaVersion = (row: RiskCriteriaVersionTable): RiskCriteriaVersion => ({
  ...versionFromRow(row),
  criteria: parseCriteria(row.content),
});

const toRow = (version: RiskCriteriaVersion): RiskCriteriaVersionTable => ({
  ...versionToRow(version),
  content: JSON.stringify(version.criteria),
});

export const insertRiskCriteriaVersion = async (
  db: Executor,
  version: RiskCriteriaVersion,
): Promise<void> => {
  await db.insertInto('risk_criteria_version').values(toRow(version)).execute();
};

/** Saves a version still at the revision the caller read; false when it moved on. */
export const saveRiskCriteriaVersion = (
  db: Executor,
  version: RiskCriteriaVersion,
  readRevision: number,
): Promise<boolean> =>
  saveAtRevision(
    db,
    'risk_criteria_version',
    version,
    versionChanges(toRow(version)),
    readRevision,
  );

export const deleteRiskCriteriaVersion = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<void> => {
  await db
    .deleteFrom('risk_criteria_version')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** Every version of the organization's risk criteria, newest first. */
export const listRiskCriteriaVersions = async (
  db: Executor,
  organizationId: string,
): Promise<RiskCriteriaVersion[]> => {
  const rows = await db
    .selectFrom('risk_criteria_version')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toRiskCriteriaVersion);
};

export const findRiskCriteriaVersion = (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<RiskCriteriaVersion | undefined> =>
  findVersionRow(db, 'risk_criteria_version', organizationId, id, toRiskCriteriaVersion);

/** The approved version, which risks are scored with; null before any is approved. */
export const criteriaInForce = async (
  db: Executor,
  organizationId: string,
): Promise<{ id: string; version: number; criteria: RiskCriteria; approvedAt: string } | null> => {
  const row = await db
    .selectFrom('risk_criteria_version')
    .select(['id', 'version', 'content', 'approved_at'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'approved')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    id: row.id,
    version: Number(row.version),
    criteria: parseCriteria(row.content),
    approvedAt: row.approved_at ?? '',
  };
};

/** The organization's versions among `ids`, by id; ids of another organization are left out. */
export const criteriaVersionsById = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, { id: string; version: number; criteria: RiskCriteria }>> => {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('risk_criteria_version')
    .select(['id', 'version', 'content'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, version: Number(row.version), criteria: parseCriteria(row.content) },
    ]),
  );
};
