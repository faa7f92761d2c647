import { describe, expect, it } from 'vitest';
import {
  UNDECIDED,
  checkSoaEntryChange,
  isSoaReviewDue,
  notApplicableWhileTreating,
  soaCompletenessIssues,
} from './soa-entry.js';
import type { SoaDecision, SoaEntryInput } from './soa-entry.js';

const decided = (change: Partial<SoaDecision>): SoaDecision => ({ ...UNDECIDED, ...change });

describe('checkSoaEntryChange', () => {
  const cases: [string, SoaDecision, SoaEntryInput, Partial<SoaDecision>, string[]][] = [
    [
      'accepts an applicable decision without a justification (a draft)',
      UNDECIDED,
      { applicability: 'applicable' },
      { applicability: 'applicable', justification: '' },
      [],
    ],
    [
      'refuses a not-applicable decision without a justification',
      UNDECIDED,
      { applicability: 'not_applicable', justification: '  ' },
      {},
      ['justification'],
    ],
    [
      'keeps the stored justification when only the applicability changes',
      decided({ applicability: 'applicable', justification: 'No third parties' }),
      { applicability: 'not_applicable' },
      { applicability: 'not_applicable', justification: 'No third parties' },
      [],
    ],
    [
      'takes labels as typed by a person',
      UNDECIDED,
      { applicability: 'Applicable', implementationStatus: 'Partially implemented' },
      { applicability: 'applicable', implementationStatus: 'partially_implemented' },
      [],
    ],
    [
      'refuses unknown values, naming the field',
      UNDECIDED,
      { applicability: 'maybe', implementationStatus: 'done' },
      {},
      ['applicability', 'implementationStatus'],
    ],
    [
      'refuses a review date on an applicable control',
      UNDECIDED,
      { applicability: 'applicable', reviewDate: '2027-01-01' },
      {},
      ['reviewDate'],
    ],
    [
      'refuses a review date that is not a date',
      decided({ applicability: 'not_applicable', justification: 'x' }),
      { reviewDate: '31/12/2027' },
      {},
      ['reviewDate'],
    ],
    [
      'drops the review date when the control becomes applicable',
      decided({ applicability: 'not_applicable', justification: 'x', reviewDate: '2027-01-01' }),
      { applicability: 'applicable' },
      { applicability: 'applicable', reviewDate: null },
      [],
    ],
    [
      'clears the review flag when a new review date is set',
      decided({
        applicability: 'not_applicable',
        justification: 'x',
        reviewDate: '2026-01-01',
        reviewFlaggedFor: '2026-01-01',
      }),
      { reviewDate: '2027-06-30' },
      { reviewDate: '2027-06-30', reviewFlaggedFor: null },
      [],
    ],
    [
      'keeps the review flag while the review date stays',
      decided({
        applicability: 'not_applicable',
        justification: 'x',
        reviewDate: '2026-01-01',
        reviewFlaggedFor: '2026-01-01',
      }),
      { implementationStatus: 'planned' },
      { reviewFlaggedFor: '2026-01-01' },
      [],
    ],
  ];
  it.each(cases)('%s', (_, current, input, expected, fields) => {
    const checked = checkSoaEntryChange(current, input);
    expect(checked.issues.map((issue) => issue.field)).toEqual(fields);
    expect(checked.details).toMatchObject(expected);
  });
});

describe('isSoaReviewDue', () => {
  it.each([
    ['not_applicable', '2026-12-07', '2026-12-07', true],
    ['not_applicable', '2026-12-06', '2026-12-07', true],
    ['not_applicable', '2026-12-08', '2026-12-07', false],
    ['not_applicable', null, '2026-12-07', false],
    ['applicable', '2026-01-01', '2026-12-07', false],
  ] as const)('%s with review date %s on %s: %s', (applicability, reviewDate, today, due) => {
    expect(isSoaReviewDue({ applicability, reviewDate }, today)).toBe(due);
  });
});

describe('notApplicableWhileTreating', () => {
  const risks = [
    { id: 'r1', statement: 'Supplier model drifts' },
    { id: 'r2', statement: 'Vendor hides training data' },
  ];

  it('refuses not applicable for a control that treats risks, naming each risk', () => {
    const refusal = notApplicableWhileTreating('A.10.3', 'not_applicable', risks);
    expect(refusal?.code).toBe('SOA_CONTROL_TREATS_RISK');
    expect(refusal?.kind).toBe('Conflict');
    expect(refusal?.message).toContain('"Supplier model drifts" (r1)');
    expect(refusal?.message).toContain('"Vendor hides training data" (r2)');
    expect(refusal?.details).toMatchObject({ controlId: 'A.10.3', field: 'applicability', risks });
  });

  it.each([
    ['applicable', risks],
    ['not_applicable', []],
  ] as const)('lets %s stand with %j', (applicability, treating) => {
    expect(notApplicableWhileTreating('A.10.3', applicability, treating)).toBeNull();
  });
});

describe('soaCompletenessIssues', () => {
  it('names each control and field that keeps the SoA from approval', () => {
    const issues = soaCompletenessIssues([
      {
        controlId: 'A.2.2',
        title: 'AI policy',
        applicability: 'undecided',
        justification: '',
        isReviewDue: false,
      },
      {
        controlId: 'A.2.3',
        title: 'Alignment',
        applicability: 'applicable',
        justification: '',
        isReviewDue: false,
      },
      {
        controlId: 'A.7.3',
        title: 'Data',
        applicability: 'not_applicable',
        justification: 'x',
        isReviewDue: true,
      },
      {
        controlId: 'A.2.4',
        title: 'Review',
        applicability: 'applicable',
        justification: 'ok',
        isReviewDue: false,
      },
    ]);
    expect(issues.map((issue) => issue.field)).toEqual([
      'entries.A.2.2.applicability',
      'entries.A.2.2.justification',
      'entries.A.2.3.justification',
      'entries.A.7.3.reviewDate',
    ]);
    expect(issues[0]?.reason).toContain('A.2.2 AI policy');
  });
});
