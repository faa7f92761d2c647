/** Versions of the AI systems' impact assessments (ISO/IEC 42001 6.1.4, 8.4; ISO/IEC 42005). */
import { conflict } from '../domain/errors.js';
import type { ImpactAssessmentContent, ImpactAssessmentVersion } from '../domain/impact/index.js';
import type { Executor } from './database.js';
import { onUniqueViolation } from './driver-errors.js';
import type { ImpactAssessmentVersionTable } from './schema.js';
import {
  findVersionRow,
  saveAtRevision,
  versionChanges,
  versionFromRow,
  versionToRow,
} from './version-rows.js';

const TABLE = 'impact_assessment_version';

const toVersion = (row: ImpactAssessmentVersionTable): ImpactAssessmentVersion => ({
  ...versionFromRow(row),
  aiSystemId: row.ai_system_id,
  content: withMeasureControls(JSON.parse(row.content) as ImpactAssessmentContent),
});

/** Content stored before measures named their Annex A controls reads as naming none. */
const withMeasureControls = (content: ImpactAssessmentContent): ImpactAssessmentContent => ({
  ...content,
  measures: content.measures.map((measure) => ({
    ...measure,
    annexAControlIds: measure.annexAControlIds ?? [],
  })),
});

const toRow = (version: ImpactAssessmentVersion): ImpactAssessmentVersionTable => ({
  ...versionToRow(version),
  ai_system_id: version.aiSystemId,
  content: JSON.stringify(version.content),
  next_review_date: version.content.nextReviewDate,
});

export const draftExists = () =>
  conflict(
    'IMPACT_ASSESSMENT_DRAFT_EXISTS',
    'This AI system already has an open impact assessment (a draft or in review); finish it first',
  );

/** Inserts a new version; the same version number twice (two drafts at once) is a conflict. */
export const insertImpactAssessmentVersion = async (
  db: Executor,
  version: ImpactAssessmentVersion,
): Promise<void> => {
  await onUniqueViolation(() => db.insertInto(TABLE).values(toRow(version)).execute(), draftExists);
};

/** Saves a version still at the revision the caller read; false when it moved on. */
export const saveImpactAssessmentVersion = (
  db: Executor,
  version: ImpactAssessmentVersion,
  readRevision: number,
): Promise<boolean> =>
  saveAtRevision(db, TABLE, version, versionChanges(toRow(version)), readRevision);

export const deleteImpactAssessmentVersion = async (
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

export const findImpactAssessmentVersion = (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ImpactAssessmentVersion | undefined> =>
  findVersionRow(db, TABLE, organizationId, id, toVersion);

/** Every version of one AI system's assessment, newest first. */
export const listImpactAssessmentVersions = async (
  db: Executor,
  organizationId: string,
  aiSystemId: string,
): Promise<ImpactAssessmentVersion[]> => {
  const rows = await db
    .selectFrom(TABLE)
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('ai_system_id', '=', aiSystemId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toVersion);
};

/** What the overview shows of a version, without its content. */
export interface ImpactAssessmentHeader {
  readonly id: string;
  readonly aiSystemId: string;
  readonly version: number;
  readonly status: string;
  readonly nextReviewDate: string | null;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
}

/** The approved and open versions of every AI system of the organization. */
export const listCurrentImpactAssessments = async (
  db: Executor,
  organizationId: string,
): Promise<ImpactAssessmentHeader[]> => {
  const rows = await db
    .selectFrom(TABLE)
    .select([
      'id',
      'ai_system_id',
      'version',
      'status',
      'next_review_date',
      'updated_at',
      'submitted_at',
      'approved_at',
    ])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['draft', 'in_review', 'approved'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    aiSystemId: row.ai_system_id,
    version: Number(row.version),
    status: row.status,
    nextReviewDate: row.next_review_date,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    approvedAt: row.approved_at,
  }));
};
