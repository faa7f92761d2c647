/**
 * How impact assessment versions are shown: one version in full (its content,
 * what changed since the previously approved version, the impact profile,
 * what it still lacks for approval, the latest return and what the actor may
 * do), a version in a list, and each AI system's line of the organization
 * overview.
 */
import type { ActorFacts } from '../domain/approval/approval.js';
import type { FieldIssue } from '../domain/errors.js';
import {
  impactAssessmentActions,
  impactAssessmentApprovalIssues,
  impactAssessmentDiff,
  impactProfile,
  isImpactReviewOverdue,
  isOpenImpactAssessment,
  needsImpactAssessment,
} from '../domain/impact/index.js';
import type {
  ImpactAssessmentAction,
  ImpactAssessmentContent,
  ImpactAssessmentDiff,
  ImpactAssessmentVersion,
  ImpactProfile,
  ImpactTrigger,
} from '../domain/impact/index.js';
import type { VersionStatus } from '../domain/approval/approval.js';
import type { ImpactAssessmentHeader } from '../storage/impact-assessment.repository.js';
import type { ReturnComment } from '../storage/return-comment.repository.js';
import type { InventoryEntry } from '../domain/scope/scope-coverage.js';

export interface ImpactAssessmentReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

export interface ImpactAssessmentChanges extends ImpactAssessmentDiff {
  /** The approved (or since superseded) version before this one; null when there is none. */
  readonly againstVersionId: string | null;
  readonly againstVersion: number | null;
}

/** What every view of a version shows besides its content. */
export interface ImpactAssessmentSummary {
  readonly id: string;
  readonly aiSystemId: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly trigger: ImpactTrigger | null;
  readonly nextReviewDate: string | null;
  readonly isReviewOverdue: boolean;
  readonly authorUserId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly approvedByUserId: string | null;
  readonly approvedAt: string | null;
  readonly supersededAt: string | null;
  readonly availableActions: ImpactAssessmentAction[];
}

export interface ImpactAssessmentView extends ImpactAssessmentSummary {
  readonly aiSystemName: string;
  readonly content: ImpactAssessmentContent;
  readonly changes: ImpactAssessmentChanges;
  readonly profile: ImpactProfile;
  /** What the content still lacks before it can be submitted and approved; empty when complete. */
  readonly missingForApproval: FieldIssue[];
  readonly lastReturn: ImpactAssessmentReturn | null;
  /** Risks raised from harms of the system's assessments (impact ids stay from version to version). */
  readonly raisedRisks: readonly RaisedRisk[];
}

export interface RaisedRisk {
  readonly impactId: string;
  readonly riskId: string;
  readonly statement: string;
  readonly status: string;
  readonly impactAssessmentId: string;
}

export interface AiSystemRef {
  readonly id: string;
  readonly name: string;
  readonly isInScope: boolean;
}

export interface ImpactAssessmentHistory {
  readonly aiSystem: AiSystemRef;
  readonly approved: ImpactAssessmentSummary | null;
  /** The open version: a draft, or a version in review. */
  readonly draft: ImpactAssessmentSummary | null;
  readonly versions: ImpactAssessmentSummary[];
}

export interface SystemAssessmentLine {
  readonly aiSystemId: string;
  readonly name: string;
  readonly isInScope: boolean;
  readonly approved: {
    readonly id: string;
    readonly version: number;
    readonly approvedAt: string | null;
    readonly nextReviewDate: string | null;
    readonly isReviewOverdue: boolean;
  } | null;
  readonly draft: {
    readonly id: string;
    readonly version: number;
    readonly status: VersionStatus;
    readonly updatedAt: string;
    readonly submittedAt: string | null;
  } | null;
  /** In scope, and with no approved assessment or one whose review is overdue. */
  readonly needsAssessment: boolean;
}

export interface ImpactAssessmentOverview {
  /** The day the review dates were compared with (YYYY-MM-DD). */
  readonly today: string;
  readonly systems: SystemAssessmentLine[];
  readonly counts: {
    readonly systems: number;
    readonly inScope: number;
    readonly inScopeWithoutApproved: number;
    readonly reviewsOverdue: number;
    readonly needingAssessment: number;
  };
}

/** The approved (or since superseded) version just before this one. */
export const previousApproved = (
  version: ImpactAssessmentVersion,
  siblings: readonly ImpactAssessmentVersion[],
): ImpactAssessmentVersion | undefined =>
  siblings
    .filter(
      (other) =>
        other.version < version.version &&
        (other.status === 'approved' || other.status === 'superseded'),
    )
    .sort((a, b) => b.version - a.version)[0];

/** The views of one system's versions for one actor on one day. */
export const impactAssessmentViews = (
  actor: ActorFacts,
  today: string,
  siblings: readonly ImpactAssessmentVersion[],
) => {
  const hasOpenVersion = siblings.some(isOpenImpactAssessment);
  const summary = (version: ImpactAssessmentVersion): ImpactAssessmentSummary => ({
    id: version.id,
    aiSystemId: version.aiSystemId,
    version: version.version,
    status: version.status,
    trigger: version.content.trigger,
    nextReviewDate: version.content.nextReviewDate,
    isReviewOverdue:
      version.status === 'approved' && isImpactReviewOverdue(version.content.nextReviewDate, today),
    authorUserId: version.authorUserId,
    createdAt: version.createdAt,
    updatedAt: version.updatedAt,
    submittedAt: version.submittedAt,
    approvedByUserId: version.approvedByUserId,
    approvedAt: version.approvedAt,
    supersededAt: version.supersededAt,
    availableActions: impactAssessmentActions(version, actor, hasOpenVersion),
  });
  const full = (
    version: ImpactAssessmentVersion,
    aiSystemName: string,
    lastReturn: ReturnComment | undefined,
    raisedRisks: readonly RaisedRisk[] = [],
  ): ImpactAssessmentView => {
    const previous = previousApproved(version, siblings);
    return {
      ...summary(version),
      aiSystemName,
      content: version.content,
      changes: {
        againstVersionId: previous?.id ?? null,
        againstVersion: previous?.version ?? null,
        ...impactAssessmentDiff(previous?.content ?? null, version.content),
      },
      profile: impactProfile(version.content),
      missingForApproval: impactAssessmentApprovalIssues(version.content),
      lastReturn: lastReturn
        ? {
            comment: lastReturn.comment,
            returnedByUserId: lastReturn.returnedByUserId,
            returnedAt: lastReturn.returnedAt,
          }
        : null,
      raisedRisks,
    };
  };
  return { summary, full };
};

/** Each AI system of the inventory beside its approved and open assessment versions. */
export const impactAssessmentOverview = (
  inventory: readonly InventoryEntry[],
  headers: readonly ImpactAssessmentHeader[],
  today: string,
): ImpactAssessmentOverview => {
  const approvedOf = new Map(
    headers.filter((header) => header.status === 'approved').map((h) => [h.aiSystemId, h]),
  );
  const openOf = new Map(
    headers.filter((header) => header.status !== 'approved').map((h) => [h.aiSystemId, h]),
  );
  const systems = inventory.map((system): SystemAssessmentLine => {
    const approved = approvedOf.get(system.id);
    const open = openOf.get(system.id);
    const isReviewOverdue =
      approved !== undefined && isImpactReviewOverdue(approved.nextReviewDate, today);
    return {
      aiSystemId: system.id,
      name: system.name,
      isInScope: system.isInScope,
      approved: approved
        ? {
            id: approved.id,
            version: approved.version,
            approvedAt: approved.approvedAt,
            nextReviewDate: approved.nextReviewDate,
            isReviewOverdue,
          }
        : null,
      draft: open
        ? {
            id: open.id,
            version: open.version,
            status: open.status as VersionStatus,
            updatedAt: open.updatedAt,
            submittedAt: open.submittedAt,
          }
        : null,
      needsAssessment: needsImpactAssessment({
        isInScope: system.isInScope,
        hasApprovedVersion: approved !== undefined,
        isReviewOverdue,
      }),
    };
  });
  const inScope = systems.filter((system) => system.isInScope);
  return {
    today,
    systems,
    counts: {
      systems: systems.length,
      inScope: inScope.length,
      inScopeWithoutApproved: inScope.filter((system) => system.approved === null).length,
      reviewsOverdue: systems.filter((system) => system.approved?.isReviewOverdue === true).length,
      needingAssessment: systems.filter((system) => system.needsAssessment).length,
    },
  };
};
