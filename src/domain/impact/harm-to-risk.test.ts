import { describe, expect, it } from 'vitest';
import type { Impact } from './impact-assessment.js';
import { riskDraftFromHarm } from './harm-to-risk.js';

const META = { aiSystemId: 'sys-1', assessmentId: 'ia-1', version: 3 };
const HARM: Impact = {
  id: 'harm-1',
  description: 'Applicants from some postcodes are scored lower',
  affects: ['individuals', 'groups', 'society'],
  nature: 'harm',
  category: 'fairness_and_bias',
  likelihood: 3,
  severity: 4,
  reversibility: 'partly_reversible',
  scale: 'large_group',
};

describe('raising a harm as a risk', () => {
  it('derives the risk from the harm and links it back', () => {
    expect(riskDraftFromHarm(META, HARM)).toEqual({
      aiSystemId: 'sys-1',
      statement:
        'Harm (Fairness and bias) found by impact assessment version 3: Applicants from some postcodes are scored lower',
      consequences:
        'Affects individuals, groups of individuals and society: severity 4 of 5; partly reversible; reaching a large group.',
      category: 'fairness_and_bias',
      suggestedLikelihood: 3,
      suggestedConsequence: 4,
      source: { impactAssessmentId: 'ia-1', impactId: 'harm-1' },
    });
  });

  it.each<[string, Partial<Impact>, string, string]>([
    [
      'one group, no ratings yet',
      { affects: ['society'], severity: null, reversibility: null, scale: null },
      'Harm (Fairness and bias) found by impact assessment version 3: Applicants from some postcodes are scored lower',
      'Affects society.',
    ],
    [
      'two groups, no category, no description',
      { affects: ['individuals', 'groups'], category: null, description: '', scale: 'individual' },
      'Harm found by impact assessment version 3: impact harm-1',
      'Affects individuals and groups of individuals: severity 4 of 5; partly reversible; reaching one person at a time.',
    ],
    [
      'nobody named yet',
      { affects: [], reversibility: 'irreversible', scale: null },
      'Harm (Fairness and bias) found by impact assessment version 3: Applicants from some postcodes are scored lower',
      'Affects people not yet named: severity 4 of 5; irreversible.',
    ],
  ])('words a harm with %s', (_case, change, statement, consequences) => {
    expect(riskDraftFromHarm(META, { ...HARM, ...change })).toMatchObject({
      statement,
      consequences,
    });
  });

  it.each([['benefit' as const], [null]])('refuses an impact of nature %s', (nature) => {
    expect(() => riskDraftFromHarm(META, { ...HARM, nature })).toThrow(
      expect.objectContaining({
        code: 'IMPACT_NOT_A_HARM',
        kind: 'Invalid',
        details: { issues: [{ field: 'impactId', reason: 'impact "harm-1" is not a harm' }] },
      }),
    );
  });
});
