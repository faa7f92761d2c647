/**
 * A version of an AI system's impact assessment in the approval workflow
 * (domain/approval): one open version (a draft or in review) per AI system
 * at a time, the approved one frozen until a revision supersedes it, and a
 * review due by the content's next review date (ISO/IEC 42001 8.4, ISO/IEC
 * 42005 5.11 and 5.12).
 */
import { availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts, ApprovableVersion, VersionStatus } from '../approval/approval.js';
import type { ImpactAssessmentContent } from './impact-assessment.js';

export interface ImpactAssessmentVersion extends ApprovableVersion {
  readonly aiSystemId: string;
  readonly content: ImpactAssessmentContent;
}

export const IMPACT_ASSESSMENT_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'return',
  'discard',
  'revise',
] as const;
export type ImpactAssessmentAction = (typeof IMPACT_ASSESSMENT_ACTIONS)[number];

const isImpactAssessmentAction = (action: string): action is ImpactAssessmentAction =>
  (IMPACT_ASSESSMENT_ACTIONS as readonly string[]).includes(action);

/** Whether a version is still open (a draft or in review): one at a time per AI system. */
export const isOpenImpactAssessment = (version: { readonly status: VersionStatus }): boolean =>
  version.status === 'draft' || version.status === 'in_review';

/**
 * What a user may do with a version now: the workflow's steps (nobody who
 * created or changed a version approves it), discarding a draft they may
 * edit, and revising the approved version while the system has no open one.
 */
export const impactAssessmentActions = (
  version: Pick<ImpactAssessmentVersion, 'status' | 'editorUserIds' | 'revision'>,
  actor: ActorFacts,
  hasOpenVersion: boolean,
): ImpactAssessmentAction[] => {
  const steps = availableApprovalActions(version, actor).flatMap((action) =>
    isImpactAssessmentAction(action) ? [action] : [],
  );
  const discard = steps.includes('edit') ? (['discard'] as const) : [];
  const revise =
    version.status === 'approved' && actor.canWrite && !hasOpenVersion ? (['revise'] as const) : [];
  return [...steps, ...discard, ...revise];
};

/** Whether the review date has passed on the given day (YYYY-MM-DD); the day itself is not late. */
export const isImpactReviewOverdue = (nextReviewDate: string | null, today: string): boolean =>
  nextReviewDate !== null && today > nextReviewDate;

/**
 * Whether an AI system lacks a current assessment: in the AIMS scope, and
 * with no approved version or one whose review is overdue.
 */
export const needsImpactAssessment = (system: {
  readonly isInScope: boolean;
  readonly hasApprovedVersion: boolean;
  readonly isReviewOverdue: boolean;
}): boolean => system.isInScope && (!system.hasApprovedVersion || system.isReviewOverdue);
