import { describe, expect, it } from 'vitest';
import { nextShortId } from './impact-form-values.js';

describe('nextShortId', () => {
  it.each([
    [[], 'I1'],
    [[{ id: 'I1' }, { id: 'I3' }], 'I4'],
    [[{ id: 'H1' }, { id: '0190-uuid' }, { id: 'I12' }], 'I13'],
  ])('after %j proposes %s', (existing, expected) => {
    expect(nextShortId('I', existing)).toBe(expected);
  });
});
