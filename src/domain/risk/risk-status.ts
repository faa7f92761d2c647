/**
 * Where a risk stands, worked out from its facts rather than typed: not yet
 * scored, assessed, in treatment, treated, accepted (a valid acceptance
 * covers its current level), review due (it had an acceptance that lapsed
 * and nothing covers it now), or closed (set only by closing it, which
 * checkClose guards). Every write that touches those facts — the risk, its
 * actions, its acceptances, the expiry sweep — sets the status again.
 */
import type { RiskAcceptance } from './acceptance.js';
import { isCoveredByAcceptance, validAcceptance } from './acceptance.js';
import type { RiskCriteria } from './criteria.js';
import type { RiskDetails, RiskStatus } from './risk.js';
import { isTreatmentComplete } from './risk-rules.js';
import { currentLevel } from './scoring.js';
import type { TreatmentAction } from './treatment-action.js';

export interface RiskStatusFacts extends Pick<
  RiskDetails,
  | 'kind'
  | 'likelihood'
  | 'consequence'
  | 'residualLikelihood'
  | 'residualConsequence'
  | 'treatmentOption'
> {
  readonly status: RiskStatus;
  readonly actions: readonly Pick<TreatmentAction, 'status'>[];
  readonly acceptances: readonly Pick<RiskAcceptance, 'expiresOn' | 'revokedAt' | 'levelKey'>[];
}

export interface RiskStanding {
  readonly status: RiskStatus;
  /** The first day the covering acceptance no longer holds; null when none covers the risk. */
  readonly acceptedUntil: string | null;
}

/** The status a risk has now under the criteria it was scored against (null: not scored). */
export const riskStanding = (
  risk: RiskStatusFacts,
  criteria: RiskCriteria | null,
  now: Date,
): RiskStanding => {
  if (risk.status === 'closed') return { status: 'closed', acceptedUntil: null };
  const level = criteria ? currentLevel(criteria, risk) : null;
  if (criteria === null || level === null) return { status: 'identified', acceptedUntil: null };
  if (risk.kind === 'risk' && isCoveredByAcceptance(criteria, level, risk.acceptances, now)) {
    const covering = validAcceptance(risk.acceptances, now);
    return { status: 'accepted', acceptedUntil: covering?.expiresOn ?? null };
  }
  const treated = isTreatmentComplete(risk);
  if (risk.kind === 'risk' && risk.acceptances.length > 0 && !treated)
    return { status: 'review_due', acceptedUntil: null };
  if (risk.treatmentOption === null) return { status: 'assessed', acceptedUntil: null };
  return { status: treated ? 'treated' : 'in_treatment', acceptedUntil: null };
};
