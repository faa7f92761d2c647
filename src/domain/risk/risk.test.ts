import { describe, expect, it } from 'vitest';
import { defaultRiskCriteria } from './default-criteria.js';
import type { RiskInput } from './risk.js';
import { RISK_STATUSES, TREATMENT_OPTIONS, checkRiskInput } from './risk.js';

const criteria = defaultRiskCriteria();
const fieldsOf = (input: RiskInput) =>
  checkRiskInput(input, criteria).issues.map((issue) => `${issue.field}: ${issue.reason}`);

describe('risk vocabulary', () => {
  it('declares the four treatment options and the statuses in order', () => {
    expect(TREATMENT_OPTIONS).toEqual(['modify', 'avoid', 'share', 'retain']);
    expect(RISK_STATUSES).toEqual([
      'identified',
      'assessed',
      'in_treatment',
      'treated',
      'accepted',
      'review_due',
      'closed',
    ]);
  });
});

describe('checkRiskInput', () => {
  it('refuses an Annex C objective that is not in the catalog, at its index', () => {
    const { issues } = checkRiskInput(
      { statement: 'x', annexCObjectiveIds: ['fairness', 'speed'] },
      criteria,
    );
    expect(issues).toEqual([expect.objectContaining({ field: 'annexCObjectiveIds.1' })]);
  });

  it('normalizes a complete risk', () => {
    const { details, issues } = checkRiskInput(
      {
        statement: '  Loan model treats applicants from some postcodes unfairly ',
        annexCRiskSourceId: 'machine-learning',
        annexCObjectiveIds: ['fairness', 'Privacy', 'fairness'],
        aiSystemIds: [' sys-1 ', 'sys-2', 'sys-1'],
        consequencesForOrganization: ' Regulatory fines ',
        consequencesForIndividuals: 'Applicants refused unfairly',
        existingControls: 'Quarterly fairness test',
        ownerUserId: '',
        likelihood: 4,
        consequence: 4,
        treatmentOption: 'Modify',
        treatmentDueDate: '2027-03-31',
        residualLikelihood: 2,
        residualConsequence: 3,
        reviewDate: '2027-06-30',
      },
      criteria,
    );
    expect(issues).toEqual([]);
    expect(details).toEqual({
      kind: 'risk',
      statement: 'Loan model treats applicants from some postcodes unfairly',
      description: '',
      source: '',
      annexCRiskSourceId: 'machine-learning',
      annexCObjectiveIds: ['fairness', 'privacy'],
      aiSystemIds: ['sys-1', 'sys-2'],
      consequencesForOrganization: 'Regulatory fines',
      consequencesForIndividuals: 'Applicants refused unfairly',
      existingControls: 'Quarterly fairness test',
      ownerUserId: null,
      likelihood: 4,
      consequence: 4,
      treatmentOption: 'modify',
      treatmentDueDate: '2027-03-31',
      residualLikelihood: 2,
      residualConsequence: 3,
      reviewDate: '2027-06-30',
    });
  });

  it('takes an unscored opportunity', () => {
    const { details, issues } = checkRiskInput(
      { kind: 'opportunity', statement: 'Automate triage of support tickets' },
      criteria,
    );
    expect(issues).toEqual([]);
    expect(details).toMatchObject({
      kind: 'opportunity',
      likelihood: null,
      residualLikelihood: null,
    });
  });

  it.each<[string, RiskInput, string[]]>([
    ['an empty statement', { statement: '  ' }, ['statement: is required']],
    [
      'an unknown kind',
      { statement: 'x', kind: 'threat' },
      [
        'kind: must be one of: Risk (a possible effect to prevent or reduce), Opportunity (a possible effect to pursue)',
      ],
    ],
    [
      'a likelihood without a consequence',
      { statement: 'x', likelihood: 3 },
      ['consequence: is required when likelihood is given'],
    ],
    [
      'a consequence without a likelihood',
      { statement: 'x', consequence: 3 },
      ['likelihood: is required when consequence is given'],
    ],
    [
      'scores outside the scales',
      { statement: 'x', likelihood: 6, consequence: 0 },
      [
        'likelihood: must be a whole number from 1 (Rare) to 5 (Almost certain)',
        'consequence: must be a whole number from 1 (Negligible) to 5 (Severe)',
      ],
    ],
    [
      'half a residual score',
      { statement: 'x', likelihood: 3, consequence: 3, residualConsequence: 2 },
      ['residualLikelihood: is required when residualConsequence is given'],
    ],
    [
      'a residual score out of scale',
      {
        statement: 'x',
        likelihood: 3,
        consequence: 3,
        residualLikelihood: 1.5,
        residualConsequence: 2,
      },
      ['residualLikelihood: must be a whole number from 1 (Rare) to 5 (Almost certain)'],
    ],
    [
      'a residual score without an inherent one',
      { statement: 'x', residualLikelihood: 1, residualConsequence: 2 },
      ['likelihood: is required when a residual score is given'],
    ],
    [
      'an unknown treatment option',
      { statement: 'x', treatmentOption: 'transfer' },
      [
        'treatmentOption: must be one of: Modify (change the likelihood or the consequence), Avoid (stop or do not start what gives rise to it), Share (hand part of it to another party), Retain (keep it by an informed, accepted decision)',
      ],
    ],
    [
      'dates that are not calendar dates',
      { statement: 'x', treatmentDueDate: '2027-02-30', reviewDate: '31/12/2027' },
      [
        'treatmentDueDate: must be a date written as YYYY-MM-DD',
        'reviewDate: must be a date written as YYYY-MM-DD',
      ],
    ],
    [
      'an unknown Annex C risk source',
      { statement: 'x', annexCRiskSourceId: 'bad-luck' },
      [
        expect.stringMatching(
          /^annexCRiskSourceId: must be one of: Complexity of environment, /,
        ) as string,
      ],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(fieldsOf(input)).toEqual(expected);
  });
});
