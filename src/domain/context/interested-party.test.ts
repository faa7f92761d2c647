import { describe, expect, it } from 'vitest';
import {
  MAX_PARTY_REQUIREMENTS,
  requirementCounts,
  validateInterestedParty,
} from './interested-party.js';
import type { InterestedPartyInput } from './interested-party.js';

const base: InterestedPartyInput = { name: 'Customers', kind: 'external' };

const fieldsAtFault = (input: Partial<InterestedPartyInput>) =>
  validateInterestedParty({ ...base, ...input }).issues.map((issue) => issue.field);

describe('interested party rules', () => {
  it('fills in empty notes and requirements', () => {
    const { details, issues } = validateInterestedParty(base);
    expect(issues).toEqual([]);
    expect(details).toEqual({ name: 'Customers', kind: 'external', notes: '', requirements: [] });
  });

  it('needs to know how an addressed requirement is met, but not for an open one', () => {
    expect(
      fieldsAtFault({
        requirements: [
          { requirement: 'Explanations of automated decisions', isAddressed: true, how: ' ' },
          { requirement: 'Opt-out of profiling', isAddressed: false },
        ],
      }),
    ).toEqual(['requirements.0.how']);
  });

  it('trims each requirement and keeps how an open one may be handled later', () => {
    const { details } = validateInterestedParty({
      ...base,
      requirements: [
        { requirement: ' Human review on request ', isAddressed: true, how: ' Appeals desk ' },
        {
          requirement: 'Data deleted after 2 years',
          isAddressed: false,
          how: 'Planned for Q3',
          isClimateRelated: true,
        },
      ],
    });
    expect(details.requirements).toEqual([
      {
        requirement: 'Human review on request',
        isAddressed: true,
        how: 'Appeals desk',
        isClimateRelated: false,
      },
      {
        requirement: 'Data deleted after 2 years',
        isAddressed: false,
        how: 'Planned for Q3',
        isClimateRelated: true,
      },
    ]);
    expect(requirementCounts(details.requirements)).toEqual({
      requirementCount: 2,
      addressedCount: 1,
      climateRelatedCount: 1,
    });
  });

  it('refuses the same requirement twice, regardless of letter case', () => {
    expect(
      fieldsAtFault({
        requirements: [
          { requirement: 'Fair pricing', isAddressed: false },
          { requirement: 'FAIR PRICING', isAddressed: false },
        ],
      }),
    ).toEqual(['requirements.1.requirement']);
  });

  it('bounds the list and names each blank requirement', () => {
    const many = Array.from({ length: MAX_PARTY_REQUIREMENTS + 1 }, (_, index) => ({
      requirement: `Requirement ${index}`,
      isAddressed: false,
    }));
    expect(fieldsAtFault({ requirements: many })).toEqual(['requirements']);
    expect(
      fieldsAtFault({
        name: '',
        kind: 'partner',
        requirements: [{ requirement: '', isAddressed: false }],
      }),
    ).toEqual(['name', 'kind', 'requirements.0.requirement']);
  });
});
