/**
 * The second step of a sign-in. A password accepted for an account with a
 * second factor opens no session: it issues a challenge (a random token,
 * stored as its hash, good for five minutes and one session), and the
 * challenge with a code or a recovery code opens the session. Wrong codes are
 * counted like wrong passwords (guess-throttle.ts).
 */
import { challengeExpiry } from '../domain/account/second-factor.js';
import { DomainError } from '../domain/errors.js';
import type { Executor } from '../storage/database.js';
import {
  consumeSignInChallenge,
  findSecondFactor,
  findSignInChallenge,
  insertSignInChallenge,
} from '../storage/second-factor.repository.js';
import { findUserById } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { inTransaction, reader } from './context.js';
import type { ServiceDeps } from './context.js';
import { createGuessThrottle, secondFactorCounters } from './guess-throttle.js';
import { checkFactorInput, useFactor } from './second-factor-check.js';
import type { FactorInput } from './second-factor-check.js';
import { hashSecret, newSecret } from './secrets.js';
import { openSession } from './sessions.js';
import type { SessionOrigin, SignedIn } from './sessions.js';

/** The answer to a password that needs a second factor. */
export interface SecondFactorChallenge {
  readonly challenge: string;
  readonly expiresAt: string;
}

export interface SecondStepInput extends FactorInput {
  readonly challenge: string;
}

const challengeInvalid = () =>
  new DomainError(
    'SECOND_FACTOR_CHALLENGE_INVALID',
    'Unauthenticated',
    'This sign-in has expired or was already completed: sign in again with your password',
  );

export const createSecondFactorSignIn = (deps: ServiceDeps) => {
  const throttle = createGuessThrottle(deps);

  return {
    /** A new challenge for the user, in the caller's transaction. */
    async issue(trx: Executor, userId: string): Promise<SecondFactorChallenge> {
      const at = deps.clock.now();
      const challenge = newSecret();
      const expiresAt = challengeExpiry(at);
      await insertSignInChallenge(trx, {
        id: deps.newId(),
        tokenHash: hashSecret(challenge),
        userId,
        createdAt: at.toISOString(),
        expiresAt,
      });
      return { challenge, expiresAt };
    },

    /** Checks the code for the challenge and opens a session marked as opened with a second factor. */
    async complete(input: SecondStepInput, origin: SessionOrigin): Promise<SignedIn> {
      checkFactorInput(input);
      const found = await findSignInChallenge(reader(deps), hashSecret(input.challenge));
      if (!found || new Date(found.expiresAt) <= deps.clock.now()) throw challengeInvalid();
      const counters = secondFactorCounters(found.userId, origin.ip);
      await throttle.count(counters);
      const signedIn = await inTransaction(deps, async (trx) => {
        const factor = await findSecondFactor(trx, found.userId);
        const user = await findUserById(trx, found.userId);
        if (factor?.status !== 'enabled' || !user) throw challengeInvalid();
        const at = deps.clock.now();
        const used = await useFactor(trx, factor, input, at);
        if (!(await consumeSignInChallenge(trx, found.id))) throw challengeInvalid();
        const session = await openSession(trx, deps, user, origin, true);
        if (used === 'recovery_code') {
          await recordChange(trx, deps, session.actor, {
            organizationId: null,
            action: 'user.recovery_code_used',
            entityType: 'user',
            entityId: user.id,
            after: { purpose: 'sign_in' },
          });
        }
        return session;
      });
      await throttle.succeeded(counters);
      return signedIn;
    },
  };
};
