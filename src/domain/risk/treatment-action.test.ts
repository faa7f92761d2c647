import { describe, expect, it } from 'vitest';
import type { TreatmentActionInput } from './treatment-action.js';
import { checkTreatmentActionInput } from './treatment-action.js';

describe('checkTreatmentActionInput', () => {
  it('defaults to planned and keeps each control once', () => {
    expect(
      checkTreatmentActionInput({
        title: ' Add a human review step ',
        ownerUserId: ' ',
        dueDate: '2027-01-31',
        annexAControlIds: ['A.9.3', 'A.6.2.4', 'A.9.3'],
        organizationControlIds: ['org-2', 'ORG-2'],
      }),
    ).toEqual({
      details: {
        title: 'Add a human review step',
        description: '',
        ownerUserId: null,
        dueDate: '2027-01-31',
        status: 'planned',
        annexAControlIds: ['A.9.3', 'A.6.2.4'],
        organizationControlIds: ['ORG-2'],
      },
      issues: [],
    });
  });

  it('takes a status by its label', () => {
    expect(checkTreatmentActionInput({ title: 'x', status: 'In progress' }).details.status).toBe(
      'in_progress',
    );
  });

  it.each<[string, TreatmentActionInput, { field: string; reason: string }[]]>([
    ['no title', { title: '' }, [{ field: 'title', reason: 'is required' }]],
    [
      'a due date that is not a date',
      { title: 'x', dueDate: '2027-02-29' },
      [{ field: 'dueDate', reason: 'must be a date written as YYYY-MM-DD' }],
    ],
    [
      'an unknown status',
      { title: 'x', status: 'blocked' },
      [{ field: 'status', reason: 'must be one of: Planned, In progress, Done, Cancelled' }],
    ],
    [
      'control ids that do not exist, at their index',
      {
        title: 'x',
        annexAControlIds: ['A.6.2.4', 'A.5.1'],
        organizationControlIds: ['ORG-1', 'ORG-'],
      },
      [
        {
          field: 'annexAControlIds.1',
          reason: '"A.5.1" is not an Annex A control (A.2.2 … A.10.4; no control id ends in .1)',
        },
        {
          field: 'organizationControlIds.1',
          reason: '"ORG-" is not an organization control reference such as ORG-1',
        },
      ],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(checkTreatmentActionInput(input).issues).toEqual(expected);
  });
});
