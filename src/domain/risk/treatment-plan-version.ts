/**
 * A version of the AI risk treatment plan (ISO/IEC 42001 clause 6.1.3): the
 * plan frozen as a snapshot beside the approval workflow's fields. One
 * version is open at a time; its content is never typed in but taken from
 * the risk register (again on refresh), and approving it supersedes the
 * version in force, whose snapshot then stays as it was approved.
 */
import { VERSION_STATUSES, availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts, ApprovableVersion, VersionStatus } from '../approval/approval.js';
import type { TreatmentPlanSnapshot, TreatmentPlanSummary } from './treatment-plan.js';

export const RISK_TREATMENT_PLAN_STATUSES = VERSION_STATUSES;
export type RiskTreatmentPlanStatus = VersionStatus;

/** A version as lists show it: its summary without the entries. */
export interface RiskTreatmentPlanVersionSummary extends ApprovableVersion {
  readonly asOf: string;
  readonly summary: TreatmentPlanSummary;
}

export interface RiskTreatmentPlanVersion extends ApprovableVersion {
  readonly snapshot: TreatmentPlanSnapshot;
}

/**
 * The workflow's steps (submit, approve, return), plus re-taking an open
 * draft's snapshot, discarding it, and opening a new version while none is open.
 */
export const RISK_TREATMENT_PLAN_ACTIONS = [
  'refresh',
  'submit',
  'approve',
  'return',
  'discard',
  'revise',
] as const;
export type RiskTreatmentPlanAction = (typeof RISK_TREATMENT_PLAN_ACTIONS)[number];

/** Whether a version is still open (a draft or in review): one at a time. */
export const isOpenTreatmentPlanVersion = (version: Pick<ApprovableVersion, 'status'>): boolean =>
  version.status === 'draft' || version.status === 'in_review';

/**
 * What a user may do with a version now: the approval workflow decides the
 * steps (nobody who created or refreshed a version approves it); a draft
 * that may be edited may be refreshed and discarded, and the version in
 * force may be revised while no other version is open.
 */
export const treatmentPlanActions = (
  version: Pick<ApprovableVersion, 'status' | 'editorUserIds' | 'revision'>,
  actor: ActorFacts,
  hasOpenVersion: boolean,
): RiskTreatmentPlanAction[] => {
  const offered = availableApprovalActions(version, actor);
  const editable = offered.includes('edit') ? (['refresh'] as const) : [];
  const steps = (['submit', 'approve', 'return'] as const).filter((step) => offered.includes(step));
  const discard = editable.length > 0 ? (['discard'] as const) : [];
  const revise =
    version.status === 'approved' && actor.canWrite && !hasOpenVersion ? (['revise'] as const) : [];
  return [...editable, ...steps, ...discard, ...revise];
};
