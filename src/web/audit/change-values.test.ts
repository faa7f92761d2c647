import { describe, expect, it } from 'vitest';
import { fieldLabel, formatValue } from './change-values.js';
import type { ValueNames } from './change-values.js';

const names: ValueNames = {
  fields: new Map([
    [
      'lifecycleStage',
      {
        label: 'Life-cycle stage',
        type: 'choice',
        choices: [{ value: 'operation', label: 'Operation and monitoring' }],
      },
    ],
    ['ownerUserId', { label: 'Owner', type: 'member', choices: null }],
    ['aiSystemIds', { label: 'AI systems', type: 'ai_system_list', choices: null }],
  ]),
  userName: (id) => (id === 'u1' ? 'Alex Morgan' : undefined),
  aiSystemName: (id) => (id === 's1' ? 'Claims triage' : undefined),
};

describe('audit values in the words of the forms', () => {
  it('names fields by their declared label, the workflow’s own, or in words', () => {
    expect(fieldLabel('lifecycleStage', names)).toBe('Life-cycle stage');
    expect(fieldLabel('approvedByUserId', names)).toBe('Approved by');
    expect(fieldLabel('nextReviewDate', names)).toBe('Next review date');
  });

  it('shows labels for codes, names for ids, lists as text', () => {
    expect(formatValue('lifecycleStage', 'operation', names)).toBe('Operation and monitoring');
    expect(formatValue('ownerUserId', 'u1', names)).toBe('Alex Morgan');
    expect(formatValue('editorUserIds', ['u1', 'u2'], names)).toBe('Alex Morgan, a former member');
    expect(formatValue('aiSystemIds', ['s1'], names)).toBe('Claims triage');
    expect(formatValue('status', 'in_review', names)).toBe('In review');
    expect(formatValue('isInScope', true, names)).toBe('Yes');
    expect(formatValue('notes', '', names)).toBe('—');
  });

  it('reads a nested value as labelled parts, never as JSON', () => {
    const text = formatValue('file', { name: 'policy.pdf', size: 2048, sha256: 'ab' }, names);
    expect(text).toBe(`Name: policy.pdf; Size (bytes): ${(2048).toLocaleString()}; SHA-256: ab`);
    expect(text).not.toContain('{');
  });

  it('names other records a value refers to by id, such as the parties a scope considered', () => {
    const scope: ValueNames = {
      ...names,
      fields: new Map([
        ['interestedPartyId', { label: 'Interested party', type: 'text', choices: null }],
      ]),
      recordName: (field, id) =>
        field === 'interestedPartyId' && id === 'p1' ? 'Policyholders' : undefined,
    };
    const considered = [
      { interestedPartyId: 'p1', requirement: 'Fair claim decisions' },
      { interestedPartyId: 'p1', requirement: 'Explanations on request' },
    ];
    expect(formatValue('partyRequirements', considered, scope)).toBe(
      'Interested party: Policyholders; Requirement: Fair claim decisions\n' +
        'Interested party: Policyholders; Requirement: Explanations on request',
    );
    expect(formatValue('interestedPartyId', 'p2', scope)).toBe('p2');
  });

  it('formats dates and instants in the user’s locale', () => {
    expect(formatValue('nextReviewDate', '2027-03-01', names)).not.toBe('2027-03-01');
    expect(formatValue('submittedAt', '2026-12-01T10:00:00.000Z', names)).not.toContain('T10');
  });
});
