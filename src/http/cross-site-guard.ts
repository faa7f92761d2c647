/**
 * Refuses what a page on another origin could make a signed-in browser send.
 * An unsafe request (anything but GET, HEAD, OPTIONS) that rides on the
 * session cookie, and every sign-in (accepting an invitation signs in too),
 * must come from the application's own origin: its Origin header, or else
 * its Sec-Fetch-Site, says so. Other
 * ports of the same host are other origins, though the cookie is sent to
 * them. Clients with an API token send no cookie and are not affected.
 * Multipart bodies, which an HTML form can send anywhere, are taken only by
 * the routes that take a file.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '../domain/errors.js';
import { SESSION_COOKIE } from '../services/secrets.js';
import { errorBody } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The routes that open a session: a foreign page must not sign a browser in. */
const SIGNS_IN = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/login/second-factor',
  '/api/v1/invitations/accept',
]);

/**
 * Host and port decide: behind a proxy that ends TLS the scheme seen here may
 * differ from the browser's, but a page on another port or host never matches.
 */
const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

const isSameOrigin = (request: FastifyRequest): boolean => {
  const origin = request.headers.origin;
  if (origin !== undefined) return hostOf(origin) === request.host;
  const site = request.headers['sec-fetch-site'];
  // Neither header: not a browser, so not a request a foreign page forged.
  return site === undefined || site === 'same-origin' || site === 'none';
};

const takesFile = (request: FastifyRequest): boolean => {
  const consumes = (request.routeOptions.schema as { consumes?: readonly string[] } | undefined)
    ?.consumes;
  return consumes?.includes('multipart/form-data') ?? false;
};

export const registerCrossSiteGuard = (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || SAFE_METHODS.has(request.method)) return;
    const path = request.url.split('?')[0];
    const ridesOnCookie =
      request.cookies[SESSION_COOKIE] !== undefined &&
      !request.headers.authorization?.toLowerCase().startsWith('bearer ');
    if ((ridesOnCookie || SIGNS_IN.has(path ?? '')) && !isSameOrigin(request)) {
      throw forbidden(
        'REQUEST_CROSS_SITE',
        'The request came from another site; use the application itself',
        { origin: request.headers.origin ?? null },
      );
    }
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.toLowerCase().startsWith('multipart/') && !takesFile(request)) {
      return reply
        .status(415)
        .send(
          errorBody(
            415,
            'REQUEST_UNSUPPORTED_MEDIA_TYPE',
            'This route takes application/json, not a form upload',
          ),
        );
    }
  });
};
