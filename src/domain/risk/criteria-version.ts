/**
 * A version of the organization's AI risk criteria (ISO/IEC 42001 clause
 * 6.1.2): the criteria themselves beside the approval workflow's fields. One
 * version is open at a time; approving it supersedes the version in force,
 * which risks are then scored with.
 */
import { VERSION_STATUSES, availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts, ApprovableVersion, VersionStatus } from '../approval/approval.js';
import type { RiskCriteria } from './criteria.js';

export const RISK_CRITERIA_STATUSES = VERSION_STATUSES;
export type RiskCriteriaStatus = VersionStatus;

export interface RiskCriteriaVersion extends ApprovableVersion {
  readonly criteria: RiskCriteria;
}

/**
 * The workflow's own actions (edit, submit, approve, return), plus discarding
 * a draft and opening a revision of the criteria in force.
 */
export const RISK_CRITERIA_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'return',
  'discard',
  'revise',
] as const;
export type RiskCriteriaAction = (typeof RISK_CRITERIA_ACTIONS)[number];

const isRiskCriteriaAction = (action: string): action is RiskCriteriaAction =>
  (RISK_CRITERIA_ACTIONS as readonly string[]).includes(action);

/** Whether a version is still open (a draft or in review): one at a time. */
export const isOpenRiskCriteriaVersion = (version: Pick<ApprovableVersion, 'status'>): boolean =>
  version.status === 'draft' || version.status === 'in_review';

/**
 * What a user may do with a version now: the approval workflow decides the
 * steps (nobody who created or changed a version approves it); a draft that
 * may be edited may also be discarded, and the version in force may be
 * revised while no other version is open.
 */
export const riskCriteriaActions = (
  version: Pick<ApprovableVersion, 'status' | 'editorUserIds' | 'revision'>,
  actor: ActorFacts,
  hasOpenVersion: boolean,
): RiskCriteriaAction[] => {
  const steps = availableApprovalActions(version, actor).flatMap((action) =>
    isRiskCriteriaAction(action) ? [action] : [],
  );
  const discard = steps.includes('edit') ? (['discard'] as const) : [];
  const revise =
    version.status === 'approved' && actor.canWrite && !hasOpenVersion ? (['revise'] as const) : [];
  return [...steps, ...discard, ...revise];
};
