/**
 * Who is calling: a session cookie (the web UI) or `Authorization: Bearer`
 * with a personal API token (CLI, integrations). Resolved once per request,
 * in one statement that also reads the caller's access to the organization
 * the URL names.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { Actor, Services } from '../services/index.js';
import { SESSION_COOKIE } from '../services/secrets.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
  }
  interface FastifyContextConfig {
    /** The route answers without credentials (sign-in, catalog, health). */
    isPublic?: boolean;
  }
}

export const registerAuthentication = (app: FastifyInstance, services: Services) => {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // The route is known by now: its organization is read with the credentials.
    const { orgId } = (request.params ?? {}) as { orgId?: unknown };
    const organizationId = typeof orgId === 'string' ? orgId : undefined;
    const header = request.headers.authorization;
    if (header?.toLowerCase().startsWith('bearer ')) {
      request.actor = await services.auth.actorForApiToken(header.slice(7).trim(), organizationId);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) request.actor = await services.auth.actorForSession(cookie, organizationId);
  });
  // Credentials are checked before the request is validated: a caller who is
  // not signed in learns nothing about the shape a route expects.
  app.addHook('preValidation', async (request) => {
    if (request.is404 || request.routeOptions.config.isPublic) return;
    if (request.url.startsWith('/api/v1/')) actorOf(request);
  });
};

/** The caller, or a 401 that tells them to sign in. */
export const actorOf = (request: FastifyRequest): Actor => {
  if (!request.actor) {
    throw new DomainError('AUTH_REQUIRED', 'Unauthenticated', 'Sign in, or send a valid API token');
  }
  return request.actor;
};
