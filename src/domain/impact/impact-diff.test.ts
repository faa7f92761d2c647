import { describe, expect, it } from 'vitest';
import { EMPTY_IMPACT_ASSESSMENT } from './impact-assessment.js';
import type { Impact, ImpactAssessmentContent, ImpactMeasure } from './impact-assessment.js';
import { impactAssessmentDiff } from './impact-diff.js';

const HARM: Impact = {
  id: 'harm-1',
  description: 'Applicants from some postcodes are scored lower',
  affects: ['individuals', 'groups'],
  nature: 'harm',
  category: 'fairness_and_bias',
  likelihood: 3,
  severity: 4,
  reversibility: 'partly_reversible',
  scale: 'large_group',
};
const MEASURE: ImpactMeasure = {
  id: 'm-1',
  impactId: 'harm-1',
  description: 'Quarterly disparity test',
  ownerUserId: 'user-7',
  dueDate: '2027-03-31',
  status: 'planned',
  annexAControlIds: ['A.5.4'],
};
const APPROVED: ImpactAssessmentContent = {
  ...EMPTY_IMPACT_ASSESSMENT,
  scope: 'Credit scoring',
  trigger: 'initial',
  interestedParties: [
    { name: 'Applicants', description: 'People applying for a loan', isVulnerableGroup: false },
    { name: 'Credit officers', description: '', isVulnerableGroup: false },
  ],
  impacts: [HARM, { ...HARM, id: 'harm-2', category: 'privacy', severity: 2 }],
  measures: [MEASURE],
  nextReviewDate: '2027-06-01',
};

describe('what a new impact assessment version changes', () => {
  it('finds nothing in an unchanged copy, even with items moved', () => {
    const diff = impactAssessmentDiff(APPROVED, {
      ...APPROVED,
      impacts: [...APPROVED.impacts].reverse(),
    });
    expect(diff).toEqual({
      fields: [],
      interestedParties: { added: [], removed: [], changed: [] },
      impacts: { added: [], removed: [], changed: [] },
      measures: { added: [], removed: [], changed: [] },
      hasChanges: false,
    });
  });

  it('lists changed sections with their values before and after, in the order of the assessment', () => {
    const diff = impactAssessmentDiff(APPROVED, {
      ...APPROVED,
      trigger: 'significant_change',
      scope: 'Credit scoring and limit setting',
      nextReviewDate: null,
    });
    expect(diff.fields).toEqual([
      { field: 'scope', before: 'Credit scoring', after: 'Credit scoring and limit setting' },
      { field: 'trigger', before: 'initial', after: 'significant_change' },
      { field: 'nextReviewDate', before: '2027-06-01', after: null },
    ]);
    expect(diff.hasChanges).toBe(true);
  });

  it('matches impacts by id and names the fields that changed', () => {
    const reRated: Impact = { ...HARM, severity: 5, affects: ['individuals', 'groups', 'society'] };
    const added: Impact = { ...HARM, id: 'harm-3', category: 'security' };
    const diff = impactAssessmentDiff(APPROVED, { ...APPROVED, impacts: [added, reRated] });
    expect(diff.impacts).toEqual({
      added: [added],
      removed: [APPROVED.impacts[1]],
      changed: [{ key: 'harm-1', before: HARM, after: reRated, fields: ['affects', 'severity'] }],
    });
  });

  it('matches measures by id and parties by name without letter case', () => {
    const done: ImpactMeasure = { ...MEASURE, status: 'done', dueDate: '2027-02-28' };
    const diff = impactAssessmentDiff(APPROVED, {
      ...APPROVED,
      measures: [done],
      interestedParties: [
        { name: 'applicants', description: 'People applying for a loan', isVulnerableGroup: true },
        { name: 'Regulator', description: '', isVulnerableGroup: false },
      ],
    });
    expect(diff.measures.changed).toEqual([
      { key: 'm-1', before: MEASURE, after: done, fields: ['dueDate', 'status'] },
    ]);
    expect(diff.interestedParties.changed.map((item) => [item.key, item.fields])).toEqual([
      ['applicants', ['name', 'isVulnerableGroup']],
    ]);
    expect(diff.interestedParties.added.map((party) => party.name)).toEqual(['Regulator']);
    expect(diff.interestedParties.removed.map((party) => party.name)).toEqual(['Credit officers']);
    expect(diff.fields).toEqual([]);
  });

  it('shows everything as added when there is no previous version', () => {
    const diff = impactAssessmentDiff(null, APPROVED);
    expect(diff.fields.map((change) => [change.field, change.before])).toEqual([
      ['scope', ''],
      ['trigger', null],
      ['nextReviewDate', null],
    ]);
    expect(diff.impacts.added.map((impact) => impact.id)).toEqual(['harm-1', 'harm-2']);
    expect(diff.measures.added).toEqual([MEASURE]);
    expect(diff.interestedParties.added).toHaveLength(2);
  });
});
