/**
 * What each control of the Statement of Applicability answers, derived from
 * the records that link it (ISO/IEC 42001 6.1.3: the SoA reflects the
 * treatment chosen): the treatment actions that put it in place, the risks
 * those actions treat (open and closed), and the impact-assessment measures
 * (clause 6.1.4) of each AI system's current assessment that name it, and
 * the evidence linked to it with its freshness on the day read. The
 * current assessment of an AI system is its newest approved version, or,
 * while none is approved, its open draft (draft or in review).
 */
import type { VersionStatus } from '../approval/approval.js';
import type { ControlEvidence } from '../evidence/evidence.js';
import type { MeasureStatus } from '../impact/impact-values.js';
import type { RiskKind, RiskStatus, TreatmentActionStatus } from '../risk/risk.js';
import type { TreatingRisk } from './soa-entry.js';

export interface SoaRiskLink {
  readonly id: string;
  readonly kind: RiskKind;
  readonly statement: string;
  readonly status: RiskStatus;
  /** The residual level key, else the inherent one; null while unscored. */
  readonly level: string | null;
}

export interface SoaActionLink {
  readonly id: string;
  readonly riskId: string;
  readonly title: string;
  readonly status: TreatmentActionStatus;
  readonly dueDate: string | null;
  readonly ownerUserId: string | null;
}

export interface SoaMeasureLink {
  readonly aiSystemId: string;
  readonly aiSystemName: string;
  readonly assessmentVersionId: string;
  readonly assessmentVersion: number;
  readonly assessmentStatus: VersionStatus;
  readonly measureId: string;
  readonly description: string;
  readonly status: MeasureStatus;
  readonly dueDate: string | null;
}

/** Evidence as the SoA keeps it: a version's snapshot freezes its freshness on the day taken. */
export type SoaEvidenceLink = ControlEvidence;

/** Everything linked to one control. */
export interface SoaEntryLinks {
  readonly risks: readonly SoaRiskLink[];
  readonly treatmentActions: readonly SoaActionLink[];
  readonly measures: readonly SoaMeasureLink[];
  readonly evidence: readonly SoaEvidenceLink[];
}

export const NO_LINKS: SoaEntryLinks = Object.freeze({
  risks: [],
  treatmentActions: [],
  measures: [],
  evidence: [],
});

/** A treatment action with the controls it names. */
export interface LinkingAction extends SoaActionLink {
  readonly annexAControlIds: readonly string[];
  readonly organizationControlIds: readonly string[];
}

/** A measure of a current impact assessment with the controls it names. */
export interface LinkingMeasure extends SoaMeasureLink {
  readonly annexAControlIds: readonly string[];
}

interface MutableLinks {
  risks: SoaRiskLink[];
  treatmentActions: SoaActionLink[];
  measures: SoaMeasureLink[];
  riskIds: Set<string>;
}

const stripControls = <T extends { annexAControlIds: unknown }>(
  linking: T,
): Omit<T, 'annexAControlIds' | 'organizationControlIds'> => {
  const {
    annexAControlIds: _a,
    organizationControlIds: _o,
    ...rest
  } = linking as T & {
    organizationControlIds?: unknown;
  };
  return rest;
};

/**
 * The links of every control, by control id (`A.6.2.4`, `ORG-1`). Risks
 * appear once per control, in the order their actions come; evidence comes
 * as given, by control id.
 */
export const soaLinksByControl = (
  actions: readonly LinkingAction[],
  risks: ReadonlyMap<string, SoaRiskLink>,
  measures: readonly LinkingMeasure[],
  evidence: ReadonlyMap<string, readonly SoaEvidenceLink[]> = new Map(),
): Map<string, SoaEntryLinks> => {
  const byControl = new Map<string, MutableLinks>();
  const linksOf = (controlId: string) => {
    let links = byControl.get(controlId);
    if (!links) {
      links = { risks: [], treatmentActions: [], measures: [], riskIds: new Set() };
      byControl.set(controlId, links);
    }
    return links;
  };
  for (const action of actions) {
    const risk = risks.get(action.riskId);
    for (const controlId of new Set([
      ...action.annexAControlIds,
      ...action.organizationControlIds,
    ])) {
      const links = linksOf(controlId);
      links.treatmentActions.push(stripControls(action));
      if (risk && !links.riskIds.has(risk.id)) {
        links.riskIds.add(risk.id);
        links.risks.push(risk);
      }
    }
  }
  for (const measure of measures) {
    for (const controlId of new Set(measure.annexAControlIds))
      linksOf(controlId).measures.push(stripControls(measure));
  }
  const result = new Map<string, SoaEntryLinks>(
    [...byControl].map(([controlId, { risks: r, treatmentActions, measures: m }]) => [
      controlId,
      { risks: r, treatmentActions, measures: m, evidence: evidence.get(controlId) ?? [] },
    ]),
  );
  for (const [controlId, items] of evidence)
    if (!result.has(controlId) && items.length > 0)
      result.set(controlId, { ...NO_LINKS, evidence: items });
  return result;
};

/** The links of a snapshot stored before evidence joined them read as having none. */
export const withEvidenceList = (
  links: Omit<SoaEntryLinks, 'evidence'> & Partial<SoaEntryLinks>,
): SoaEntryLinks => (links.evidence ? (links as SoaEntryLinks) : { ...links, evidence: [] });

/**
 * The risks whose treatment puts the control in place, which keep it from
 * being not applicable: those of actions not cancelled, on risks not closed.
 */
export const treatingRisksOf = (links: SoaEntryLinks): TreatingRisk[] => {
  const live = new Set(
    links.treatmentActions
      .filter((action) => action.status !== 'cancelled')
      .map((action) => action.riskId),
  );
  return links.risks
    .filter((risk) => live.has(risk.id) && risk.status !== 'closed')
    .map((risk) => ({ id: risk.id, statement: risk.statement }));
};
