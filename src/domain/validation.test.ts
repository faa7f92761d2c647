import { describe, expect, it } from 'vitest';
import type { FieldIssue } from './errors.js';
import { checkEmail, checkOneOf, checkText } from './validation.js';

describe('field checks', () => {
  it('trims text and reports blanks and over-long values', () => {
    const issues: FieldIssue[] = [];
    expect(checkText(issues, 'name', '  Chatbot  ')).toBe('Chatbot');
    checkText(issues, 'purpose', '   ');
    checkText(issues, 'title', 'x'.repeat(11), 10);
    expect(issues).toEqual([
      { field: 'purpose', reason: 'is required' },
      { field: 'title', reason: 'must be at most 10 characters' },
    ]);
  });

  it.each(['a@b.co', 'Alex.Morgan@Example.org'])('accepts the email %s', (email) => {
    const issues: FieldIssue[] = [];
    checkEmail(issues, 'email', email);
    expect(issues).toEqual([]);
  });

  it.each(['', 'alex', 'alex@', 'alex@example', 'a b@example.org'])(
    'rejects the email %j',
    (email) => {
      const issues: FieldIssue[] = [];
      checkEmail(issues, 'email', email);
      expect(issues).toHaveLength(1);
    },
  );

  it('reports a value outside the allowed set with the allowed values', () => {
    const issues: FieldIssue[] = [];
    checkOneOf(issues, 'kind', 'vendor', ['auditee', 'certification_body']);
    expect(issues).toEqual([
      { field: 'kind', reason: 'must be one of: auditee, certification_body' },
    ]);
  });
});
