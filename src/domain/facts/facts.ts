/**
 * Facts read across registers for the rules that judge the AIMS as a whole:
 * the required-documents register now, the readiness assessment later
 * (ISO/IEC 42001 clause 4.3 scope, 6.1.2–6.1.4 risk and impact, 6.2 objectives).
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

/** An approved version of an approvable record, as readiness rules cite it. */
export interface ApprovedVersionFact {
  readonly id: string;
  readonly version: number;
  readonly approvedAt: string;
}

/** The AI risk assessment and treatment as they stand (clauses 6.1.2, 6.1.3, 8.2, 8.3). */
export interface RiskFacts {
  readonly approvedCriteria: ApprovedVersionFact | null;
  readonly approvedTreatmentPlan: ApprovedVersionFact | null;
  /** Risks (not opportunities) that are not closed. */
  readonly openRisks: number;
  /** Open risks above the acceptance threshold with no treatment under way and no valid acceptance. */
  readonly risksAboveThresholdUntreated: number;
  /** Risks whose acceptance lapsed (expired or revoked) and that nothing covers now. */
  readonly acceptancesLapsed: number;
  /** Open risks still scored against criteria no longer in force. */
  readonly risksAwaitingReassessment: number;
  /** Open risks not scored yet. */
  readonly risksUnscored: number;
}

/** Whether each in-scope AI system has a current impact assessment (clauses 6.1.4, 8.4). */
export interface ImpactFacts {
  readonly inScopeSystems: number;
  /** In-scope systems whose approved assessment's next review has not passed. */
  readonly systemsWithCurrentAssessment: number;
  readonly systemsLackingCurrentAssessment: readonly {
    readonly id: string;
    readonly name: string;
  }[];
}

/** How current the organization's evidence is (clause 7.5.3; the Annex A controls it supports). */
export interface EvidenceFacts {
  readonly evidenceItems: number;
  readonly fresh: number;
  readonly expiring: number;
  readonly expired: number;
  readonly noExpiry: number;
  /** Annex A controls with at least one piece of evidence that has not expired. */
  readonly controlsWithCurrentEvidence: number;
  /** Annex A controls whose every piece of evidence has expired, in catalog order. */
  readonly controlsWithOnlyExpiredEvidence: readonly string[];
}

/** The Statement of Applicability as it stands (clause 6.1.3 d). */
export interface SoaFacts {
  /** The version in force. */
  readonly approvedSoa: ApprovedVersionFact | null;
  /** The version the certification body reads. */
  readonly publishedSoa: (ApprovedVersionFact & { readonly publishedAt: string }) | null;
  /** Controls of the live SoA (Annex A and the organization's) nobody has decided about. */
  readonly undecidedEntries: number;
  /** Controls of the live SoA without a justification, undecided ones included. */
  readonly entriesMissingJustification: number;
  /**
   * The first change to a risk or treatment action after the version in
   * force was taken; null while the version is current or none is approved.
   */
  readonly staleSince: string | null;
  /** Not-applicable decisions whose review date has come, by control id. */
  readonly notApplicableReviewsDue: readonly string[];
  /**
   * Applicable controls (Annex A ids and organization references, in SoA
   * order of their ids) without any evidence still valid on the day asked.
   */
  readonly applicableWithoutCurrentEvidence: readonly string[];
}
