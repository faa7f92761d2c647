/**
 * Headers on every response: no sniffing, no framing, same-origin referrers;
 * a Content-Security-Policy that lets the web UI load only its own scripts,
 * styles, fonts and API; HSTS when the request came over TLS; and API answers
 * that no shared or browser cache keeps unless the route chose otherwise.
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline style attributes for layout props.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The interactive API documentation brings its own page and policy. */
const isApiDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

export const registerSecurityHeaders = (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
    if (!isApiDocs(request.url))
      void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (request.protocol === 'https')
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
  });
};
