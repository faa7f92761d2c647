import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  EMPTY_IMPACT_ASSESSMENT,
  checkImpactAssessmentDraft,
  validateImpactAssessment,
} from './impact-assessment.js';
import type { ImpactAssessmentInput } from './impact-assessment.js';

const HARM = {
  id: 'harm-1',
  description: 'Applicants from some postcodes are scored lower',
  affects: ['groups', 'individuals'],
  nature: 'harm',
  category: 'fairness_and_bias',
  likelihood: 3,
  severity: 4,
  reversibility: 'partly_reversible',
  scale: 'large_group',
};

const issuesOf = (input: ImpactAssessmentInput) => validateImpactAssessment(input).issues;

describe('impact assessment drafts', () => {
  it('accepts an empty draft as the empty assessment', () => {
    expect(validateImpactAssessment({})).toEqual({ issues: [], details: EMPTY_IMPACT_ASSESSMENT });
  });

  it('normalizes texts, choices given by label and the groups an impact reaches', () => {
    const content = checkImpactAssessmentDraft({
      scope: '  Credit scoring in the retail bank  ',
      trigger: 'Significant change',
      impacts: [
        { ...HARM, nature: 'Harm', category: 'Privacy', affects: ['society', 'individuals'] },
      ],
      measures: [
        {
          id: 'm-1',
          impactId: 'harm-1',
          ownerUserId: ' user-7 ',
          dueDate: '2027-03-31',
          annexAControlIds: [' A.5.4', 'A.5.4', 'A.9.4'],
        },
      ],
      interestedParties: [{ name: ' Applicants ', isVulnerableGroup: true }],
      nextReviewDate: '2027-12-01',
    });
    expect(content.scope).toBe('Credit scoring in the retail bank');
    expect(content.trigger).toBe('significant_change');
    expect(content.impacts[0]).toEqual({
      ...HARM,
      nature: 'harm',
      category: 'privacy',
      affects: ['individuals', 'society'],
    });
    expect(content.measures).toEqual([
      {
        id: 'm-1',
        impactId: 'harm-1',
        description: '',
        ownerUserId: 'user-7',
        dueDate: '2027-03-31',
        status: 'planned',
        annexAControlIds: ['A.5.4', 'A.9.4'],
      },
    ]);
    expect(content.interestedParties).toEqual([
      { name: 'Applicants', description: '', isVulnerableGroup: true },
    ]);
  });

  it('leaves choices a draft has not made as null', () => {
    const content = checkImpactAssessmentDraft({ impacts: [{ id: 'i-1' }] });
    expect(content.impacts[0]).toEqual({
      id: 'i-1',
      description: '',
      affects: [],
      nature: null,
      category: null,
      likelihood: null,
      severity: null,
      reversibility: null,
      scale: null,
    });
  });

  it.each<[string, ImpactAssessmentInput, string[]]>([
    ['an unknown trigger', { trigger: 'whim' }, ['trigger']],
    [
      'a severity above 5',
      { impacts: [HARM, { ...HARM, id: 'h-2', severity: 6 }] },
      ['impacts.1.severity'],
    ],
    ['a likelihood of 0', { impacts: [{ ...HARM, likelihood: 0 }] }, ['impacts.0.likelihood']],
    ['a fractional severity', { impacts: [{ ...HARM, severity: 2.5 }] }, ['impacts.0.severity']],
    [
      'an unknown category',
      { impacts: [{ ...HARM, category: 'weather' }] },
      ['impacts.0.category'],
    ],
    ['an unknown nature', { impacts: [{ ...HARM, nature: 'neutral' }] }, ['impacts.0.nature']],
    [
      'an unknown reversibility',
      { impacts: [{ ...HARM, reversibility: 'maybe' }] },
      ['impacts.0.reversibility'],
    ],
    ['an unknown scale', { impacts: [{ ...HARM, scale: 'galactic' }] }, ['impacts.0.scale']],
    [
      'an unknown group reached',
      { impacts: [{ ...HARM, affects: ['groups', 'pets'] }] },
      ['impacts.0.affects.1'],
    ],
    ['an impact without id', { impacts: [{ ...HARM, id: ' ' }] }, ['impacts.0.id']],
    ['an impact id used twice', { impacts: [HARM, HARM] }, ['impacts.1.id']],
    ['a party without a name', { interestedParties: [{ name: '' }] }, ['interestedParties.0.name']],
    [
      'a party listed twice',
      { interestedParties: [{ name: 'Staff' }, { name: 'staff' }] },
      ['interestedParties.1.name'],
    ],
    [
      'a measure for a missing impact',
      { impacts: [HARM], measures: [{ id: 'm', impactId: 'harm-9' }] },
      ['measures.0.impactId'],
    ],
    ['a measure id used twice', { measures: [{ id: 'm' }, { id: 'm' }] }, ['measures.1.id']],
    [
      'an impossible due date',
      { measures: [{ id: 'm', dueDate: '2027-02-30' }] },
      ['measures.0.dueDate'],
    ],
    [
      'an unknown measure status',
      { measures: [{ id: 'm', status: 'abandoned' }] },
      ['measures.0.status'],
    ],
    [
      'a measure naming something that is not an Annex A control',
      { measures: [{ id: 'm', annexAControlIds: ['A.5.4', 'A.5.1'] }] },
      ['measures.0.annexAControlIds.1'],
    ],
    ['a review date in another format', { nextReviewDate: '01/12/2027' }, ['nextReviewDate']],
    ['a scope too long', { scope: 'x'.repeat(10_001) }, ['scope']],
  ])('reports %s at its field', (_case, input, fields) => {
    expect(issuesOf(input).map((issue) => issue.field)).toEqual(fields);
  });

  it('lists every problem at once in IMPACT_ASSESSMENT_INVALID', () => {
    let error: unknown;
    try {
      checkImpactAssessmentDraft({
        trigger: 'whim',
        impacts: [HARM, HARM, { ...HARM, id: 'h-3', severity: 9 }],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'IMPACT_ASSESSMENT_INVALID',
      kind: 'Invalid',
      message: 'The impact assessment has 3 problems',
      details: {
        issues: [
          {
            field: 'trigger',
            reason: expect.stringContaining('must be one of: Initial assessment'),
          },
          { field: 'impacts.1.id', reason: '"harm-1" is used twice' },
          { field: 'impacts.2.severity', reason: 'must be a whole number from 1 to 5' },
        ],
      },
    });
  });
});
