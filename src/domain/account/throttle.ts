/**
 * Throttling of password guesses. Every attempt is counted before the
 * password is checked (so parallel guesses cannot overtake the count) and a
 * success clears the counts it proves wrong. Counts are kept per purpose key:
 * an account from one address, an address across accounts, and an account
 * from anywhere. Past a free allowance each failure doubles the wait before
 * the next attempt, up to a cap; the account-wide cap is short, so guesses
 * spread over many addresses slow a victim down but never lock them out.
 */
import { addSeconds } from '../clock.js';

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  readonly free: number;
  /** The wait after the first failure past the free allowance; it doubles from there. */
  readonly firstWaitSeconds: number;
  readonly maxWaitSeconds: number;
  /** Counts are forgotten this long after the last failure. */
  readonly forgetAfterSeconds: number;
}

export const THROTTLE_RULES = {
  accountFromAddress: {
    free: 5,
    firstWaitSeconds: 2,
    maxWaitSeconds: 15 * 60,
    forgetAfterSeconds: 60 * 60,
  },
  address: { free: 20, firstWaitSeconds: 2, maxWaitSeconds: 15 * 60, forgetAfterSeconds: 60 * 60 },
  account: { free: 10, firstWaitSeconds: 1, maxWaitSeconds: 60, forgetAfterSeconds: 60 * 60 },
  /** Codes of a second factor, per account: six digits fall to guessing without it. */
  secondFactor: {
    free: 5,
    firstWaitSeconds: 2,
    maxWaitSeconds: 15 * 60,
    forgetAfterSeconds: 60 * 60,
  },
  passwordChange: {
    free: 5,
    firstWaitSeconds: 2,
    maxWaitSeconds: 15 * 60,
    forgetAfterSeconds: 60 * 60,
  },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottlePurpose = keyof typeof THROTTLE_RULES;

/** One counter as stored. */
export interface ThrottleCount {
  readonly failures: number;
  readonly lastFailureAt: string | null;
  readonly blockedUntil: string | null;
}

export type ThrottleDecision =
  | { readonly allowed: true; readonly next: ThrottleCount }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** The wait after the given number of failures; 0 within the free allowance. */
export const waitAfterFailures = (rule: ThrottleRule, failures: number): number =>
  failures < rule.free
    ? 0
    : Math.min(rule.maxWaitSeconds, rule.firstWaitSeconds * 2 ** (failures - rule.free));

/** Whether an attempt may go ahead now, and the count that records it as a failure until it succeeds. */
export const decideAttempt = (
  rule: ThrottleRule,
  count: ThrottleCount,
  now: Date,
): ThrottleDecision => {
  const forgotten =
    count.lastFailureAt !== null &&
    addSeconds(new Date(count.lastFailureAt), rule.forgetAfterSeconds) <= now;
  const current = forgotten ? { failures: 0, lastFailureAt: null, blockedUntil: null } : count;
  if (current.blockedUntil !== null) {
    const waitMs = new Date(current.blockedUntil).getTime() - now.getTime();
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }
  const failures = current.failures + 1;
  const wait = waitAfterFailures(rule, failures);
  return {
    allowed: true,
    next: {
      failures,
      lastFailureAt: now.toISOString(),
      blockedUntil: wait > 0 ? addSeconds(now, wait).toISOString() : null,
    },
  };
};
