import { describe, expect, it } from 'vitest';
import { defaultRiskCriteria } from './default-criteria.js';
import { riskStanding } from './risk-status.js';
import type { RiskStatusFacts } from './risk-status.js';

const criteria = defaultRiskCriteria();
const now = new Date('2026-12-03T12:00:00Z');
const base: RiskStatusFacts = {
  kind: 'risk',
  status: 'identified',
  likelihood: 4,
  consequence: 4,
  residualLikelihood: null,
  residualConsequence: null,
  treatmentOption: null,
  actions: [],
  acceptances: [],
};
const accepted = (levelKey: string, expiresOn: string, revokedAt: string | null = null) => ({
  levelKey,
  expiresOn,
  revokedAt,
});

describe('riskStanding', () => {
  it.each<[string, Partial<RiskStatusFacts>, string, string | null]>([
    ['not scored', { likelihood: null, consequence: null }, 'identified', null],
    ['scored, no treatment chosen', {}, 'assessed', null],
    [
      'treatment chosen, an action open',
      { treatmentOption: 'modify', actions: [{ status: 'done' }, { status: 'planned' }] },
      'in_treatment',
      null,
    ],
    [
      'every action done',
      { treatmentOption: 'modify', actions: [{ status: 'done' }, { status: 'cancelled' }] },
      'treated',
      null,
    ],
    [
      'a valid acceptance of its level',
      { treatmentOption: 'retain', acceptances: [accepted('high', '2027-06-30')] },
      'accepted',
      '2027-06-30',
    ],
    [
      'an acceptance of a lower level only',
      { treatmentOption: 'retain', acceptances: [accepted('medium', '2027-06-30')] },
      'review_due',
      null,
    ],
    [
      'an acceptance that expired today',
      { treatmentOption: 'retain', acceptances: [accepted('high', '2026-12-03')] },
      'review_due',
      null,
    ],
    [
      'a revoked acceptance',
      {
        treatmentOption: 'retain',
        acceptances: [accepted('high', '2027-06-30', '2026-12-01T00:00:00.000Z')],
      },
      'review_due',
      null,
    ],
    [
      'an opportunity with an acceptance on record',
      { kind: 'opportunity', acceptances: [accepted('high', '2027-06-30')] },
      'assessed',
      null,
    ],
    [
      'closed stays closed',
      { status: 'closed', acceptances: [accepted('high', '2027-06-30')] },
      'closed',
      null,
    ],
  ])('%s → %s', (_case, facts, status, acceptedUntil) => {
    expect(riskStanding({ ...base, ...facts }, criteria, now)).toEqual({ status, acceptedUntil });
  });

  it('reads a scored risk as identified while no criteria are known', () => {
    expect(riskStanding(base, null, now).status).toBe('identified');
  });
});
