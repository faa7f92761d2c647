import { describe, expect, it } from 'vitest';
import { normalizeEmail, passwordIssues } from './credentials.js';

describe('credentials', () => {
  it('compares email addresses without case or surrounding blanks', () => {
    expect(normalizeEmail('  Alex.Morgan@Example.ORG ')).toBe('alex.morgan@example.org');
  });

  it.each([
    ['short', 'must be at least 12 characters long'],
    ['x'.repeat(257), 'must be at most 256 characters long'],
    [' '.repeat(12), 'must not be only blanks'],
  ])('rejects the password %j', (password, reason) => {
    expect(passwordIssues(password)).toEqual([{ field: 'password', reason }]);
  });

  it('accepts a long passphrase', () => {
    expect(passwordIssues('correct horse battery staple')).toEqual([]);
  });
});
