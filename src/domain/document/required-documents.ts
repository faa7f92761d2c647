/**
 * The required-documents register: for each item of documented information
 * in the catalog (clause 4.3 scope, 5.2 AI policy, 6.2 objectives, and the
 * rest), whether the organization has it in force, is working on it, or
 * lacks it — and which records show that. Coverage counts the required items
 * only; recommended ones are shown beside them and never count as gaps.
 */
import type { ObjectiveFacts, ScopeFacts } from '../facts/facts.js';
import type { RequiredDocument, RequiredDocumentId } from '../catalog/index.js';
import { claimedRequiredDocuments } from './document.js';
import type { ControlledDocument } from './document.js';
import type { DocumentState } from './status.js';

export const REQUIRED_DOCUMENT_STATUSES = ['fulfilled', 'in_progress', 'missing'] as const;
export type RequiredDocumentStatus = (typeof REQUIRED_DOCUMENT_STATUSES)[number];

/** The AIMS scope statement is kept in the scope register rather than as a document. */
const SCOPE_ITEM: RequiredDocumentId = 'RD-01';
/** AI objectives live in the objectives register. */
const OBJECTIVES_ITEM: RequiredDocumentId = 'RD-10';

export type Fulfilment =
  | {
      readonly kind: 'document';
      readonly id: string;
      readonly title: string;
      readonly version: number;
      readonly approvedAt: string;
      readonly isReviewOverdue: boolean;
    }
  | {
      readonly kind: 'scope';
      readonly id: string;
      readonly version: number;
      readonly approvedAt: string;
    }
  | { readonly kind: 'objectives'; readonly count: number }
  /** A document the reader may not open: it counts, but its title and link are withheld. */
  | { readonly kind: 'restricted_document' };

export type WorkInProgress =
  | {
      readonly kind: 'document';
      readonly id: string;
      readonly title: string;
      readonly status: 'draft' | 'in_review';
    }
  | { readonly kind: 'scope'; readonly id: string; readonly version: number }
  | { readonly kind: 'restricted_document' };

export interface RequiredDocumentEntry {
  readonly requiredDocument: Pick<
    RequiredDocument,
    'id' | 'title' | 'clauseId' | 'type' | 'necessity'
  >;
  readonly status: RequiredDocumentStatus;
  readonly fulfilledBy: readonly Fulfilment[];
  readonly inProgressBy: readonly WorkInProgress[];
}

export interface RegisterFacts extends ScopeFacts, ObjectiveFacts {
  readonly documents: readonly {
    readonly document: Pick<ControlledDocument, 'id' | 'title' | 'kind' | 'fulfils' | 'retiredAt'>;
    readonly state: DocumentState;
    /** Whether the reader may open the document (see control.ts, canReadDocument). */
    readonly isReadable: boolean;
  }[];
}

const documentEvidence = (facts: RegisterFacts, itemId: RequiredDocumentId) => {
  const fulfilledBy: Fulfilment[] = [];
  const inProgressBy: WorkInProgress[] = [];
  for (const { document, state, isReadable } of facts.documents) {
    if (document.retiredAt !== null) continue;
    if (!(claimedRequiredDocuments(document) as string[]).includes(itemId)) continue;
    if (!isReadable) {
      (state.currentVersion ? fulfilledBy : inProgressBy).push({ kind: 'restricted_document' });
    } else if (state.currentVersion) {
      fulfilledBy.push({
        kind: 'document',
        id: document.id,
        title: document.title,
        version: state.currentVersion.version,
        approvedAt: state.currentVersion.approvedAt,
        isReviewOverdue: state.isReviewOverdue,
      });
    } else {
      inProgressBy.push({
        kind: 'document',
        id: document.id,
        title: document.title,
        status: state.openVersion?.status ?? 'draft',
      });
    }
  }
  return { fulfilledBy, inProgressBy };
};

const registerEvidence = (facts: RegisterFacts, itemId: RequiredDocumentId) => {
  const fulfilledBy: Fulfilment[] = [];
  const inProgressBy: WorkInProgress[] = [];
  if (itemId === SCOPE_ITEM) {
    if (facts.approvedScope) fulfilledBy.push({ kind: 'scope', ...facts.approvedScope });
    if (facts.scopeDraft) inProgressBy.push({ kind: 'scope', ...facts.scopeDraft });
  }
  if (itemId === OBJECTIVES_ITEM && facts.objectiveCount > 0) {
    fulfilledBy.push({ kind: 'objectives', count: facts.objectiveCount });
  }
  return { fulfilledBy, inProgressBy };
};

/**
 * One entry per catalog item, in catalog order. An item is fulfilled by an
 * approved, non-retired document that provides it (an AI policy document
 * always provides RD-03), by an approved scope (RD-01) or by at least one AI
 * objective (RD-10); in progress while only unapproved work claims it; missing
 * otherwise.
 */
export const deriveRequiredDocuments = (
  catalog: readonly RequiredDocument[],
  facts: RegisterFacts,
): RequiredDocumentEntry[] =>
  catalog.map((item) => {
    const fromRegisters = registerEvidence(facts, item.id);
    const fromDocuments = documentEvidence(facts, item.id);
    const fulfilledBy = [...fromRegisters.fulfilledBy, ...fromDocuments.fulfilledBy];
    const inProgressBy = [...fromRegisters.inProgressBy, ...fromDocuments.inProgressBy];
    let status: RequiredDocumentStatus = inProgressBy.length > 0 ? 'in_progress' : 'missing';
    if (fulfilledBy.length > 0) status = 'fulfilled';
    return {
      requiredDocument: {
        id: item.id,
        title: item.title,
        clauseId: item.clauseId,
        type: item.type,
        necessity: item.necessity,
      },
      status,
      fulfilledBy,
      inProgressBy,
    };
  });

/** How many items are in each status. */
export const countByStatus = (
  entries: readonly RequiredDocumentEntry[],
): Record<RequiredDocumentStatus, number> => ({
  fulfilled: entries.filter((entry) => entry.status === 'fulfilled').length,
  in_progress: entries.filter((entry) => entry.status === 'in_progress').length,
  missing: entries.filter((entry) => entry.status === 'missing').length,
});

export interface RequiredDocumentsSummary extends Record<RequiredDocumentStatus, number> {
  /** How many items a clause requires: the base of the coverage. */
  readonly required: number;
  /** Required items fulfilled, as a whole percentage rounded down (100 only when all are). */
  readonly percentFulfilled: number;
  /** The recommended items by status, outside the coverage. */
  readonly recommended: Record<RequiredDocumentStatus, number>;
}

/** The coverage of the required items, with the recommended ones counted apart. */
export const summarizeRequiredDocuments = (
  entries: readonly RequiredDocumentEntry[],
): RequiredDocumentsSummary => {
  const required = entries.filter((entry) => entry.requiredDocument.necessity === 'required');
  const recommended = entries.filter((entry) => entry.requiredDocument.necessity !== 'required');
  const counts = countByStatus(required);
  return {
    ...counts,
    required: required.length,
    percentFulfilled:
      required.length === 0 ? 100 : Math.floor((counts.fulfilled * 100) / required.length),
    recommended: countByStatus(recommended),
  };
};
