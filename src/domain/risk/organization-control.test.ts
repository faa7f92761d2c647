import { describe, expect, it } from 'vitest';
import type { OrganizationControlInput } from './organization-control.js';
import {
  checkOrganizationControlInput,
  isOrganizationControlId,
  nextOrganizationControlId,
} from './organization-control.js';

const issuesOf = (input: Partial<OrganizationControlInput>) =>
  checkOrganizationControlInput({ controlId: 'ORG-1', title: 'Model card review', ...input })
    .issues;

describe('organization controls', () => {
  it.each([
    ['ORG-1', true],
    ['SEC2-140', true],
    ['ORG-0', false],
    ['ORG-01', false],
    ['org-1', false],
    ['ORG1', false],
    ['1ORG-1', false],
    ['A.6.2.4', false],
    ['ABCDEFGHIJK-1', false],
  ])('reads %s as a reference: %s', (text, expected) => {
    expect(isOrganizationControlId(text)).toBe(expected);
  });

  it('normalizes a control and its Annex A links', () => {
    expect(
      checkOrganizationControlInput({
        controlId: ' org-7 ',
        title: ' Quarterly bias review ',
        description: ' Fairness metrics are checked every quarter. ',
        ownerUserId: 'user-1',
        annexAControlId: 'A.6.2.4',
        annexAObjectiveId: 'A.6.2',
      }),
    ).toEqual({
      details: {
        controlId: 'ORG-7',
        title: 'Quarterly bias review',
        description: 'Fairness metrics are checked every quarter.',
        ownerUserId: 'user-1',
        annexAControlId: 'A.6.2.4',
        annexAObjectiveId: 'A.6.2',
      },
      issues: [],
    });
  });

  it.each<[string, Partial<OrganizationControlInput>, { field: string; reason: string }[]]>([
    ['no links', { annexAControlId: null, annexAObjectiveId: '' }, []],
    [
      'a malformed reference',
      { controlId: 'ORG 1' },
      [
        {
          field: 'controlId',
          reason: 'must be a prefix of capital letters and a number, such as ORG-1',
        },
      ],
    ],
    ['no title', { title: ' ' }, [{ field: 'title', reason: 'is required' }]],
    [
      'an Annex A id that does not exist',
      { annexAControlId: 'A.6.2.1' },
      [
        {
          field: 'annexAControlId',
          reason: '"A.6.2.1" is not an Annex A control (A.2.2 … A.10.4)',
        },
      ],
    ],
    [
      'an unknown objective',
      { annexAObjectiveId: 'A.11' },
      [
        {
          field: 'annexAObjectiveId',
          reason:
            'must be one of the Annex A control objectives: A.2, A.3, A.4, A.5, A.6.1, A.6.2, A.7, A.8, A.9, A.10',
        },
      ],
    ],
    [
      'a control under another objective',
      { annexAControlId: 'A.7.4', annexAObjectiveId: 'A.6.2' },
      [{ field: 'annexAObjectiveId', reason: 'A.7.4 falls under objective A.7, not A.6.2' }],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('proposes the next free reference', () => {
    expect(nextOrganizationControlId([])).toBe('ORG-1');
    expect(nextOrganizationControlId(['ORG-2', 'ORG-10', 'SEC-40', 'ORG-x'])).toBe('ORG-11');
    expect(nextOrganizationControlId(['ORG-2', 'SEC-40'], 'SEC')).toBe('SEC-41');
  });
});
