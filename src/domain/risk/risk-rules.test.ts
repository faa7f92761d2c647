import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { defaultRiskCriteria } from './default-criteria.js';
import type { RiskClosingFacts } from './risk-rules.js';
import { checkClose, isTreatmentComplete } from './risk-rules.js';

const criteria = defaultRiskCriteria();
const now = new Date('2026-12-01T12:00:00.000Z');

/** Critical before treatment (5 × 5), nothing else yet. */
const critical: RiskClosingFacts = {
  kind: 'risk',
  treatmentOption: null,
  likelihood: 5,
  consequence: 5,
  residualLikelihood: null,
  residualConsequence: null,
  actions: [],
  acceptances: [],
};
const toLow = { residualLikelihood: 2, residualConsequence: 2 };
const toHigh = { residualLikelihood: 4, residualConsequence: 3 };
const done = { status: 'done' as const };
const acceptance = (
  levelKey: string,
  expiresOn = '2027-12-01',
  revokedAt: string | null = null,
) => ({
  levelKey,
  expiresOn,
  revokedAt,
});

const outcomeOf = (risk: RiskClosingFacts) => {
  try {
    checkClose(risk, criteria, now);
    return 'closes';
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'InvalidState') return error.code;
    throw error;
  }
};

describe('checkClose', () => {
  it.each<[string, Partial<RiskClosingFacts>, string]>([
    ['an opportunity, whatever its level', { kind: 'opportunity' }, 'closes'],
    ['an unscored risk', { likelihood: null, consequence: null }, 'RISK_NOT_ASSESSED'],
    ['a low risk left alone', { likelihood: 1, consequence: 1 }, 'closes'],
    ['a risk at the threshold (medium) left alone', { likelihood: 2, consequence: 3 }, 'closes'],
    ['a critical risk left alone', {}, 'RISK_ABOVE_THRESHOLD_UNTREATED'],
    [
      'a critical risk treated down to low, every action done or cancelled',
      { ...toLow, treatmentOption: 'modify', actions: [done, { status: 'cancelled' }] },
      'closes',
    ],
    [
      'a critical risk with a low residual while an action is still in progress',
      { ...toLow, treatmentOption: 'modify', actions: [done, { status: 'in_progress' }] },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a critical risk with a low residual and no action at all',
      { ...toLow, treatmentOption: 'avoid' },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a critical risk whose only action was cancelled',
      { ...toLow, treatmentOption: 'share', actions: [{ status: 'cancelled' }] },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a critical risk with a low residual but no treatment option',
      { ...toLow, actions: [done] },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a risk treated, but its residual still high',
      { ...toHigh, treatmentOption: 'modify', actions: [done] },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a high residual risk with a valid acceptance of high',
      { ...toHigh, treatmentOption: 'modify', actions: [done], acceptances: [acceptance('high')] },
      'closes',
    ],
    [
      'a high residual risk accepted only at medium',
      {
        ...toHigh,
        treatmentOption: 'modify',
        actions: [done],
        acceptances: [acceptance('medium')],
      },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a high residual risk whose acceptance expired today',
      {
        ...toHigh,
        treatmentOption: 'modify',
        actions: [done],
        acceptances: [acceptance('high', '2026-12-01')],
      },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    [
      'a high residual risk whose acceptance was revoked',
      {
        ...toHigh,
        treatmentOption: 'modify',
        actions: [done],
        acceptances: [acceptance('high', '2027-12-01', '2026-11-01T00:00:00.000Z')],
      },
      'RISK_ABOVE_THRESHOLD_UNTREATED',
    ],
    ['a critical risk accepted as it is', { acceptances: [acceptance('critical')] }, 'closes'],
    [
      'a low residual forecast while actions are open, accepted at the inherent level',
      {
        ...toLow,
        treatmentOption: 'modify',
        actions: [{ status: 'planned' }],
        acceptances: [acceptance('critical')],
      },
      'closes',
    ],
    [
      'a retained low risk without an acceptance',
      { likelihood: 1, consequence: 1, treatmentOption: 'retain' },
      'RISK_RETAINED_WITHOUT_ACCEPTANCE',
    ],
    [
      'a retained high risk without an acceptance',
      { ...toHigh, treatmentOption: 'retain' },
      'RISK_RETAINED_WITHOUT_ACCEPTANCE',
    ],
    [
      'a retained high risk accepted at high',
      { ...toHigh, treatmentOption: 'retain', acceptances: [acceptance('high')] },
      'closes',
    ],
    [
      'a retained low risk accepted at low',
      {
        likelihood: 1,
        consequence: 1,
        treatmentOption: 'retain',
        acceptances: [acceptance('low')],
      },
      'closes',
    ],
  ])('%s: %s', (_name, changes, expected) => {
    expect(outcomeOf({ ...critical, ...changes })).toBe(expected);
  });

  it('explains the refusal with the level, the threshold and what is still open', () => {
    expect(() =>
      checkClose(
        { ...critical, ...toLow, treatmentOption: 'modify', actions: [{ status: 'planned' }] },
        criteria,
        now,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'RISK_ABOVE_THRESHOLD_UNTREATED',
        message:
          'A risk at level Critical (critical), above the acceptance threshold Medium (medium), is closed only when its treatment is done with a residual level at or below the threshold, or with a valid acceptance',
        details: {
          level: 'critical',
          threshold: 'medium',
          residualLevel: 'low',
          isTreatmentComplete: false,
          openActions: 1,
        },
      }),
    );
  });
});

describe('isTreatmentComplete', () => {
  it.each<[string, Pick<RiskClosingFacts, 'treatmentOption' | 'actions'>, boolean]>([
    ['modify, all done', { treatmentOption: 'modify', actions: [done, done] }, true],
    [
      'avoid, done and cancelled',
      { treatmentOption: 'avoid', actions: [done, { status: 'cancelled' }] },
      true,
    ],
    [
      'share, one planned',
      { treatmentOption: 'share', actions: [done, { status: 'planned' }] },
      false,
    ],
    ['retain, all done', { treatmentOption: 'retain', actions: [done] }, false],
    ['no option', { treatmentOption: null, actions: [done] }, false],
    ['no actions', { treatmentOption: 'modify', actions: [] }, false],
  ])('%s: %s', (_name, risk, expected) => {
    expect(isTreatmentComplete(risk)).toBe(expected);
  });
});
