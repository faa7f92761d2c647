/**
 * A version of the Statement of Applicability (ISO/IEC 42001 6.1.3 d): the
 * entries frozen as a snapshot, with their derived links as they stood,
 * beside the approval workflow's fields, a summary of what the version
 * changes and why, and whether it is the published one — the version the
 * certification body reads. One version is open at a time; only a version
 * in force (approved) is published, and one version at most is published.
 */
import { VERSION_STATUSES, availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts, ApprovableVersion, VersionStatus } from '../approval/approval.js';
import { DomainError } from '../errors.js';
import type { SoaSnapshot, SoaSummary } from './soa-snapshot.js';

export const SOA_VERSION_STATUSES = VERSION_STATUSES;
export type SoaVersionStatus = VersionStatus;

export const SOA_CHANGE_SUMMARY_MAX = 2000;

/** A version as lists show it: without the entries. */
export interface SoaVersionSummary extends ApprovableVersion {
  readonly takenAt: string;
  readonly asOf: string;
  readonly summary: SoaSummary;
  /** What the version changes and why, in the preparer's words. */
  readonly changeSummary: string;
  readonly publishedAt: string | null;
  readonly publishedByUserId: string | null;
}

export interface SoaVersion extends SoaVersionSummary {
  readonly snapshot: SoaSnapshot;
}

export const SOA_VERSION_ACTIONS = [
  'refresh',
  'submit',
  'approve',
  'return',
  'discard',
  'publish',
  'revise',
] as const;
export type SoaVersionAction = (typeof SOA_VERSION_ACTIONS)[number];

export const isOpenSoaVersion = (version: Pick<ApprovableVersion, 'status'>): boolean =>
  version.status === 'draft' || version.status === 'in_review';

/**
 * What a user may do with a version now: the approval workflow's steps (no
 * one who created or refreshed it approves it); refresh and discard a draft
 * they may edit; publish the version in force when not yet published
 * (approvers); open a new version from the one in force while none is open.
 */
export const soaVersionActions = (
  version: Pick<SoaVersionSummary, 'status' | 'editorUserIds' | 'revision' | 'publishedAt'>,
  actor: ActorFacts,
  hasOpenVersion: boolean,
): SoaVersionAction[] => {
  const offered = availableApprovalActions(version, actor);
  const editable = offered.includes('edit') ? (['refresh'] as const) : [];
  const steps = (['submit', 'approve', 'return'] as const).filter((step) => offered.includes(step));
  const discard = editable.length > 0 ? (['discard'] as const) : [];
  const publish =
    version.status === 'approved' && version.publishedAt === null && actor.canApprove
      ? (['publish'] as const)
      : [];
  const revise =
    version.status === 'approved' && actor.canWrite && !hasOpenVersion ? (['revise'] as const) : [];
  return [...editable, ...steps, ...discard, ...publish, ...revise];
};

/** The refusal to publish a version that is not the one in force; null when it may be published. */
export const publishRefusal = (
  version: Pick<SoaVersionSummary, 'version' | 'status'>,
): DomainError | null =>
  version.status === 'approved'
    ? null
    : new DomainError(
        'SOA_VERSION_NOT_APPROVED',
        'InvalidState',
        `Version ${version.version} of the Statement of Applicability is ${version.status.replace('_', ' ')}; only the approved version in force can be published`,
        { version: version.version, status: version.status },
      );
