/**
 * A controlled document as the register shows it (ISO/IEC 42001 clause 7.5):
 * its details, the state derived from its versions, and what the caller may
 * do now.
 */
import {
  documentActions,
  versionActions,
  type Caller,
  type DocumentAction,
  type VersionAction,
} from './actions.js';
import type { ControlledDocument, DocumentVersion } from './document.js';
import { documentState, type DocumentState, type VersionSummary } from './status.js';

export interface DocumentView extends ControlledDocument, DocumentState {
  readonly isRetired: boolean;
  readonly availableActions: DocumentAction[];
}

export interface VersionView extends DocumentVersion {
  /** Why the version was last sent back to draft, if it ever was. */
  readonly lastReturnComment: string | null;
  readonly availableActions: VersionAction[];
}

export interface DocumentDetail extends DocumentView {
  /** Newest first. */
  readonly versions: VersionView[];
}

/** The document with its derived state and the caller's actions (`today` is YYYY-MM-DD). */
export const documentView = (
  document: ControlledDocument,
  versions: readonly VersionSummary[],
  caller: Caller,
  today: string,
): DocumentView => {
  const state = documentState(document, versions, today);
  return {
    ...document,
    isRetired: document.retiredAt !== null,
    ...state,
    availableActions: documentActions(document, state.openVersion, caller),
  };
};

/** The document with every version, each with its return comment and the caller's actions. */
export const documentDetail = (
  document: ControlledDocument,
  versions: readonly DocumentVersion[],
  returnComments: ReadonlyMap<string, string>,
  caller: Caller,
  today: string,
): DocumentDetail => ({
  ...documentView(document, versions, caller, today),
  versions: versions.map((version) => ({
    ...version,
    lastReturnComment: returnComments.get(version.id) ?? null,
    availableActions: versionActions(document, version, caller),
  })),
});
