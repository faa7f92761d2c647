import { describe, expect, it } from 'vitest';
import { EMPTY_IMPACT_ASSESSMENT } from './impact-assessment.js';
import type { Impact } from './impact-assessment.js';
import { impactProfile } from './impact-profile.js';
import type { ImpactCategory, ImpactNature, ImpactRating } from './impact-values.js';

let next = 0;
const impact = (
  nature: ImpactNature | null,
  category: ImpactCategory | null,
  severity: ImpactRating | null,
): Impact => ({
  id: `i-${(next += 1)}`,
  description: '',
  affects: ['individuals'],
  nature,
  category,
  likelihood: 3,
  severity,
  reversibility: null,
  scale: null,
});

const profileOf = (impacts: Impact[]) => impactProfile({ ...EMPTY_IMPACT_ASSESSMENT, impacts });

describe('impact profile', () => {
  it('has a zero row for every category when there are no impacts', () => {
    const profile = profileOf([]);
    expect(profile.harms).toHaveLength(10);
    expect(profile.harms[0]).toEqual({
      category: 'fairness_and_bias',
      label: 'Fairness and bias',
      bySeverity: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      total: 0,
    });
    expect([profile.harmTotal, profile.benefitTotal, profile.unclassified]).toEqual([0, 0, 0]);
  });

  it('counts harms by category and severity, benefits apart, and unclassified impacts aside', () => {
    const profile = profileOf([
      impact('harm', 'privacy', 4),
      impact('harm', 'privacy', 4),
      impact('harm', 'privacy', 1),
      impact('harm', 'safety_and_health', 5),
      impact('benefit', 'privacy', 3),
      impact('benefit', 'economic_and_employment', 2),
      impact('harm', null, 3),
      impact(null, 'privacy', 3),
      impact('harm', 'privacy', null),
    ]);
    const rowOf = (rows: typeof profile.harms, category: ImpactCategory) =>
      rows.find((row) => row.category === category);
    expect(rowOf(profile.harms, 'privacy')).toMatchObject({
      bySeverity: { 1: 1, 2: 0, 3: 0, 4: 2, 5: 0 },
      total: 3,
    });
    expect(rowOf(profile.harms, 'safety_and_health')?.bySeverity[5]).toBe(1);
    expect(rowOf(profile.benefits, 'privacy')?.bySeverity).toEqual({
      1: 0,
      2: 0,
      3: 1,
      4: 0,
      5: 0,
    });
    expect(rowOf(profile.benefits, 'economic_and_employment')?.total).toBe(1);
    expect([profile.harmTotal, profile.benefitTotal, profile.unclassified]).toEqual([4, 2, 3]);
  });
});
