/**
 * Sign-in, sessions, password change and personal API tokens. Sessions and
 * throttling state live in the database, so any number of server instances
 * can share one PostgreSQL.
 */
import { normalizeEmail, passwordIssues } from '../domain/account/credentials.js';
import { guessablePasswordIssues } from './password-strength.js';
import { DomainError, invalid, notFound } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import { checkText } from '../domain/validation.js';
import {
  deleteOtherSessions,
  deleteSession,
  findApiTokenHolder,
  findApiTokenOfUser,
  findSessionHolder,
  insertApiToken,
  listApiTokensOfUser,
  revokeApiToken,
  touchApiToken,
  touchSession,
} from '../storage/credential.repository.js';
import type { ApiTokenRecord } from '../storage/credential.repository.js';
import { findUserByEmail, findUserById, updatePasswordHash } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { createGuessThrottle, passwordChangeCounters, signInCounters } from './guess-throttle.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.js';
import { openSession, sessionExpiry } from './sessions.js';
import { hasEnabledSecondFactor } from '../storage/second-factor.repository.js';
import { createSecondFactorSignIn } from './second-factor-sign-in.js';
import type { SecondFactorChallenge, SecondStepInput } from './second-factor-sign-in.js';
import type { SessionOrigin, SignedIn } from './sessions.js';

export interface SignInInput extends SessionOrigin {
  readonly email: string;
  readonly password: string;
}

export type { SignedIn } from './sessions.js';

/** A sign-in answers with a session, or with a challenge when the account has a second factor. */
export type SignInOutcome =
  | { readonly kind: 'signed_in'; readonly signedIn: SignedIn }
  | { readonly kind: 'second_factor'; readonly challenge: SecondFactorChallenge };

export type ApiTokenSummary = Omit<ApiTokenRecord, 'tokenHash' | 'userId'>;

const badCredentials = () =>
  new DomainError('AUTH_INVALID_CREDENTIALS', 'Unauthenticated', 'Email or password is incorrect');

const summarize = (token: ApiTokenRecord): ApiTokenSummary => ({
  id: token.id,
  name: token.name,
  tokenPrefix: token.tokenPrefix,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
  revokedAt: token.revokedAt,
  secondFactor: token.secondFactor,
});

const requireUser = (actor: Actor) => {
  if (actor.kind !== 'user') {
    throw new DomainError('AUTH_USER_REQUIRED', 'Forbidden', 'This action needs a signed-in user');
  }
  return actor;
};

/**
 * Recording when a credential was last used changes nothing about access:
 * it is written past the database's after-write hooks, so it does not empty
 * the whole access cache, and forgets only that credential's entries.
 */
const toucher = (deps: ServiceDeps) => deps.database.db.withoutPlugins();
const forgetCredential = (deps: ServiceDeps, tokenHash: string) =>
  deps.database.accessCache?.forget(`credential:${tokenHash}`);

export const createAuthService = (deps: ServiceDeps) => {
  // A hash to verify against when the email is unknown, so both paths cost the same time.
  const decoyHash = deps.passwords.hash(newSecret());
  const throttle = createGuessThrottle(deps);
  const secondStep = createSecondFactorSignIn(deps);

  return {
    /**
     * Counts the guess, checks the password, and opens a session (see
     * guess-throttle.ts), or, when the account has a second factor, issues the
     * challenge that `completeSignIn` takes with a code.
     */
    async signIn(input: SignInInput): Promise<SignInOutcome> {
      const email = normalizeEmail(input.email);
      const counters = signInCounters(email, input.ip);
      await throttle.count(counters);
      const user = await findUserByEmail(reader(deps), email);
      const matches = await deps.passwords.verify(
        user?.passwordHash ?? (await decoyHash),
        input.password,
      );
      if (!user || !matches) throw badCredentials();
      await throttle.succeeded(counters);
      return inTransaction(deps, async (trx): Promise<SignInOutcome> => {
        if (await hasEnabledSecondFactor(trx, user.id))
          return { kind: 'second_factor', challenge: await secondStep.issue(trx, user.id) };
        return { kind: 'signed_in', signedIn: await openSession(trx, deps, user, input) };
      });
    },

    /** The second step of a sign-in: the challenge and a code or recovery code. */
    completeSignIn(input: SecondStepInput, origin: SessionOrigin): Promise<SignedIn> {
      return secondStep.complete(input, origin);
    },

    /**
     * The actor a session cookie stands for, sliding its idle expiry; undefined
     * when invalid. With the URL's organization, also the caller's access there.
     */
    async actorForSession(
      sessionToken: string,
      organizationId?: string,
    ): Promise<Actor | undefined> {
      const found = await findSessionHolder(
        reader(deps),
        hashSecret(sessionToken),
        organizationId,
        deps.database.accessCache,
      );
      const at = deps.clock.now();
      if (!found || new Date(found.session.expiresAt) <= at) return undefined;
      const { session, email } = found;
      // Write at most once a minute per session: reads stay reads.
      if (at.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
        const expiresAt = sessionExpiry(at, new Date(session.createdAt)).toISOString();
        await touchSession(toucher(deps), session.id, at.toISOString(), expiresAt);
        forgetCredential(deps, session.tokenHash);
      }
      return {
        kind: 'user',
        userId: session.userId,
        email,
        sessionId: session.id,
        apiTokenId: null,
        secondFactor: session.secondFactor,
        ...(found.inOrganization && { inOrganization: found.inOrganization }),
      };
    },

    /** The actor a bearer token stands for (and its access to the URL's organization); undefined when unknown or revoked. */
    async actorForApiToken(token: string, organizationId?: string): Promise<Actor | undefined> {
      if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
      const found = await findApiTokenHolder(
        reader(deps),
        hashSecret(token),
        organizationId,
        deps.database.accessCache,
      );
      if (!found || found.token.revokedAt) return undefined;
      const { token: record, email } = found;
      const at = deps.clock.now();
      if (!record.lastUsedAt || at.getTime() - new Date(record.lastUsedAt).getTime() > 60_000) {
        await touchApiToken(toucher(deps), record.id, at.toISOString());
        forgetCredential(deps, record.tokenHash);
      }
      return {
        kind: 'user',
        userId: record.userId,
        email,
        sessionId: null,
        apiTokenId: record.id,
        secondFactor: record.secondFactor,
        ...(found.inOrganization && { inOrganization: found.inOrganization }),
      };
    },

    async signOut(actor: Actor): Promise<void> {
      if (actor.kind === 'user' && actor.sessionId) {
        await deleteSession(deps.database.db, actor.sessionId);
      }
    },

    /** Changes the signed-in user's password and ends their other sessions. */
    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
    ): Promise<void> {
      const user = requireUser(actor);
      const issues: FieldIssue[] = passwordIssues(newPassword, 'newPassword');
      if (newPassword === currentPassword) {
        issues.push({ field: 'newPassword', reason: 'must differ from the current password' });
      }
      if (issues.length === 0) {
        const person = await findUserById(reader(deps), user.userId);
        issues.push(
          ...guessablePasswordIssues(
            newPassword,
            { email: user.email, ...(person ? { name: person.name } : {}) },
            'newPassword',
          ),
        );
      }
      if (issues.length > 0)
        throw invalid('AUTH_PASSWORD_POLICY', 'The new password is not acceptable', issues);
      const counters = passwordChangeCounters(user.userId);
      await throttle.count(counters);
      const account = await findUserById(reader(deps), user.userId);
      if (!account || !(await deps.passwords.verify(account.passwordHash, currentPassword))) {
        throw invalid('AUTH_CURRENT_PASSWORD_WRONG', 'The current password is incorrect', [
          { field: 'currentPassword', reason: 'is incorrect' },
        ]);
      }
      await throttle.succeeded(counters);
      const passwordHash = await deps.passwords.hash(newPassword);
      await inTransaction(deps, async (trx) => {
        await updatePasswordHash(trx, account.id, passwordHash, now(deps));
        await deleteOtherSessions(trx, account.id, user.sessionId);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'user.password_changed',
          entityType: 'user',
          entityId: account.id,
        });
      });
    },

    /** Creates a personal API token; the secret is returned once and never stored. */
    async createApiToken(
      actor: Actor,
      name: string,
    ): Promise<{ token: string; summary: ApiTokenSummary }> {
      const user = requireUser(actor);
      return this.createApiTokenFor(actor, user.userId, name);
    },

    /** Creates a token for a given user (the CLI operator acts for them). */
    async createApiTokenFor(
      actor: Actor,
      userId: string,
      name: string,
    ): Promise<{ token: string; summary: ApiTokenSummary }> {
      const issues: FieldIssue[] = [];
      const tokenName = checkText(issues, 'name', name, 100);
      if (issues.length > 0)
        throw invalid('API_TOKEN_INVALID', 'The token name is not acceptable', issues);
      const token = newSecret(API_TOKEN_PREFIX);
      const record: ApiTokenRecord = {
        id: deps.newId(),
        userId,
        name: tokenName,
        tokenHash: hashSecret(token),
        tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        createdAt: now(deps),
        lastUsedAt: null,
        revokedAt: null,
        // A token vouches for a second factor only when the session that made it did.
        secondFactor: actor.kind === 'user' && actor.userId === userId && actor.secondFactor,
      };
      await inTransaction(deps, async (trx) => {
        await insertApiToken(trx, record);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: record.id,
          after: {
            userId,
            name: record.name,
            tokenPrefix: record.tokenPrefix,
            secondFactor: record.secondFactor,
          },
        });
      });
      return { token, summary: summarize(record) };
    },

    async listApiTokens(actor: Actor): Promise<ApiTokenSummary[]> {
      const user = requireUser(actor);
      return (await listApiTokensOfUser(reader(deps), user.userId)).map(summarize);
    },

    async revokeApiToken(actor: Actor, tokenId: string): Promise<ApiTokenSummary> {
      const user = requireUser(actor);
      return inTransaction(deps, async (trx) => {
        const token = await findApiTokenOfUser(trx, user.userId, tokenId);
        if (!token) throw notFound('API_TOKEN_NOT_FOUND', 'No such API token', { tokenId });
        if (token.revokedAt) return summarize(token);
        const revokedAt = now(deps);
        await revokeApiToken(trx, token.id, revokedAt);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'api_token.revoked',
          entityType: 'api_token',
          entityId: token.id,
        });
        return summarize({ ...token, revokedAt });
      });
    },
  };
};

export type AuthService = ReturnType<typeof createAuthService>;
