import { describe, expect, it } from 'vitest';
import type { FieldDeclaration } from './declaration.js';
import {
  declaredChoice,
  declaredChoices,
  fieldLabelsOf,
  foldItemErrors,
  withItemLabels,
  withRowLabels,
} from './form-labels.js';

const register: { fields: readonly FieldDeclaration[] } = {
  fields: [
    { field: 'source', label: 'Source', type: 'text', choices: null, isRequired: true },
    {
      field: 'aiSystemIds',
      label: 'AI systems',
      type: 'ai_system_list',
      choices: null,
      isRequired: false,
    },
  ],
};

const kinds = [
  { value: 'internal', label: 'Internal' },
  { value: 'external', label: 'External' },
];

describe('form labels from a register declaration', () => {
  it('names each declared field by its label, a form’s own wording winning', () => {
    expect(fieldLabelsOf(register)).toEqual({ source: 'Source', aiSystemIds: 'AI systems' });
    expect(fieldLabelsOf(register, { source: 'Where it comes from' })).toEqual({
      source: 'Where it comes from',
      aiSystemIds: 'AI systems',
    });
  });

  it('names the parts of each row of a list field, by the row’s number where asked', () => {
    expect(
      withRowLabels({ name: 'Name' }, 'components', 2, {
        component: (row) => `Component ${row}`,
        supplier: 'Supplier',
      }),
    ).toEqual({
      name: 'Name',
      'components.0.component': 'Component 1',
      'components.0.supplier': 'Supplier',
      'components.1.component': 'Component 2',
      'components.1.supplier': 'Supplier',
    });
  });

  it('names each item of a list field as the field itself', () => {
    expect(withItemLabels({ aiSystemIds: 'AI systems' }, 'aiSystemIds', 2)).toEqual({
      aiSystemIds: 'AI systems',
      'aiSystemIds.0': 'AI systems',
      'aiSystemIds.1': 'AI systems',
    });
  });
});

describe('objections about items of a list field', () => {
  it('are shown under the field as a whole, joined, leaving other fields alone', () => {
    const fold = foldItemErrors(['aiSystemIds']);
    expect(
      fold({
        'aiSystemIds.0': 'AI systems is not in this organization',
        'aiSystemIds.3': 'AI systems is named twice',
        source: 'Source is required',
        'requirements.0.how': 'How is required',
      }),
    ).toEqual({
      aiSystemIds: 'AI systems is not in this organization; AI systems is named twice',
      source: 'Source is required',
      'requirements.0.how': 'How is required',
    });
  });
});

describe('declared choices', () => {
  it('keep only values the declaration allows', () => {
    expect(declaredChoice(kinds, 'internal')).toBe('internal');
    expect(declaredChoice(kinds, 'sideways')).toBeNull();
    expect(declaredChoice(kinds, null)).toBeNull();
    expect(declaredChoice(null, 'internal')).toBeNull();
    expect(declaredChoices(kinds, ['external', 'sideways', 'internal'])).toEqual([
      'external',
      'internal',
    ]);
  });
});
