import { describe, expect, it } from 'vitest';
import { riskBodyOf, riskFormValuesOf } from './risk-form-values.js';

describe('the risk form’s body', () => {
  it('sends empty scores and dates as null', () => {
    const body = riskBodyOf({ ...riskFormValuesOf(undefined), statement: 'Drift' });
    expect(body).toMatchObject({
      kind: 'risk',
      statement: 'Drift',
      likelihood: null,
      consequence: null,
      residualLikelihood: null,
      residualConsequence: null,
      treatmentDueDate: null,
      reviewDate: null,
      aiSystemIds: [],
      annexCRiskSourceId: null,
    });
  });

  it('sends the chosen scores as numbers', () => {
    const body = riskBodyOf({
      ...riskFormValuesOf(undefined),
      likelihood: '5',
      consequence: '4',
      residualLikelihood: '2',
      residualConsequence: '2',
      reviewDate: '2027-01-31',
    });
    expect([
      body.likelihood,
      body.consequence,
      body.residualLikelihood,
      body.residualConsequence,
    ]).toEqual([5, 4, 2, 2]);
    expect(body.reviewDate).toBe('2027-01-31');
  });
});
