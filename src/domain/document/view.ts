/**
 * A controlled document as the register shows it (ISO/IEC 42001 clause 7.5):
 * its details, the state derived from its versions, and what the caller may
 * do now.
 */
import { versionActions } from './actions.js';
import type { Caller, DocumentAction, VersionAction } from './actions.js';
import { dispositionDueDate, isDueForDisposition } from './control.js';
import type { ControlledDocument, DocumentVersion } from './document.js';
import { documentState } from './status.js';
import type { DocumentState, VersionSummary } from './status.js';

/** What the register derives for the reader from a document's versions. */
export interface DocumentDerived extends DocumentState {
  readonly isRetired: boolean;
  /** YYYY-MM-DD: the retention period counted from retirement; null while in force. */
  readonly dispositionDueDate: string | null;
  readonly isDueForDisposition: boolean;
}

export interface DocumentView extends ControlledDocument, DocumentDerived {
  readonly availableActions: DocumentAction[];
}

export interface VersionView extends DocumentVersion {
  /** YYYY-MM-DD: the retention period counted from supersession; null for a live version. */
  readonly dispositionDueDate: string | null;
  /** Why the version was last sent back to draft, if it ever was. */
  readonly lastReturnComment: string | null;
  readonly availableActions: VersionAction[];
}

export interface DocumentDetail extends DocumentView {
  /** Newest first. */
  readonly versions: VersionView[];
}

/** The document's state on a day (`today` is YYYY-MM-DD), from its live versions. */
export const documentDerived = (
  document: ControlledDocument,
  versions: readonly VersionSummary[],
  today: string,
): DocumentDerived => {
  const dueDate = dispositionDueDate(document.retiredAt, document.retentionMonths);
  return {
    isRetired: document.retiredAt !== null,
    ...documentState(document, versions, today),
    dispositionDueDate: dueDate,
    isDueForDisposition: isDueForDisposition(dueDate, today),
  };
};

/** A document's versions, each with its return comment and the caller's actions. */
export const versionViews = (
  document: Pick<ControlledDocument, 'retiredAt' | 'retentionMonths'>,
  versions: readonly DocumentVersion[],
  returnComments: ReadonlyMap<string, string>,
  caller: Caller,
): VersionView[] =>
  versions.map((version) => ({
    ...version,
    lastReturnComment: returnComments.get(version.id) ?? null,
    dispositionDueDate: dispositionDueDate(version.supersededAt, document.retentionMonths),
    availableActions: versionActions(document, version, caller),
  }));
