/**
 * The Statement of Applicability's storage (ISO/IEC 42001 6.1.3 d): the
 * decisions per control, the reads its derived links come from (treatment
 * actions with their risks, measures of each AI system's current impact
 * assessment), what changed in the risk register since an instant, and the
 * versions, each keeping its snapshot as JSON and its summary beside it.
 */
import type { VersionStatus } from '../domain/approval/approval.js';
import type { AnnexAGroupId, ControlId } from '../domain/catalog/index.js';
import type { ImpactAssessmentContent } from '../domain/impact/index.js';
import type { RiskKind, RiskStatus, TreatmentActionStatus } from '../domain/risk/risk.js';
import type {
  LinkingAction,
  LinkingMeasure,
  SoaApplicability,
  SoaDecision,
  SoaImplementationStatus,
  SoaRiskLink,
  SoaSnapshot,
  SoaSummary,
  SoaVersion,
  SoaVersionSummary,
} from '../domain/soa/index.js';
import { withEvidenceList } from '../domain/soa/index.js';
import type { Executor } from './database.js';
import type { SoaEntryTable, SoaVersionTable } from './schema.js';
import { parseJsonList } from './sql-helpers.js';
import {
  findVersionRow,
  saveAtRevision,
  versionChanges,
  versionFromRow,
  versionToRow,
} from './version-rows.js';

const toDecision = (row: SoaEntryTable): SoaDecision => ({
  applicability: row.applicability as SoaApplicability,
  justification: row.justification,
  implementationStatus: row.implementation_status as SoaImplementationStatus,
  ownerUserId: row.owner_user_id,
  reviewDate: row.review_date,
  reviewFlaggedFor: row.review_flagged_for,
  updatedByUserId: row.updated_by_user_id,
  updatedAt: row.updated_at,
});

/** The stored decisions of the organization, by control id. */
export const listSoaDecisions = async (
  db: Executor,
  organizationId: string,
): Promise<Map<string, SoaDecision>> => {
  const rows = await db
    .selectFrom('soa_entry')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .execute();
  return new Map(rows.map((row) => [row.control_id, toDecision(row)]));
};

export const findSoaDecision = async (
  db: Executor,
  organizationId: string,
  controlId: string,
): Promise<SoaDecision | undefined> => {
  const row = await db
    .selectFrom('soa_entry')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('control_id', '=', controlId)
    .executeTakeFirst();
  return row && toDecision(row);
};

/** Writes the decision of a control, creating its row the first time anybody decides. */
export const saveSoaDecision = async (
  db: Executor,
  organizationId: string,
  controlId: string,
  decision: SoaDecision & { readonly updatedAt: string },
): Promise<void> => {
  const values = {
    applicability: decision.applicability,
    justification: decision.justification,
    implementation_status: decision.implementationStatus,
    owner_user_id: decision.ownerUserId,
    review_date: decision.reviewDate,
    review_flagged_for: decision.reviewFlaggedFor,
    updated_by_user_id: decision.updatedByUserId,
    updated_at: decision.updatedAt,
  };
  await db
    .insertInto('soa_entry')
    .values({
      organization_id: organizationId,
      control_id: controlId,
      created_at: decision.updatedAt,
      ...values,
    })
    .onConflict((conflict) =>
      conflict.columns(['organization_id', 'control_id']).doUpdateSet(values),
    )
    .execute();
};

/** A not-applicable decision whose review date has come and that the sweep has not flagged yet. */
export interface DueSoaReview {
  readonly organizationId: string;
  readonly controlId: string;
  readonly decision: SoaDecision;
}

/** Every such decision, in every organization. */
export const soaReviewsToFlag = async (db: Executor, today: string): Promise<DueSoaReview[]> => {
  const rows = await db
    .selectFrom('soa_entry')
    .selectAll()
    .where('applicability', '=', 'not_applicable')
    .where('review_date', 'is not', null)
    .where('review_date', '<=', today)
    .where((eb) =>
      eb.or([
        eb('review_flagged_for', 'is', null),
        eb('review_flagged_for', '!=', eb.ref('review_date')),
      ]),
    )
    .orderBy('organization_id')
    .orderBy('control_id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.organization_id,
    controlId: row.control_id,
    decision: toDecision(row),
  }));
};

/** Marks the review date as flagged, if the decision still has it; true when it did. */
export const flagSoaReview = async (
  db: Executor,
  organizationId: string,
  controlId: string,
  reviewDate: string,
): Promise<boolean> => {
  const result = await db
    .updateTable('soa_entry')
    .set({ review_flagged_for: reviewDate })
    .where('organization_id', '=', organizationId)
    .where('control_id', '=', controlId)
    .where('applicability', '=', 'not_applicable')
    .where('review_date', '=', reviewDate)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/**
 * The treatment actions that name at least one control, each with its risk
 * (one query joining the two; actions naming no control are left out).
 */
export const soaLinkingActions = async (
  db: Executor,
  organizationId: string,
): Promise<{ actions: LinkingAction[]; risks: Map<string, SoaRiskLink> }> => {
  const rows = await db
    .selectFrom('risk_treatment_action as action')
    .innerJoin('risk', 'risk.id', 'action.risk_id')
    .select([
      'action.id',
      'action.risk_id',
      'action.title',
      'action.status',
      'action.due_date',
      'action.owner_user_id',
      'action.annex_a_control_ids',
      'action.organization_control_ids',
      'risk.kind as risk_kind',
      'risk.statement as risk_statement',
      'risk.status as risk_status',
      'risk.inherent_level',
      'risk.residual_level',
    ])
    .where('action.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb('action.annex_a_control_ids', '!=', '[]'),
        eb('action.organization_control_ids', '!=', '[]'),
      ]),
    )
    .orderBy('action.created_at')
    .orderBy('action.id')
    .execute();
  const risks = new Map<string, SoaRiskLink>();
  const actions = rows.map((row): LinkingAction => {
    if (!risks.has(row.risk_id))
      risks.set(row.risk_id, {
        id: row.risk_id,
        kind: row.risk_kind as RiskKind,
        statement: row.risk_statement,
        status: row.risk_status as RiskStatus,
        level: row.residual_level ?? row.inherent_level,
      });
    return {
      id: row.id,
      riskId: row.risk_id,
      title: row.title,
      status: row.status as TreatmentActionStatus,
      dueDate: row.due_date,
      ownerUserId: row.owner_user_id,
      annexAControlIds: parseJsonList<string>(row.annex_a_control_ids),
      organizationControlIds: parseJsonList<string>(row.organization_control_ids),
    };
  });
  return { actions, risks };
};

const CURRENT_PREFERENCE: Readonly<Record<string, number>> = {
  approved: 0,
  in_review: 1,
  draft: 2,
};

/**
 * The measures of each AI system's current impact assessment that name an
 * Annex A control. Current: the newest approved version, else the open one
 * (in review before draft; there is one open version at most).
 */
export const soaLinkingMeasures = async (
  db: Executor,
  organizationId: string,
): Promise<LinkingMeasure[]> => {
  const rows = await db
    .selectFrom('impact_assessment_version as assessment')
    .innerJoin('ai_system', 'ai_system.id', 'assessment.ai_system_id')
    .select([
      'assessment.id',
      'assessment.ai_system_id',
      'assessment.version',
      'assessment.status',
      'assessment.content',
      'ai_system.name as ai_system_name',
    ])
    .where('assessment.organization_id', '=', organizationId)
    .where('assessment.status', 'in', ['approved', 'in_review', 'draft'])
    .orderBy('ai_system.name')
    .orderBy('assessment.ai_system_id')
    .execute();
  const current = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const held = current.get(row.ai_system_id);
    const rank = (candidate: (typeof rows)[number]) => CURRENT_PREFERENCE[candidate.status] ?? 9;
    if (!held || rank(row) < rank(held) || (rank(row) === rank(held) && row.version > held.version))
      current.set(row.ai_system_id, row);
  }
  return [...current.values()].flatMap((row) => {
    const content = JSON.parse(row.content) as ImpactAssessmentContent;
    return content.measures
      .filter((measure) => (measure.annexAControlIds ?? []).length > 0)
      .map((measure) => ({
        aiSystemId: row.ai_system_id,
        aiSystemName: row.ai_system_name,
        assessmentVersionId: row.id,
        assessmentVersion: Number(row.version),
        assessmentStatus: row.status as VersionStatus,
        measureId: measure.id,
        description: measure.description,
        status: measure.status,
        dueDate: measure.dueDate,
        annexAControlIds: measure.annexAControlIds,
      }));
  });
};

/** A record of the risk register changed after the SoA's version was taken. */
export interface RegisterChange {
  readonly id: string;
  readonly label: string;
  readonly riskId: string;
  readonly updatedAt: string;
}

export interface RegisterChanges {
  readonly risks: number;
  readonly treatmentActions: number;
  /** The earliest and latest change after the instant; null when none. */
  readonly firstChangeAt: string | null;
  readonly lastChangeAt: string | null;
  /** The latest changes, newest first (at most `limit` of each). */
  readonly recentRisks: readonly RegisterChange[];
  readonly recentTreatmentActions: readonly RegisterChange[];
}

/** Risks and treatment actions changed after `since` (four small queries). */
export const registerChangesSince = async (
  db: Executor,
  organizationId: string,
  since: string,
  limit = 10,
): Promise<RegisterChanges> => {
  const stats = async (table: 'risk' | 'risk_treatment_action') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => [
        eb.fn.countAll<number | string>().as('count'),
        eb.fn.min<string | null>('updated_at').as('first'),
        eb.fn.max<string | null>('updated_at').as('last'),
      ])
      .where('organization_id', '=', organizationId)
      .where('updated_at', '>', since)
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), first: row.first, last: row.last };
  };
  const [riskStats, actionStats] = [await stats('risk'), await stats('risk_treatment_action')];
  const recentRisks =
    riskStats.count === 0
      ? []
      : await db
          .selectFrom('risk')
          .select(['id', 'statement', 'updated_at'])
          .where('organization_id', '=', organizationId)
          .where('updated_at', '>', since)
          .orderBy('updated_at', 'desc')
          .limit(limit)
          .execute();
  const recentActions =
    actionStats.count === 0
      ? []
      : await db
          .selectFrom('risk_treatment_action')
          .select(['id', 'title', 'risk_id', 'updated_at'])
          .where('organization_id', '=', organizationId)
          .where('updated_at', '>', since)
          .orderBy('updated_at', 'desc')
          .limit(limit)
          .execute();
  const times = [riskStats.first, riskStats.last, actionStats.first, actionStats.last].filter(
    (time): time is string => time !== null,
  );
  return {
    risks: riskStats.count,
    treatmentActions: actionStats.count,
    firstChangeAt: times.length === 0 ? null : times.reduce((a, b) => (a < b ? a : b)),
    lastChangeAt: times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b)),
    recentRisks: recentRisks.map((row) => ({
      id: row.id,
      label: row.statement,
      riskId: row.id,
      updatedAt: row.updated_at,
    })),
    recentTreatmentActions: recentActions.map((row) => ({
      id: row.id,
      label: row.title,
      riskId: row.risk_id,
      updatedAt: row.updated_at,
    })),
  };
};

const VERSION_TABLE = 'soa_version';

const headerOf = (row: Omit<SoaVersionTable, 'snapshot'>): SoaVersionSummary => {
  const { takenAt, asOf, ...summary } = JSON.parse(row.summary) as SoaSummary & {
    takenAt: string;
    asOf: string;
  };
  return {
    ...versionFromRow(row),
    takenAt,
    asOf,
    summary,
    changeSummary: row.change_summary,
    publishedAt: row.published_at,
    publishedByUserId: row.published_by_user_id,
  };
};

/** A snapshot as stored, read with the links of today's shape. */
const parseSnapshot = (text: string): SoaSnapshot => {
  const stored = JSON.parse(text) as SoaSnapshot;
  return {
    ...stored,
    entries: stored.entries.map((entry) => ({ ...entry, links: withEvidenceList(entry.links) })),
  };
};

const toVersion = (row: SoaVersionTable): SoaVersion => ({
  ...headerOf(row),
  snapshot: parseSnapshot(row.snapshot),
});

const headerColumns = (version: SoaVersionSummary) => ({
  ...versionToRow(version),
  summary: JSON.stringify({ takenAt: version.takenAt, asOf: version.asOf, ...version.summary }),
  change_summary: version.changeSummary,
  published_at: version.publishedAt,
  published_by_user_id: version.publishedByUserId,
});

const toRow = (version: SoaVersion): SoaVersionTable => ({
  ...headerColumns(version),
  snapshot: JSON.stringify(version.snapshot),
});

export const insertSoaVersion = async (db: Executor, version: SoaVersion): Promise<void> => {
  await db.insertInto(VERSION_TABLE).values(toRow(version)).execute();
};

/** A version as the workflow saves it: with a new snapshot after a refresh, else without one. */
export type SavedSoaVersion = SoaVersionSummary & { readonly snapshot?: SoaSnapshot };

/** Saves a version still at the revision read; without a snapshot the stored one stays. */
export const saveSoaVersion = (
  db: Executor,
  version: SavedSoaVersion,
  readRevision: number,
): Promise<boolean> => {
  const { snapshot } = version;
  const changes =
    snapshot === undefined
      ? versionChanges(headerColumns(version))
      : versionChanges(toRow({ ...version, snapshot }));
  return saveAtRevision(db, VERSION_TABLE, version, changes, readRevision);
};

export const deleteSoaVersion = async (db: Executor, organizationId: string, id: string) => {
  await db
    .deleteFrom(VERSION_TABLE)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** Every version of the organization's SoA, newest first, without snapshots. */
export const listSoaVersions = async (
  db: Executor,
  organizationId: string,
): Promise<SoaVersionSummary[]> => {
  const rows = await db
    .selectFrom(VERSION_TABLE)
    .select([
      'id',
      'organization_id',
      'version',
      'status',
      'summary',
      'change_summary',
      'author_user_id',
      'editor_user_ids',
      'revision',
      'created_at',
      'updated_at',
      'submitted_at',
      'approved_by_user_id',
      'approved_at',
      'superseded_at',
      'published_at',
      'published_by_user_id',
    ])
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(headerOf);
};

export const findSoaVersion = (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<SoaVersion | undefined> =>
  findVersionRow(db, VERSION_TABLE, organizationId, id, toVersion);

/** Sets or clears the publication of a version (outside the approval workflow's revision guard). */
export const setSoaVersionPublication = async (
  db: Executor,
  organizationId: string,
  id: string,
  publication: { readonly at: string; readonly byUserId: string | null } | null,
): Promise<void> => {
  await db
    .updateTable(VERSION_TABLE)
    .set({
      published_at: publication?.at ?? null,
      published_by_user_id: publication?.byUserId ?? null,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** The organization's own controls as the SoA lists them, in natural order of reference. */
export const soaOrganizationControls = async (db: Executor, organizationId: string) => {
  const rows = await db
    .selectFrom('organization_control')
    .select(['id', 'reference', 'title', 'annex_a_control_id', 'annex_a_objective_id'])
    .where('organization_id', '=', organizationId)
    .orderBy('reference_sort_key')
    .execute();
  return rows.map((row) => ({
    rowId: row.id,
    controlId: row.reference,
    title: row.title,
    annexAControlId: row.annex_a_control_id as ControlId | null,
    annexAObjectiveId: row.annex_a_objective_id as AnnexAGroupId | null,
  }));
};
