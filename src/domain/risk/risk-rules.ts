/**
 * When an AI risk may be closed (ISO/IEC 42001 clauses 6.1.3 and 8.3): a
 * risk above the acceptance threshold is either treated down to the
 * threshold or accepted, and a retained risk is always accepted. Opportunities
 * are not bound by these rules.
 *
 * A residual score at or below the threshold counts only once the treatment
 * is complete — an option other than retain, at least one action done and
 * none still planned or in progress — because until then it is a forecast,
 * not a result.
 */
import { DomainError } from '../errors.js';
import type { RiskAcceptance } from './acceptance.js';
import { isCoveredByAcceptance } from './acceptance.js';
import type { RiskCriteria } from './criteria.js';
import type { RiskDetails } from './risk.js';
import { OPEN_ACTION_STATUSES, TREATMENT_OPTION_LABELS } from './risk.js';
import type { TreatmentAction } from './treatment-action.js';
import type { ScoredLevel } from './scoring.js';
import { inherentLevel, isAboveThreshold, levelOf, residualLevel } from './scoring.js';

/** A risk with what closing it depends on: its treatment actions and its acceptances. */
export interface RiskClosingFacts extends Pick<
  RiskDetails,
  | 'kind'
  | 'treatmentOption'
  | 'likelihood'
  | 'consequence'
  | 'residualLikelihood'
  | 'residualConsequence'
> {
  readonly actions: readonly Pick<TreatmentAction, 'status'>[];
  readonly acceptances: readonly Pick<RiskAcceptance, 'expiresOn' | 'revokedAt' | 'levelKey'>[];
}

const refuse = (code: string, message: string, details: Record<string, unknown>) =>
  new DomainError(code, 'InvalidState', message, details);

/** Whether the treatment is carried out: a real option, something done, nothing left open. */
export const isTreatmentComplete = (
  risk: Pick<RiskClosingFacts, 'treatmentOption' | 'actions'>,
): boolean =>
  risk.treatmentOption !== null &&
  risk.treatmentOption !== 'retain' &&
  risk.actions.some((action) => action.status === 'done') &&
  !risk.actions.some((action) => OPEN_ACTION_STATUSES.includes(action.status));

const describe = (level: ScoredLevel) => `${level.label} (${level.key})`;

const checkRetained = (
  risk: RiskClosingFacts,
  criteria: RiskCriteria,
  level: ScoredLevel,
  now: Date,
) => {
  if (
    risk.treatmentOption === 'retain' &&
    !isCoveredByAcceptance(criteria, level, risk.acceptances, now)
  )
    throw refuse(
      'RISK_RETAINED_WITHOUT_ACCEPTANCE',
      `A risk treated by "${TREATMENT_OPTION_LABELS.retain}" is closed only with a valid acceptance of its level ${describe(level)}`,
      { level: level.key },
    );
};

/**
 * Checks that the risk may be closed now.
 * @throws DomainError (InvalidState) `RISK_NOT_ASSESSED` before the risk is scored,
 *   `RISK_RETAINED_WITHOUT_ACCEPTANCE` for a retained risk without a valid acceptance of its
 *   level, `RISK_ABOVE_THRESHOLD_UNTREATED` for a risk above the threshold that is neither
 *   treated down to it nor accepted.
 */
export const checkClose = (risk: RiskClosingFacts, criteria: RiskCriteria, now: Date): void => {
  if (risk.kind === 'opportunity') return;
  const inherent = inherentLevel(criteria, risk);
  if (inherent === null)
    throw refuse(
      'RISK_NOT_ASSESSED',
      'A risk is closed only after it is assessed: give its likelihood and consequence',
      {},
    );
  const residual = residualLevel(criteria, risk);
  const treated = isTreatmentComplete(risk);
  const standing = residual ?? inherent;
  checkRetained(risk, criteria, standing, now);
  const reachedThreshold =
    residual !== null && treated && !isAboveThreshold(criteria, residual.key);
  const needsNothing =
    !isAboveThreshold(criteria, inherent.key) && !isAboveThreshold(criteria, standing.key);
  if (needsNothing || reachedThreshold) return;
  // Still above, or brought down only on paper: an acceptance must cover the higher level.
  const level = isAboveThreshold(criteria, standing.key) ? standing : inherent;
  if (isCoveredByAcceptance(criteria, level, risk.acceptances, now)) return;
  const threshold = levelOf(criteria, criteria.acceptanceThreshold);
  throw refuse(
    'RISK_ABOVE_THRESHOLD_UNTREATED',
    `A risk at level ${describe(level)}, above the acceptance threshold ${describe(threshold)}, is closed only when its treatment is done with a residual level at or below the threshold, or with a valid acceptance`,
    {
      level: level.key,
      threshold: threshold.key,
      residualLevel: residual?.key ?? null,
      isTreatmentComplete: treated,
      openActions: risk.actions.filter((action) => OPEN_ACTION_STATUSES.includes(action.status))
        .length,
    },
  );
};
