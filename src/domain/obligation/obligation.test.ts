import { describe, expect, it } from 'vitest';
import { isReviewOverdue, validateObligation } from './obligation.js';
import type { ObligationInput } from './obligation.js';

const base: ObligationInput = {
  kind: 'regulatory',
  source: 'EU AI Act',
  reference: 'Art. 9',
  requirement: 'Run a risk management system over the whole life cycle of a high-risk system',
};

const fieldsAtFault = (input: Partial<ObligationInput>) =>
  validateObligation({ ...base, ...input }).issues.map((issue) => issue.field);

describe('obligation rules', () => {
  it('starts as not assessed, with no owner, systems or review date', () => {
    const { details, issues } = validateObligation(base);
    expect(issues).toEqual([]);
    expect(details).toEqual({
      ...base,
      aiSystemIds: [],
      ownerUserId: null,
      complianceStatus: 'not_assessed',
      nextReviewDate: null,
      notes: '',
    });
  });

  it('lists each AI system once, in the order given, and reads a blank owner as none', () => {
    const { details } = validateObligation({
      ...base,
      aiSystemIds: ['b', 'a', 'b'],
      ownerUserId: ' ',
      nextReviewDate: '',
    });
    expect(details).toMatchObject({
      aiSystemIds: ['b', 'a'],
      ownerUserId: null,
      nextReviewDate: null,
    });
  });

  it.each([
    [{ nextReviewDate: '2027-02-30' }, ['nextReviewDate']],
    [{ nextReviewDate: '01/03/2027' }, ['nextReviewDate']],
    [{ kind: 'ethical' }, ['kind']],
    [{ complianceStatus: 'unknown' }, ['complianceStatus']],
    [{ source: ' ', reference: '' }, ['source', 'reference']],
    [{ requirement: 'r'.repeat(10_001) }, ['requirement']],
    [{ aiSystemIds: ['ok', ' '] }, ['aiSystemIds.1']],
    [{ notes: 'n'.repeat(10_001) }, ['notes']],
  ])('refuses %j, naming %j', (input, fields) => {
    expect(fieldsAtFault(input)).toEqual(fields);
  });

  it('accepts a leap day and every known status and kind', () => {
    expect(fieldsAtFault({ nextReviewDate: '2028-02-29' })).toEqual([]);
    expect(fieldsAtFault({ kind: 'voluntary', complianceStatus: 'partially_compliant' })).toEqual(
      [],
    );
  });
});

describe('review overdue', () => {
  it('is overdue only after the review day has passed', () => {
    expect(isReviewOverdue('2026-12-01', '2026-12-01')).toBe(false);
    expect(isReviewOverdue('2026-12-01', '2026-12-02')).toBe(true);
    expect(isReviewOverdue(null, '2030-01-01')).toBe(false);
  });
});
