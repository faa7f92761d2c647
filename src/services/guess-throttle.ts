/**
 * Counts a password guess before the password is checked, and refuses it with
 * AUTH_RATE_LIMITED (and Retry-After) while any of its counters says wait.
 * A success clears the counters it proves wrong.
 */
import { THROTTLE_RULES, decideAttempt } from '../domain/account/throttle.js';
import type { ThrottlePurpose } from '../domain/account/throttle.js';
import { addSeconds } from '../domain/clock.js';
import { DomainError } from '../domain/errors.js';
import {
  clearThrottleCounts,
  lockThrottleCounts,
  saveThrottleCount,
} from '../storage/throttle.repository.js';
import { inTransaction } from './context.js';
import type { ServiceDeps } from './context.js';

export interface GuessCounter {
  readonly purpose: ThrottlePurpose;
  readonly key: string;
}

/** The counters of a sign-in: the account from this address, the address, the account. */
export const signInCounters = (email: string, ip: string | null): GuessCounter[] => [
  { purpose: 'accountFromAddress', key: `account-address:${email}|${ip ?? 'unknown'}` },
  ...(ip ? [{ purpose: 'address' as const, key: `address:${ip}` }] : []),
  { purpose: 'account', key: `account:${email}` },
];

/** The counters of a second-factor code: the account, and the address across accounts. */
export const secondFactorCounters = (userId: string, ip: string | null): GuessCounter[] => [
  { purpose: 'secondFactor', key: `second-factor:${userId}` },
  ...(ip ? [{ purpose: 'address' as const, key: `address:${ip}` }] : []),
];

export const passwordChangeCounters = (userId: string): GuessCounter[] => [
  { purpose: 'passwordChange', key: `password-change:${userId}` },
];

const LONGEST_MEMORY_SECONDS = Math.max(
  ...Object.values(THROTTLE_RULES).map((rule) => rule.forgetAfterSeconds),
);

export const createGuessThrottle = (deps: ServiceDeps) => ({
  /** Counts the guess as a failure until `succeeded` clears it; refuses it while throttled. */
  async count(counters: readonly GuessCounter[]): Promise<void> {
    const at = deps.clock.now();
    await inTransaction(deps, async (trx) => {
      const counts = await lockThrottleCounts(
        trx,
        deps.database.kind,
        counters.map((counter) => counter.key),
      );
      let retryAfterSeconds = 0;
      const next = counters.map((counter) => {
        const count = counts.get(counter.key) ?? {
          failures: 0,
          lastFailureAt: null,
          blockedUntil: null,
        };
        const decision = decideAttempt(THROTTLE_RULES[counter.purpose], count, at);
        if (!decision.allowed)
          retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
        return { key: counter.key, decision };
      });
      if (retryAfterSeconds > 0) {
        throw new DomainError(
          'AUTH_RATE_LIMITED',
          'RateLimited',
          'Too many attempts; try again later',
          {
            retryAfterSeconds,
          },
        );
      }
      for (const { key, decision } of next) {
        if (decision.allowed) await saveThrottleCount(trx, key, decision.next);
      }
    });
  },

  /** A success: these counters were wrong about the person; long-idle counters of others go too. */
  async succeeded(counters: readonly GuessCounter[]): Promise<void> {
    const staleBefore = addSeconds(deps.clock.now(), -LONGEST_MEMORY_SECONDS).toISOString();
    await clearThrottleCounts(
      deps.database.db,
      counters.map((counter) => counter.key),
      staleBefore,
    );
  },
});
