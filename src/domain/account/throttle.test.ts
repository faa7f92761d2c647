import { describe, expect, it } from 'vitest';
import { addSeconds } from '../clock.js';
import { THROTTLE_RULES, decideAttempt, waitAfterFailures } from './throttle.js';
import type { ThrottleCount } from './throttle.js';

const rule = THROTTLE_RULES.accountFromAddress;
const start = new Date('2026-12-01T10:00:00Z');
const empty: ThrottleCount = { failures: 0, lastFailureAt: null, blockedUntil: null };

/** Attempts at the given instants, each failing; what each was told. */
const attempts = (instants: readonly Date[]) => {
  let count = empty;
  return instants.map((at) => {
    const decision = decideAttempt(rule, count, at);
    if (decision.allowed) count = decision.next;
    return decision.allowed ? 'checked' : decision.retryAfterSeconds;
  });
};

describe('password-guess throttling', () => {
  it('allows the free attempts at once, then makes each further one wait twice as long', () => {
    expect([1, 4, 5, 6, 7, 8].map((failures) => waitAfterFailures(rule, failures))).toEqual([
      0, 0, 2, 4, 8, 16,
    ]);
    expect(waitAfterFailures(rule, 40)).toBe(rule.maxWaitSeconds);
    expect(waitAfterFailures(THROTTLE_RULES.account, 40)).toBe(60);
  });

  it('checks exactly the free allowance of guesses arriving together', () => {
    const together = attempts(Array.from({ length: 100 }, () => start));
    expect(together.filter((answer) => answer === 'checked')).toHaveLength(rule.free);
    expect(together.slice(rule.free).every((answer) => answer === 2)).toBe(true);
  });

  it('lets the next attempt through once the wait is over', () => {
    const answers = attempts([
      ...Array.from({ length: 5 }, () => start),
      addSeconds(start, 1),
      addSeconds(start, 2),
      addSeconds(start, 3),
      addSeconds(start, 6),
    ]);
    expect(answers).toEqual([
      'checked',
      'checked',
      'checked',
      'checked',
      'checked',
      1,
      'checked',
      3,
      'checked',
    ]);
  });

  it('forgets the failures an hour after the last one', () => {
    let count = empty;
    for (let i = 0; i < 12; i += 1) {
      const decision = decideAttempt(rule, { ...count, blockedUntil: null }, start);
      if (decision.allowed) count = decision.next;
    }
    const later = decideAttempt(rule, count, addSeconds(start, rule.forgetAfterSeconds));
    expect(later).toMatchObject({ allowed: true, next: { failures: 1, blockedUntil: null } });
  });
});
