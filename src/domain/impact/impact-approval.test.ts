import { describe, expect, it } from 'vitest';
import { EMPTY_IMPACT_ASSESSMENT } from './impact-assessment.js';
import type { Impact, ImpactAssessmentContent, ImpactMeasure } from './impact-assessment.js';
import {
  checkImpactAssessmentForApproval,
  impactAssessmentApprovalIssues,
} from './impact-approval.js';

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
const BENEFIT: Impact = {
  ...HARM,
  id: 'benefit-1',
  description: 'Faster answers to applicants',
  nature: 'benefit',
  category: 'economic_and_employment',
};
const MEASURE: ImpactMeasure = {
  id: 'm-1',
  impactId: 'harm-1',
  description: 'Quarterly disparity test by postcode group',
  ownerUserId: 'user-7',
  dueDate: '2027-03-31',
  status: 'planned',
  annexAControlIds: ['A.5.4'],
};

const COMPLETE: ImpactAssessmentContent = {
  scope: 'Credit scoring of retail loan applications',
  trigger: 'initial',
  systemDescription: 'Gradient-boosted model scoring applications',
  purpose: 'Rank applications for manual review',
  intendedUses: 'Decision support for credit officers',
  foreseeableMisuse: 'Automatic refusal without review',
  dataAndDataQuality: 'Five years of applications; known gaps in income data',
  algorithmAndModel: 'Gradient boosting, monthly retraining',
  deploymentEnvironment: 'EU branches, English and German',
  interestedParties: [{ name: 'Applicants', description: '', isVulnerableGroup: true }],
  impacts: [HARM, BENEFIT],
  measures: [MEASURE],
  thresholds: 'Any credit use is a sensitive use',
  nextReviewDate: '2027-12-01',
  retention: 'Until 2034-12-31',
};

const fieldsOf = (content: ImpactAssessmentContent) =>
  impactAssessmentApprovalIssues(content).map((issue) => issue.field);

describe('impact assessment approval', () => {
  it('finds nothing missing in a complete assessment, and a benefit needs no measure', () => {
    expect(impactAssessmentApprovalIssues(COMPLETE)).toEqual([]);
    expect(checkImpactAssessmentForApproval(COMPLETE)).toBe(COMPLETE);
  });

  it('lists every empty section, in the order of the assessment', () => {
    expect(fieldsOf(EMPTY_IMPACT_ASSESSMENT)).toEqual([
      'scope',
      'trigger',
      'systemDescription',
      'purpose',
      'intendedUses',
      'foreseeableMisuse',
      'dataAndDataQuality',
      'algorithmAndModel',
      'deploymentEnvironment',
      'thresholds',
      'retention',
      'interestedParties',
      'impacts',
      'nextReviewDate',
    ]);
  });

  it.each<[string, Partial<ImpactAssessmentContent>, string[]]>([
    [
      'an unrated impact',
      { impacts: [HARM, { ...BENEFIT, severity: null, likelihood: null }] },
      ['impacts.1.likelihood', 'impacts.1.severity'],
    ],
    [
      'an impact with no choices made',
      {
        impacts: [
          HARM,
          {
            id: 'x',
            description: '',
            affects: [],
            nature: null,
            category: null,
            likelihood: null,
            severity: null,
            reversibility: null,
            scale: null,
          },
        ],
      },
      [
        'impacts.1.description',
        'impacts.1.affects',
        'impacts.1.nature',
        'impacts.1.category',
        'impacts.1.likelihood',
        'impacts.1.severity',
        'impacts.1.reversibility',
        'impacts.1.scale',
      ],
    ],
    ['a harm with no measure', { measures: [] }, ['impacts.0.measures']],
    [
      'a harm whose measure has no owner',
      { measures: [{ ...MEASURE, ownerUserId: null }] },
      ['impacts.0.measures'],
    ],
    [
      'a harm whose measure has no due date',
      { measures: [{ ...MEASURE, dueDate: null }] },
      ['impacts.0.measures'],
    ],
    [
      'a harm with one owned and dated measure among others',
      { measures: [{ ...MEASURE, id: 'm-0', ownerUserId: null }, MEASURE] },
      [],
    ],
    [
      'a measure without a description',
      { measures: [{ ...MEASURE, description: '' }] },
      ['measures.0.description'],
    ],
    [
      'a measure for no impact',
      { measures: [MEASURE, { ...MEASURE, id: 'm-2', impactId: null }] },
      ['measures.1.impactId'],
    ],
    ['no review date', { nextReviewDate: null }, ['nextReviewDate']],
    ['no retention', { retention: '' }, ['retention']],
  ])('reports %s', (_case, change, fields) => {
    expect(fieldsOf({ ...COMPLETE, ...change })).toEqual(fields);
  });

  it('explains whether a harm lacks any measure or only an owned and dated one', () => {
    expect(impactAssessmentApprovalIssues({ ...COMPLETE, measures: [] })).toEqual([
      {
        field: 'impacts.0.measures',
        reason: 'harm "harm-1" needs at least one measure that addresses it',
      },
    ]);
    expect(
      impactAssessmentApprovalIssues({ ...COMPLETE, measures: [{ ...MEASURE, dueDate: null }] }),
    ).toEqual([
      {
        field: 'impacts.0.measures',
        reason: 'harm "harm-1" needs a measure with an owner and a due date',
      },
    ]);
  });

  it('refuses an incomplete assessment with IMPACT_ASSESSMENT_INCOMPLETE, an invalid state', () => {
    const refusal = (() => {
      try {
        checkImpactAssessmentForApproval({ ...COMPLETE, nextReviewDate: null, impacts: [] });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toMatchObject({
      code: 'IMPACT_ASSESSMENT_INCOMPLETE',
      kind: 'InvalidState',
      message: 'The impact assessment is not complete: 3 items are missing',
      details: {
        issues: [
          { field: 'impacts', reason: 'record at least one impact before approval' },
          { field: 'measures.0.impactId', reason: 'no impact has the id "harm-1"' },
          { field: 'nextReviewDate', reason: 'is required before approval' },
        ],
      },
    });
  });
});
