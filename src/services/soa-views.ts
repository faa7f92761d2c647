/**
 * What the Statement of Applicability service answers: versions with their
 * latest return and the caller's actions, the live overview and its
 * staleness against the risk register, comparisons, entries, and the
 * reviews the daily sweep flags.
 */
import type {
  SoaEntry,
  SoaEntryRow,
  SoaSnapshot,
  SoaSnapshotDiff,
  SoaSummary,
  SoaVersionAction,
  SoaVersionSummary,
} from '../domain/soa/index.js';
import type { RegisterChange } from '../storage/soa.repository.js';

/** Why a version was last sent back to draft, by whom and when. */
export interface SoaReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

/** A version in a list: its summary, the latest return and what the caller may do. */
export type SoaVersionListView = SoaVersionSummary & {
  readonly lastReturn: SoaReturn | null;
  readonly availableActions: SoaVersionAction[];
};

export type SoaVersionView = SoaVersionListView & { readonly snapshot: SoaSnapshot };

/**
 * How the version in force stands against the risk register: stale when a
 * risk or treatment action changed after its snapshot was taken.
 */
export interface SoaStaleness {
  readonly version: number;
  readonly takenAt: string;
  readonly isStale: boolean;
  /** The first change after the snapshot; null while none. */
  readonly staleSince: string | null;
  readonly lastChangeAt: string | null;
  readonly risksChanged: number;
  readonly treatmentActionsChanged: number;
  /** The latest changes, newest first (at most ten of each). */
  readonly recentRisks: readonly RegisterChange[];
  readonly recentTreatmentActions: readonly RegisterChange[];
}

/** The live SoA as the table shows it. */
export interface SoaOverview {
  readonly asOf: string;
  /** The entries that match the filters, grouped by objective in Annex A order, links counted. */
  readonly entries: readonly SoaEntryRow[];
  /** Of every entry, whatever the filters. */
  readonly summary: SoaSummary;
  readonly objectives: readonly { readonly id: string; readonly title: string }[];
  readonly canEdit: boolean;
  /** The version in force, the published one and the open one. */
  readonly approved: SoaVersionListView | null;
  readonly published: SoaVersionListView | null;
  readonly draft: SoaVersionListView | null;
  /** null while no version is approved. */
  readonly staleness: SoaStaleness | null;
}

export interface SoaVersionsOverview {
  readonly approved: SoaVersionListView | null;
  readonly published: SoaVersionListView | null;
  readonly draft: SoaVersionListView | null;
  readonly versions: readonly SoaVersionListView[];
}

export interface SoaComparison extends SoaSnapshotDiff {
  readonly base: SoaVersionListView;
  readonly next: SoaVersionListView;
}

/** One entry with whether the caller may change it. */
export type SoaEntryView = SoaEntry & {
  /** An organization control's id in its register (what evidence links name); null for Annex A. */
  readonly organizationControlId: string | null;
  readonly canEdit: boolean;
};

/** A not-applicable decision the sweep found due for review. */
export interface FlaggedReview {
  readonly organizationId: string;
  readonly controlId: string;
  readonly title: string;
  readonly ownerUserId: string | null;
  readonly reviewDate: string;
}
