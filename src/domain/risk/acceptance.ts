/**
 * Acceptance of residual AI risk (ISO/IEC 42001 clause 6.1.3: residual risk
 * is accepted by people with the authority to do so): who may accept a risk
 * at its level, segregation of duties
 * (neither the person who asked for the acceptance nor, unless the criteria
 * allow it, the risk owner), and an acceptance that ends — on its expiry
 * date or when revoked — after which the risk is open for review again.
 */
import type { AuditeeRole, Role } from '../access/roles.js';
import { ROLE_LABELS } from '../access/roles.js';
import type { Timestamp } from '../clock.js';
import { toTimestamp } from '../clock.js';
import type { FieldIssue } from '../errors.js';
import { DomainError, invalid } from '../errors.js';
import { LONG_TEXT_MAX, calendarDateOf, isCalendarDate } from '../validation.js';
import type { RiskCriteria } from './criteria.js';
import type { RiskDetails } from './risk.js';
import type { ScoredLevel, ScoredRisk } from './scoring.js';
import { currentLevel, levelOf } from './scoring.js';

/** One acceptance of a risk's residual level, as recorded. */
export interface RiskAcceptance {
  readonly id: string;
  readonly riskId: string;
  /** The level the risk had when it was accepted; a higher level later is not covered. */
  readonly levelKey: string;
  readonly acceptedByUserId: string;
  readonly requestedByUserId: string | null;
  readonly acceptedAt: Timestamp;
  /** The first day the acceptance no longer holds (YYYY-MM-DD). */
  readonly expiresOn: string;
  readonly rationale: string;
  readonly revokedAt: Timestamp | null;
}

export const ACCEPTANCE_STATES = ['valid', 'expired', 'revoked'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

/** Revoked beats expired: an acceptance is valid until the day before `expiresOn`. */
export const acceptanceState = (
  acceptance: Pick<RiskAcceptance, 'expiresOn' | 'revokedAt'>,
  now: Date,
): AcceptanceState =>
  acceptance.revokedAt !== null
    ? 'revoked'
    : calendarDateOf(now) >= acceptance.expiresOn
      ? 'expired'
      : 'valid';

/** The valid acceptance that holds longest, if any. */
export const validAcceptance = <T extends Pick<RiskAcceptance, 'expiresOn' | 'revokedAt'>>(
  acceptances: readonly T[],
  now: Date,
): T | undefined =>
  acceptances
    .filter((acceptance) => acceptanceState(acceptance, now) === 'valid')
    .sort((a, b) => b.expiresOn.localeCompare(a.expiresOn))[0];

export interface AcceptanceRequest {
  readonly risk: ScoredRisk & Pick<RiskDetails, 'kind' | 'ownerUserId'>;
  readonly criteria: RiskCriteria;
  readonly acceptor: { readonly userId: string; readonly roles: readonly Role[] };
  /** Who asked for the acceptance; null when nobody did (the acceptor decided alone). */
  readonly requestedBy: string | null;
  readonly now: Date;
  readonly expiresOn: string | null | undefined;
  readonly rationale: string | null | undefined;
}

/** What an acceptance records once the rules let it through. */
export type AcceptanceDetails = Omit<RiskAcceptance, 'id' | 'riskId' | 'revokedAt'>;

const refuse = (code: string, message: string, details: Record<string, unknown>) =>
  new DomainError(code, 'InvalidState', message, details);

const forbid = (code: string, message: string, details: Record<string, unknown>) =>
  new DomainError(code, 'Forbidden', message, details);

const levelToAccept = (request: AcceptanceRequest): ScoredLevel => {
  if (request.risk.kind === 'opportunity')
    throw refuse(
      'RISK_OPPORTUNITY_NOT_ACCEPTED',
      'An opportunity is pursued, not accepted: acceptance applies to risks only',
      {},
    );
  const level = currentLevel(request.criteria, request.risk);
  if (level === null)
    throw refuse(
      'RISK_NOT_ASSESSED',
      'Score the risk (likelihood and consequence) before its residual risk is accepted',
      {},
    );
  return level;
};

const checkAuthority = (request: AcceptanceRequest, level: ScoredLevel) => {
  const allowedRoles = request.criteria.acceptanceAuthority[level.key] ?? [];
  if (!request.acceptor.roles.some((role) => (allowedRoles as readonly Role[]).includes(role)))
    throw forbid(
      'RISK_ACCEPTOR_NOT_AUTHORISED',
      `A residual risk at level ${level.label} may be accepted only by: ${allowedRoles
        .map((role: AuditeeRole) => ROLE_LABELS[role])
        .join(', ')}`,
      { level: level.key, allowedRoles },
    );
  const { userId } = request.acceptor;
  if (userId === request.risk.ownerUserId && !request.criteria.ownerMayAcceptOwnRisk)
    throw forbid(
      'RISK_ACCEPTOR_IS_OWNER',
      'The risk owner may not accept their own risk under these risk criteria; ask another person with authority',
      { level: level.key },
    );
  if (userId === request.requestedBy)
    throw forbid(
      'RISK_ACCEPTOR_IS_REQUESTER',
      'Whoever asked for the acceptance may not grant it; another person with authority decides',
      { level: level.key },
    );
};

const checkAcceptanceFields = (request: AcceptanceRequest) => {
  const issues: FieldIssue[] = [];
  const rationale = (request.rationale ?? '').trim();
  if (rationale.length === 0)
    issues.push({
      field: 'rationale',
      reason: 'is required: say why the residual risk is acceptable',
    });
  else if (rationale.length > LONG_TEXT_MAX)
    issues.push({ field: 'rationale', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  const expiresOn = (request.expiresOn ?? '').trim();
  const today = calendarDateOf(request.now);
  if (expiresOn === '')
    issues.push({
      field: 'expiresOn',
      reason: 'is required: an acceptance holds for a limited time',
    });
  else if (!isCalendarDate(expiresOn))
    issues.push({ field: 'expiresOn', reason: 'must be a date written as YYYY-MM-DD' });
  else if (expiresOn <= today)
    issues.push({ field: 'expiresOn', reason: `must be after today (${today})` });
  if (issues.length > 0)
    throw invalid('RISK_ACCEPTANCE_INVALID', 'The acceptance is not complete', issues);
  return { rationale, expiresOn };
};

/**
 * Checks that this person may accept the risk's current (residual, else
 * inherent) level now, and returns what the acceptance records.
 * @throws DomainError `RISK_OPPORTUNITY_NOT_ACCEPTED` or `RISK_NOT_ASSESSED` (InvalidState);
 *   `RISK_ACCEPTOR_NOT_AUTHORISED`, `RISK_ACCEPTOR_IS_OWNER` or `RISK_ACCEPTOR_IS_REQUESTER`
 *   (Forbidden); `RISK_ACCEPTANCE_INVALID` (Invalid, fields `rationale` and `expiresOn`).
 */
export const checkAcceptance = (request: AcceptanceRequest): AcceptanceDetails => {
  const level = levelToAccept(request);
  checkAuthority(request, level);
  const { rationale, expiresOn } = checkAcceptanceFields(request);
  return {
    levelKey: level.key,
    acceptedByUserId: request.acceptor.userId,
    requestedByUserId: request.requestedBy,
    acceptedAt: toTimestamp(request.now),
    expiresOn,
    rationale,
  };
};

/** Whether a valid acceptance among these covers a risk at `level` (given at that level or higher). */
export const isCoveredByAcceptance = (
  criteria: RiskCriteria,
  level: ScoredLevel,
  acceptances: readonly Pick<RiskAcceptance, 'expiresOn' | 'revokedAt' | 'levelKey'>[],
  now: Date,
): boolean =>
  acceptances.some(
    (acceptance) =>
      acceptanceState(acceptance, now) === 'valid' &&
      criteria.levels.some((entry) => entry.key === acceptance.levelKey) &&
      levelOf(criteria, acceptance.levelKey).rank >= level.rank,
  );
