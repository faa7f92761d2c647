/** Opening a session: its secret goes to the browser once; only its hash is stored. */
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../domain/account/credentials.js';
import { addSeconds } from '../domain/clock.js';
import { deleteExpiredSessions, insertSession } from '../storage/credential.repository.js';
import type { Executor } from '../storage/database.js';
import type { Actor, ServiceDeps } from './context.js';
import { hashSecret, newSecret } from './secrets.js';

export interface SignedIn {
  readonly sessionToken: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

/** Where a sign-in came from, kept with the session. */
export interface SessionOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export const sessionExpiry = (lastSeen: Date, createdAt: Date): Date => {
  const idle = addSeconds(lastSeen, SESSION_IDLE_SECONDS);
  const absolute = addSeconds(createdAt, SESSION_ABSOLUTE_SECONDS);
  return idle < absolute ? idle : absolute;
};

/** Opens a session for the user, in the caller's transaction; `secondFactor`: a code was given. */
export const openSession = async (
  trx: Executor,
  deps: ServiceDeps,
  user: { readonly id: string; readonly email: string },
  origin: SessionOrigin,
  secondFactor = false,
): Promise<SignedIn> => {
  const at = deps.clock.now();
  const sessionToken = newSecret();
  const expiresAt = sessionExpiry(at, at).toISOString();
  const sessionId = deps.newId();
  await deleteExpiredSessions(trx, at.toISOString());
  await insertSession(trx, {
    id: sessionId,
    tokenHash: hashSecret(sessionToken),
    userId: user.id,
    createdAt: at.toISOString(),
    lastSeenAt: at.toISOString(),
    expiresAt,
    userAgent: origin.userAgent?.slice(0, 300) ?? null,
    ip: origin.ip,
    secondFactor,
  });
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    email: user.email,
    sessionId,
    apiTokenId: null,
    secondFactor,
  };
  return { sessionToken, expiresAt, actor };
};
