/**
 * What each control of the Statement of Applicability answers, derived from
 * the records that link it (ISO/IEC 42001 6.1.3: the SoA reflects the
 * treatment chosen): the treatment actions that put it in place, the risks
 * those actions treat (open and closed), and the impact-assessment measures
 * (clause 6.1.4) of each AI system's current assessment that name it. The
 * current assessment of an AI system is its newest approved version, or,
 * while none is approved, its open draft (draft or in review).
 */
import type { VersionStatus } from '../approval/approval.js';
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

/**
 * Everything linked to one control. Evidence (with its freshness) joins
 * here as a further list, so a version's snapshot freezes it with the rest.
 */
export interface SoaEntryLinks {
  readonly risks: readonly SoaRiskLink[];
  readonly treatmentActions: readonly SoaActionLink[];
  readonly measures: readonly SoaMeasureLink[];
}

export const NO_LINKS: SoaEntryLinks = Object.freeze({
  risks: [],
  treatmentActions: [],
  measures: [],
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
 * appear once per control, in the order their actions come.
 */
export const soaLinksByControl = (
  actions: readonly LinkingAction[],
  risks: ReadonlyMap<string, SoaRiskLink>,
  measures: readonly LinkingMeasure[],
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
  return new Map(
    [...byControl].map(([controlId, { risks: r, treatmentActions, measures: m }]) => [
      controlId,
      { risks: r, treatmentActions, measures: m },
    ]),
  );
};

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
