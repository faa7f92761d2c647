/**
 * What a controlled document's versions say about it as a whole (ISO/IEC
 * 42001 clause 7.5.3, keeping documents current): which version is in force,
 * which one is being worked on, when the next review is due and whether it
 * is overdue.
 */
import { daysBetween } from '../clock.js';
import { isReviewedKind } from './document.js';
import type { ControlledDocument, DocumentStatus, DocumentVersion } from './document.js';
import { addMonths } from './dates.js';
import { openVersionOf } from './lifecycle.js';

export { addMonths } from './dates.js';

/** The parts of a version needed to derive a document's state (no text). */
export type VersionSummary = Pick<
  DocumentVersion,
  | 'id'
  | 'version'
  | 'status'
  | 'authorUserId'
  | 'editorUserIds'
  | 'revision'
  | 'approvedAt'
  | 'approvedByUserId'
>;

export interface CurrentVersion {
  readonly id: string;
  readonly version: number;
  readonly approvedAt: string;
  readonly approvedByUserId: string | null;
}

export interface OpenVersion {
  readonly id: string;
  readonly version: number;
  readonly status: 'draft' | 'in_review';
  readonly authorUserId: string | null;
  readonly editorUserIds: readonly string[];
  readonly revision: number;
}

export interface DocumentState {
  readonly status: DocumentStatus;
  readonly currentVersion: CurrentVersion | null;
  readonly openVersion: OpenVersion | null;
  /**
   * YYYY-MM-DD; null until a version is approved, once the document is
   * retired, and always for a record, which is retained and never reviewed.
   */
  readonly nextReviewDate: string | null;
  readonly isReviewOverdue: boolean;
  /** The review date is today or within the next REVIEW_DUE_SOON_DAYS days. */
  readonly isReviewDueSoon: boolean;
}

/** The date a document approved at `approvedAt` (an ISO timestamp, UTC) is due for review. */
export const nextReviewDate = (approvedAt: string, intervalMonths: number): string =>
  addMonths(approvedAt.slice(0, 10), intervalMonths);

/** Overdue from the day after the review date (`today` is YYYY-MM-DD). */
export const isReviewOverdue = (reviewDate: string | null, today: string): boolean =>
  reviewDate !== null && today > reviewDate;

/** How far ahead a coming review shows as due in the register. */
export const REVIEW_DUE_SOON_DAYS = 30;

/** Due from REVIEW_DUE_SOON_DAYS before the review date up to the date itself. */
export const isReviewDueSoon = (reviewDate: string | null, today: string): boolean =>
  reviewDate !== null &&
  today <= reviewDate &&
  daysBetween(today, reviewDate) <= REVIEW_DUE_SOON_DAYS;

/**
 * The document's state from its versions: retired wins; otherwise approved
 * once any version is in force (even while a revision is open), in review
 * while its first version awaits approval, and draft before that. Only a
 * maintained document in force has a review date.
 */
export const documentState = (
  document: Pick<ControlledDocument, 'retiredAt' | 'reviewIntervalMonths' | 'kind'>,
  versions: readonly VersionSummary[],
  today: string,
): DocumentState => {
  const approved = versions.find((version) => version.status === 'approved');
  const open = openVersionOf(versions);
  const currentVersion: CurrentVersion | null =
    approved && approved.approvedAt !== null
      ? {
          id: approved.id,
          version: approved.version,
          approvedAt: approved.approvedAt,
          approvedByUserId: approved.approvedByUserId,
        }
      : null;
  const openVersion: OpenVersion | null = open
    ? {
        id: open.id,
        version: open.version,
        status: open.status === 'in_review' ? 'in_review' : 'draft',
        authorUserId: open.authorUserId,
        editorUserIds: open.editorUserIds,
        revision: open.revision,
      }
    : null;
  const isRetired = document.retiredAt !== null;
  const reviewDate =
    currentVersion && !isRetired && isReviewedKind(document.kind)
      ? nextReviewDate(currentVersion.approvedAt, document.reviewIntervalMonths)
      : null;
  let status: DocumentStatus = openVersion?.status === 'in_review' ? 'in_review' : 'draft';
  if (currentVersion) status = 'approved';
  if (isRetired) status = 'retired';
  return {
    status,
    currentVersion,
    openVersion,
    nextReviewDate: reviewDate,
    isReviewOverdue: isReviewOverdue(reviewDate, today),
    isReviewDueSoon: isReviewDueSoon(reviewDate, today),
  };
};
