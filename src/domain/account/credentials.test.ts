import { describe, expect, it } from 'vitest';
import {
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_SECONDS,
  loginRetryAfterSeconds,
  normalizeEmail,
  passwordIssues,
} from './credentials.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, seconds));

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

  it('does not throttle below the failure limit', () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES - 1 }, (_, index) => at(index));
    expect(loginRetryAfterSeconds(failures, at(60))).toBe(0);
  });

  it('throttles at the limit until the oldest counted failure leaves the window', () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES }, (_, index) => at(index * 10));
    expect(loginRetryAfterSeconds(failures, at(60))).toBe(LOGIN_WINDOW_SECONDS - 60);
    expect(loginRetryAfterSeconds(failures, at(LOGIN_WINDOW_SECONDS + 1))).toBe(0);
  });

  it('ignores failures older than the window', () => {
    const old = Array.from({ length: 10 }, (_, index) => at(index));
    expect(loginRetryAfterSeconds(old, at(LOGIN_WINDOW_SECONDS + 100))).toBe(0);
  });
});
