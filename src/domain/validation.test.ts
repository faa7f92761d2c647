import { describe, expect, it } from 'vitest';
import type { FieldIssue } from './errors.js';
import {
  checkEmail,
  checkOneOf,
  checkOptionalDate,
  checkText,
  checkTextList,
  isCalendarDate,
} from './validation.js';

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

describe('dates and lists', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('accepts the date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z'])(
    'rejects the date %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it('treats an empty optional date as none and names a malformed one', () => {
    const issues: FieldIssue[] = [];
    expect(checkOptionalDate(issues, 'dueDate', ' ')).toBeNull();
    checkOptionalDate(issues, 'dueDate', '31/12/2026');
    expect(issues).toEqual([{ field: 'dueDate', reason: 'must be a date written as YYYY-MM-DD' }]);
  });

  it('names each blank entry of a list by its position', () => {
    const issues: FieldIssue[] = [];
    expect(checkTextList(issues, 'processes', [' Claims ', ''])).toEqual(['Claims', '']);
    expect(issues).toEqual([{ field: 'processes.1', reason: 'is required' }]);
  });
});
