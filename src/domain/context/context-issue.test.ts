import { describe, expect, it } from 'vitest';
import { validateContextIssue } from './context-issue.js';

describe('context issue rules', () => {
  it('trims texts and records climate change as not relevant unless stated', () => {
    const { details, issues } = validateContextIssue({
      kind: 'external',
      title: '  EU AI Act applies from 2026  ',
    });
    expect(issues).toEqual([]);
    expect(details).toEqual({
      kind: 'external',
      title: 'EU AI Act applies from 2026',
      description: '',
      isClimateRelevant: false,
    });
  });

  it('keeps a climate decision and a description', () => {
    const { details } = validateContextIssue({
      kind: 'internal',
      title: 'Energy use of model training',
      description: 'GPU hours grow each quarter.',
      isClimateRelevant: true,
    });
    expect(details).toMatchObject({
      isClimateRelevant: true,
      description: 'GPU hours grow each quarter.',
    });
  });

  it.each([
    [{ kind: 'regional', title: 'x' }, ['kind']],
    [{ kind: 'internal', title: '   ' }, ['title']],
    [{ kind: 'internal', title: 't'.repeat(201) }, ['title']],
    [{ kind: 'internal', title: 'x', description: 'd'.repeat(10_001) }, ['description']],
    [{ kind: 'internal', title: 'a\u0000b', description: '\u0000' }, ['title', 'description']],
  ])('refuses %j, naming %j', (input, fields) => {
    expect(validateContextIssue(input).issues.map((issue) => issue.field)).toEqual(fields);
  });
});
