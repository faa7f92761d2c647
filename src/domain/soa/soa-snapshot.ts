/**
 * The Statement of Applicability as a whole (ISO/IEC 42001 6.1.3 d): every
 * Annex A control, always all 38, then the organization's own controls,
 * each with its decision and its derived links, grouped by control
 * objective; the summary a version keeps beside its snapshot; the filters of
 * the table; and what changed between two snapshots.
 */
import { CONTROLS, CONTROL_OBJECTIVE_GROUPS } from '../catalog/index.js';
import { EVIDENCE_FRESHNESS } from '../evidence/freshness.js';
import type { EvidenceFreshness } from '../evidence/freshness.js';
import type { AnnexAGroupId } from '../catalog/index.js';
import type { OrganizationControlDetails } from '../risk/organization-control.js';
import { UNDECIDED, isSoaReviewDue, SOA_IMPLEMENTATION_STATUSES } from './soa-entry.js';
import type {
  SoaApplicability,
  SoaControlSource,
  SoaDecision,
  SoaImplementationStatus,
} from './soa-entry.js';
import { NO_LINKS } from './soa-links.js';
import type {
  SoaActionLink,
  SoaEntryLinks,
  SoaEvidenceLink,
  SoaMeasureLink,
  SoaRiskLink,
} from './soa-links.js';

/** The objective group of organization controls that name no Annex A objective or control. */
export const ORGANIZATION_OBJECTIVE_ID = 'ORG';
export const ORGANIZATION_OBJECTIVE_TITLE = 'Organization controls';

/** A control the SoA lists: its id, title and the objective it sits under. */
export interface SoaControlRef {
  readonly controlId: string;
  readonly source: SoaControlSource;
  readonly title: string;
  /** An Annex A objective group (A.2 … A.10, with A.6.1 and A.6.2), or ORG. */
  readonly objectiveId: string;
  readonly objectiveTitle: string;
}

/** One row of the SoA: the control, what was decided, and what links it. */
export interface SoaEntry extends SoaControlRef, SoaDecision {
  readonly isReviewDue: boolean;
  readonly links: SoaEntryLinks;
}

export interface SoaSummary {
  readonly controls: number;
  readonly applicable: number;
  readonly notApplicable: number;
  readonly undecided: number;
  readonly missingJustification: number;
  readonly reviewsDue: number;
  readonly byStatus: Readonly<Record<SoaImplementationStatus, number>>;
}

export interface SoaSnapshot {
  /** The instant the entries were read. */
  readonly takenAt: string;
  /** The day review dates were judged against (YYYY-MM-DD). */
  readonly asOf: string;
  readonly entries: readonly SoaEntry[];
  readonly summary: SoaSummary;
}

const GROUP_TITLES = new Map<string, string>(
  CONTROL_OBJECTIVE_GROUPS.map((group) => [group.id, group.title]),
);
const GROUP_ORDER = new Map<string, number>(
  [...CONTROL_OBJECTIVE_GROUPS.map((group) => group.id), ORGANIZATION_OBJECTIVE_ID].map(
    (id, index) => [id, index],
  ),
);
const GROUP_OF_CONTROL = new Map<string, AnnexAGroupId>(
  CONTROLS.map((control) => [control.id, control.groupId]),
);

/** The objective groups in the order the SoA shows them, with their titles. */
export const SOA_OBJECTIVES: readonly { readonly id: string; readonly title: string }[] = [
  ...CONTROL_OBJECTIVE_GROUPS.map((group) => ({ id: group.id, title: group.title })),
  { id: ORGANIZATION_OBJECTIVE_ID, title: ORGANIZATION_OBJECTIVE_TITLE },
];

/** The 38 Annex A controls as the SoA lists them, in Annex A order. */
export const annexAControlRefs = (): SoaControlRef[] =>
  CONTROLS.map((control) => ({
    controlId: control.id,
    source: 'annex_a',
    title: control.title,
    objectiveId: control.groupId,
    objectiveTitle: GROUP_TITLES.get(control.groupId) ?? control.groupId,
  }));

/**
 * An organization control under the objective it names, or that of the
 * Annex A control it relates to, else under "Organization controls".
 */
export const organizationControlRef = (
  control: Pick<
    OrganizationControlDetails,
    'controlId' | 'title' | 'annexAControlId' | 'annexAObjectiveId'
  >,
): SoaControlRef => {
  const objectiveId =
    control.annexAObjectiveId ??
    (control.annexAControlId === null
      ? undefined
      : GROUP_OF_CONTROL.get(control.annexAControlId)) ??
    ORGANIZATION_OBJECTIVE_ID;
  return {
    controlId: control.controlId,
    source: 'organization',
    title: control.title,
    objectiveId,
    objectiveTitle: GROUP_TITLES.get(objectiveId) ?? ORGANIZATION_OBJECTIVE_TITLE,
  };
};

/**
 * The entries of the SoA: every control given (Annex A first, in the order
 * given within an objective), each with its decision (undecided when none
 * is stored) and its links, grouped by objective in Annex A order.
 */
export const soaEntries = (
  controls: readonly SoaControlRef[],
  decisions: ReadonlyMap<string, SoaDecision>,
  links: ReadonlyMap<string, SoaEntryLinks>,
  today: string,
): SoaEntry[] => {
  const rank = (ref: SoaControlRef) => GROUP_ORDER.get(ref.objectiveId) ?? GROUP_ORDER.size;
  const ordered = controls
    .map((ref, index) => ({ ref, index }))
    .sort(
      (a, b) =>
        rank(a.ref) - rank(b.ref) ||
        Number(a.ref.source === 'organization') - Number(b.ref.source === 'organization') ||
        a.index - b.index,
    );
  return ordered.map(({ ref }) => {
    const decision = decisions.get(ref.controlId) ?? UNDECIDED;
    return {
      ...ref,
      ...decision,
      isReviewDue: isSoaReviewDue(decision, today),
      links: links.get(ref.controlId) ?? NO_LINKS,
    };
  });
};

const zeroByStatus = () =>
  Object.fromEntries(SOA_IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as Record<
    SoaImplementationStatus,
    number
  >;

export const soaSummary = (entries: readonly SoaEntry[]): SoaSummary => {
  const byStatus = zeroByStatus();
  const count = (applicability: SoaApplicability) =>
    entries.filter((entry) => entry.applicability === applicability).length;
  for (const entry of entries) byStatus[entry.implementationStatus] += 1;
  return {
    controls: entries.length,
    applicable: count('applicable'),
    notApplicable: count('not_applicable'),
    undecided: count('undecided'),
    missingJustification: entries.filter((entry) => entry.justification.trim() === '').length,
    reviewsDue: entries.filter((entry) => entry.isReviewDue).length,
    byStatus,
  };
};

export const soaSnapshot = (
  entries: readonly SoaEntry[],
  takenAt: string,
  asOf: string,
): SoaSnapshot => ({ takenAt, asOf, entries, summary: soaSummary(entries) });

/** How much evidence a control has, by freshness, and its newest evidence date. */
export interface SoaEvidenceCounts {
  readonly evidence: number;
  readonly evidenceByFreshness: Readonly<Record<EvidenceFreshness, number>>;
  /** The newest evidence date of its evidence (YYYY-MM-DD); null without evidence. */
  readonly latestEvidenceDate: string | null;
}

/** How many records link a control, and how fresh its evidence is: what a row of the table shows. */
export interface SoaLinkCounts extends SoaEvidenceCounts {
  readonly risks: number;
  readonly treatmentActions: number;
  readonly measures: number;
}

/** An entry as the table lists it: its links counted, not listed (the control's page lists them). */
export type SoaEntryRow = Omit<SoaEntry, 'links'> & { readonly linkCounts: SoaLinkCounts };

const noFreshness = () =>
  Object.fromEntries(EVIDENCE_FRESHNESS.map((freshness) => [freshness, 0])) as Record<
    EvidenceFreshness,
    number
  >;

export const NO_EVIDENCE_COUNTS: SoaEvidenceCounts = Object.freeze({
  evidence: 0,
  evidenceByFreshness: Object.freeze(noFreshness()),
  latestEvidenceDate: null,
});

export const evidenceCountsOf = (items: readonly SoaEvidenceLink[]): SoaEvidenceCounts => {
  const evidenceByFreshness = noFreshness();
  let latestEvidenceDate: string | null = null;
  for (const item of items) {
    evidenceByFreshness[item.freshness] += 1;
    if (latestEvidenceDate === null || item.evidenceDate > latestEvidenceDate)
      latestEvidenceDate = item.evidenceDate;
  }
  return { evidence: items.length, evidenceByFreshness, latestEvidenceDate };
};

/**
 * The row of an entry: its links counted; the evidence counted from its
 * links unless counted already (the live table counts it in the database).
 */
export const soaEntryRow = (
  { links, ...entry }: SoaEntry,
  evidence: SoaEvidenceCounts = evidenceCountsOf(links.evidence),
): SoaEntryRow => ({
  ...entry,
  linkCounts: {
    risks: links.risks.length,
    treatmentActions: links.treatmentActions.length,
    measures: links.measures.length,
    ...evidence,
  },
});

/**
 * The evidence filter: controls without any evidence, with some expired,
 * or with some expiring (and none expired, which the stronger filter shows).
 */
export const SOA_EVIDENCE_FILTERS = ['none', 'expired', 'expiring'] as const;
export type SoaEvidenceFilter = (typeof SOA_EVIDENCE_FILTERS)[number];

const evidenceMatches = (
  { evidence, evidenceByFreshness }: SoaLinkCounts,
  wanted: SoaEvidenceFilter,
) => {
  switch (wanted) {
    case 'none':
      return evidence === 0;
    case 'expired':
      return evidenceByFreshness.expired > 0;
    case 'expiring':
      return evidenceByFreshness.expiring > 0 && evidenceByFreshness.expired === 0;
  }
};

/** The table's filters; absent ones match every row. */
export interface SoaEntryFilter {
  readonly objectiveId?: string | undefined;
  readonly applicability?: SoaApplicability | undefined;
  readonly implementationStatus?: SoaImplementationStatus | undefined;
  readonly ownerUserId?: string | undefined;
  readonly isReviewDue?: boolean | undefined;
  readonly evidence?: SoaEvidenceFilter | undefined;
}

export const filterSoaRows = (
  rows: readonly SoaEntryRow[],
  filter: SoaEntryFilter,
): SoaEntryRow[] =>
  rows.filter(
    (row) =>
      (filter.objectiveId === undefined || row.objectiveId === filter.objectiveId) &&
      (filter.applicability === undefined || row.applicability === filter.applicability) &&
      (filter.implementationStatus === undefined ||
        row.implementationStatus === filter.implementationStatus) &&
      (filter.ownerUserId === undefined || row.ownerUserId === filter.ownerUserId) &&
      (filter.isReviewDue === undefined || row.isReviewDue === filter.isReviewDue) &&
      (filter.evidence === undefined || evidenceMatches(row.linkCounts, filter.evidence)),
  );

/** The decision fields two versions are compared on. */
export const SOA_COMPARED_FIELDS = [
  'applicability',
  'justification',
  'implementationStatus',
  'ownerUserId',
  'reviewDate',
] as const;
export type SoaComparedField = (typeof SOA_COMPARED_FIELDS)[number];

export type SoaComparedDecision = Pick<SoaDecision, SoaComparedField>;

export interface SoaLinkChanges {
  readonly risks: readonly SoaRiskLink[];
  readonly treatmentActions: readonly SoaActionLink[];
  readonly measures: readonly SoaMeasureLink[];
  readonly evidence: readonly SoaEvidenceLink[];
}

export interface SoaEntryChange {
  readonly controlId: string;
  readonly title: string;
  readonly objectiveId: string;
  readonly fields: readonly SoaComparedField[];
  readonly before: SoaComparedDecision;
  readonly after: SoaComparedDecision;
  readonly linksAdded: SoaLinkChanges;
  readonly linksRemoved: SoaLinkChanges;
}

export interface SoaSnapshotDiff {
  /** Controls the later snapshot lists and the earlier one does not (new organization controls). */
  readonly added: readonly SoaControlRef[];
  readonly removed: readonly SoaControlRef[];
  readonly changed: readonly SoaEntryChange[];
  readonly unchanged: number;
}

const refOf = (entry: SoaEntry): SoaControlRef => ({
  controlId: entry.controlId,
  source: entry.source,
  title: entry.title,
  objectiveId: entry.objectiveId,
  objectiveTitle: entry.objectiveTitle,
});

const compared = (entry: SoaEntry): SoaComparedDecision => ({
  applicability: entry.applicability,
  justification: entry.justification,
  implementationStatus: entry.implementationStatus,
  ownerUserId: entry.ownerUserId,
  reviewDate: entry.reviewDate,
});

const measureKey = (measure: SoaMeasureLink) => `${measure.aiSystemId}\u0000${measure.measureId}`;

const minus = <T>(from: readonly T[], other: readonly T[], key: (item: T) => string): T[] => {
  const keys = new Set(other.map(key));
  return from.filter((item) => !keys.has(key(item)));
};

const linkChanges = (from: SoaEntryLinks, other: SoaEntryLinks): SoaLinkChanges => ({
  risks: minus(from.risks, other.risks, (risk) => risk.id),
  treatmentActions: minus(from.treatmentActions, other.treatmentActions, (action) => action.id),
  measures: minus(from.measures, other.measures, measureKey),
  evidence: minus(from.evidence, other.evidence, (item) => item.evidenceId),
});

const isEmpty = (changes: SoaLinkChanges) =>
  changes.risks.length +
    changes.treatmentActions.length +
    changes.measures.length +
    changes.evidence.length ===
  0;

/**
 * What changed from `base` to `next`, control by control: the decision
 * fields that differ, and the risks, treatment actions, measures and
 * evidence linked since or no longer linked. Link details that changed in
 * place (an action's status, a new version of a piece of evidence) are not
 * counted as changes.
 */
export const compareSoaSnapshots = (
  base: Pick<SoaSnapshot, 'entries'>,
  next: Pick<SoaSnapshot, 'entries'>,
): SoaSnapshotDiff => {
  const before = new Map(base.entries.map((entry) => [entry.controlId, entry]));
  const afterIds = new Set(next.entries.map((entry) => entry.controlId));
  const changed: SoaEntryChange[] = [];
  const added: SoaControlRef[] = [];
  let unchanged = 0;
  for (const entry of next.entries) {
    const old = before.get(entry.controlId);
    if (!old) {
      added.push(refOf(entry));
      continue;
    }
    const fields = SOA_COMPARED_FIELDS.filter((field) => old[field] !== entry[field]);
    const linksAdded = linkChanges(entry.links, old.links);
    const linksRemoved = linkChanges(old.links, entry.links);
    if (fields.length === 0 && isEmpty(linksAdded) && isEmpty(linksRemoved)) {
      unchanged += 1;
      continue;
    }
    changed.push({
      controlId: entry.controlId,
      title: entry.title,
      objectiveId: entry.objectiveId,
      fields,
      before: compared(old),
      after: compared(entry),
      linksAdded,
      linksRemoved,
    });
  }
  const removed = base.entries.filter((entry) => !afterIds.has(entry.controlId)).map(refOf);
  return { added, removed, changed, unchanged };
};
