/**
 * Facts read across registers for the rules that judge the AIMS as a whole:
 * the required-documents register now, the readiness assessment later
 * (ISO/IEC 42001 clause 4.3 scope, 6.2 objectives).
 */

/** The AIMS scope version in force and the one being worked on (draft or in review). */
export interface ScopeFacts {
  readonly approvedScope: {
    readonly id: string;
    readonly version: number;
    readonly approvedAt: string;
  } | null;
  readonly scopeDraft: { readonly id: string; readonly version: number } | null;
}

export interface ObjectiveFacts {
  readonly objectiveCount: number;
}
