import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.js';
import { DomainError } from '../errors.js';
import type { AcceptanceRequest } from './acceptance.js';
import { acceptanceState, checkAcceptance, validAcceptance } from './acceptance.js';
import { defaultRiskCriteria } from './default-criteria.js';

const criteria = defaultRiskCriteria();
const now = new Date('2026-12-01T09:30:00.000Z');

/** A high residual risk (4 × 3), owned by owner-1, requested by requester-1. */
const request = (changes: Partial<AcceptanceRequest> = {}): AcceptanceRequest => ({
  risk: {
    kind: 'risk',
    ownerUserId: 'owner-1',
    likelihood: 5,
    consequence: 5,
    residualLikelihood: 4,
    residualConsequence: 3,
  },
  criteria,
  acceptor: { userId: 'approver-1', roles: ['approver'] },
  requestedBy: 'requester-1',
  now,
  expiresOn: '2027-12-01',
  rationale: 'Manual review of every refusal covers the remaining risk.',
  ...changes,
});

const refusalOf = (changes: Partial<AcceptanceRequest>) => {
  try {
    checkAcceptance(request(changes));
  } catch (error) {
    if (error instanceof DomainError)
      return { code: error.code, kind: error.kind, details: error.details };
    throw error;
  }
  return undefined;
};

describe('checkAcceptance', () => {
  it('records the level accepted, who accepted and who asked', () => {
    expect(checkAcceptance(request({ rationale: '  Covered by review. ' }))).toEqual({
      levelKey: 'high',
      acceptedByUserId: 'approver-1',
      requestedByUserId: 'requester-1',
      acceptedAt: '2026-12-01T09:30:00.000Z',
      expiresOn: '2027-12-01',
      rationale: 'Covered by review.',
    });
  });

  it('accepts the inherent level when no residual score is recorded', () => {
    const risk = {
      ...request().risk,
      likelihood: 2,
      consequence: 2,
      residualLikelihood: null,
      residualConsequence: null,
    };
    expect(
      checkAcceptance(request({ risk, acceptor: { userId: 'manager-1', roles: ['aims_manager'] } }))
        .levelKey,
    ).toBe('low');
  });

  it.each<[string, Partial<AcceptanceRequest>, { code: string; kind: string; details?: object }]>([
    [
      'an AIMS manager for a high residual risk',
      { acceptor: { userId: 'manager-1', roles: ['aims_manager', 'contributor'] as Role[] } },
      {
        code: 'RISK_ACCEPTOR_NOT_AUTHORISED',
        kind: 'Forbidden',
        details: { level: 'high', allowedRoles: ['approver', 'top_management'] },
      },
    ],
    [
      'the risk owner',
      { acceptor: { userId: 'owner-1', roles: ['approver'] } },
      { code: 'RISK_ACCEPTOR_IS_OWNER', kind: 'Forbidden', details: { level: 'high' } },
    ],
    [
      'the person who asked for the acceptance',
      { acceptor: { userId: 'requester-1', roles: ['approver'] } },
      { code: 'RISK_ACCEPTOR_IS_REQUESTER', kind: 'Forbidden', details: { level: 'high' } },
    ],
    [
      'an opportunity',
      { risk: { ...request().risk, kind: 'opportunity' } },
      { code: 'RISK_OPPORTUNITY_NOT_ACCEPTED', kind: 'InvalidState' },
    ],
    [
      'an unscored risk',
      {
        risk: {
          ...request().risk,
          likelihood: null,
          consequence: null,
          residualLikelihood: null,
          residualConsequence: null,
        },
      },
      { code: 'RISK_NOT_ASSESSED', kind: 'InvalidState' },
    ],
    [
      'no rationale and no expiry',
      { rationale: ' ', expiresOn: null },
      {
        code: 'RISK_ACCEPTANCE_INVALID',
        kind: 'Invalid',
        details: {
          issues: [
            { field: 'rationale', reason: 'is required: say why the residual risk is acceptable' },
            { field: 'expiresOn', reason: 'is required: an acceptance holds for a limited time' },
          ],
        },
      },
    ],
    [
      'an expiry of today',
      { expiresOn: '2026-12-01' },
      {
        code: 'RISK_ACCEPTANCE_INVALID',
        kind: 'Invalid',
        details: { issues: [{ field: 'expiresOn', reason: 'must be after today (2026-12-01)' }] },
      },
    ],
    [
      'an expiry that is not a date',
      { expiresOn: '2027-13-01' },
      {
        code: 'RISK_ACCEPTANCE_INVALID',
        kind: 'Invalid',
        details: {
          issues: [{ field: 'expiresOn', reason: 'must be a date written as YYYY-MM-DD' }],
        },
      },
    ],
  ])('refuses %s', (_name, changes, expected) => {
    expect(refusalOf(changes)).toMatchObject(expected);
  });

  it('lets the owner accept when the criteria allow it, never the requester', () => {
    const lenient = { ...criteria, ownerMayAcceptOwnRisk: true };
    expect(
      checkAcceptance(
        request({ criteria: lenient, acceptor: { userId: 'owner-1', roles: ['approver'] } }),
      ).acceptedByUserId,
    ).toBe('owner-1');
    expect(
      refusalOf({
        criteria: lenient,
        requestedBy: 'owner-1',
        acceptor: { userId: 'owner-1', roles: ['approver'] },
      })?.code,
    ).toBe('RISK_ACCEPTOR_IS_REQUESTER');
  });

  it('names the allowed roles by their labels', () => {
    expect(() =>
      checkAcceptance(request({ acceptor: { userId: 'viewer-1', roles: ['viewer'] } })),
    ).toThrow(/^A residual risk at level High may be accepted only by: Approver, Top management$/);
  });

  it('leaves a critical residual risk to top management alone', () => {
    const critical = {
      risk: { ...request().risk, residualLikelihood: 5, residualConsequence: 5 },
    };
    expect(refusalOf(critical)).toMatchObject({
      code: 'RISK_ACCEPTOR_NOT_AUTHORISED',
      details: { level: 'critical', allowedRoles: ['top_management'] },
    });
    expect(
      checkAcceptance(
        request({ ...critical, acceptor: { userId: 'board-1', roles: ['top_management'] } }),
      ).levelKey,
    ).toBe('critical');
  });
});

describe('acceptanceState', () => {
  const acceptance = { expiresOn: '2027-01-01', revokedAt: null };

  it.each([
    ['2026-12-31T23:59:59.999Z', acceptance, 'valid'],
    ['2027-01-01T00:00:00.000Z', acceptance, 'expired'],
    [
      '2026-12-01T00:00:00.000Z',
      { ...acceptance, revokedAt: '2026-11-30T10:00:00.000Z' },
      'revoked',
    ],
    [
      '2027-02-01T00:00:00.000Z',
      { ...acceptance, revokedAt: '2026-11-30T10:00:00.000Z' },
      'revoked',
    ],
  ])('at %s reads %o as %s', (instant, given, state) => {
    expect(acceptanceState(given, new Date(instant))).toBe(state);
  });

  it('picks the valid acceptance that holds longest', () => {
    const acceptances = [
      { id: 'a', expiresOn: '2027-03-01', revokedAt: null },
      { id: 'b', expiresOn: '2027-09-01', revokedAt: null },
      { id: 'c', expiresOn: '2028-01-01', revokedAt: '2026-11-01T00:00:00.000Z' },
      { id: 'd', expiresOn: '2026-06-01', revokedAt: null },
    ];
    expect(validAcceptance(acceptances, now)?.id).toBe('b');
    expect(validAcceptance(acceptances.slice(2), now)).toBeUndefined();
  });
});
