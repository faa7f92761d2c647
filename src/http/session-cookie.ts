/** The session cookie: set on sign-in and on accepting an invitation, cleared on sign-out. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../services/secrets.js';

export const sessionCookieOptions = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: request.protocol === 'https',
});

export const setSessionCookie = (
  request: FastifyRequest,
  reply: FastifyReply,
  session: { readonly sessionToken: string; readonly expiresAt: string },
) =>
  reply.setCookie(SESSION_COOKIE, session.sessionToken, {
    ...sessionCookieOptions(request),
    expires: new Date(session.expiresAt),
  });

export const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) =>
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
