/**
 * Builds the HTTP application (never listens): schemas, OpenAPI, error
 * handling, authentication, the API routes and the web UI's static files.
 */
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../services/index.js';
import { registerAuthentication } from './authentication.js';
import { registerCompression } from './compression.js';
import { registerCrossSiteGuard } from './cross-site-guard.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerLabelledInput } from './labelled-input.js';
import { registerTextGuard } from './text-guard.js';
import { errorBody, handleError } from './error-handler.js';
import { responseSerializerCompiler } from './response-serializer.js';
import { ROUTE_PLUGINS } from './routes/index.js';
import { isWebPageRequest, registerWebUi } from './web-ui.js';

export interface AppOptions {
  readonly services: Services;
  /** Folder of the built web UI; the UI is not served when absent. */
  readonly webRoot?: string;
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * The reverse proxies (addresses or CIDR ranges) whose X-Forwarded-* headers
   * give the client's address and scheme; `true` only in tests.
   */
  readonly trustProxy?: boolean | readonly string[];
  readonly version?: string;
  /**
   * Checks every answer against its zod schema before it is written (the
   * tests turn it on; AIMS_CHECK_RESPONSES=1 does too). Off, answers are
   * still written through their schema, which names every field sent.
   */
  readonly checkResponses?: boolean;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Uploaded files (imports, document attachments). */
export const FILE_LIMIT_BYTES = 20 * 1024 * 1024;

export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const proxies = options.trustProxy ?? false;
  const trustProxy: boolean | string[] =
    typeof proxies === 'boolean' ? proxies : proxies.length > 0 && [...proxies];
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  const checkResponses = options.checkResponses ?? process.env.AIMS_CHECK_RESPONSES === '1';
  app.setSerializerCompiler(responseSerializerCompiler({ validate: checkResponses }));
  app.setErrorHandler(handleError);
  // The API speaks JSON only; any other body is refused with 415 before validation.
  app.removeContentTypeParser('text/plain');
  // Before every route, so each answer is compressed when the client asks.
  await registerCompression(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'AIMS Workbench API',
        version: options.version ?? '0.1.0',
        description:
          'ISO/IEC 42001 certification: the organization’s AI management system and its certification audits. ' +
          'Authenticate with the session cookie from /api/v1/auth/login or a personal API token ' +
          '(Authorization: Bearer <token>). Errors carry a stable `code` (see docs/errors.md).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'aims_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: FILE_LIMIT_BYTES, files: 1, fields: 10 },
  });
  registerAuthentication(app, options.services);
  registerCrossSiteGuard(app);
  registerTextGuard(app);
  registerLabelledInput(app);
  registerSecurityHeaders(app);

  for (const routes of ROUTE_PLUGINS) {
    await app.register(routes(options.services));
  }

  const webRoot = options.webRoot;
  const shell =
    webRoot !== undefined && existsSync(webRoot) ? await registerWebUi(app, webRoot) : undefined;
  app.setNotFoundHandler((request, reply) => {
    if (shell && isWebPageRequest(request.method, request.url)) return shell.send(request, reply);
    return reply
      .status(404)
      .send(
        errorBody(
          404,
          'ROUTE_NOT_FOUND',
          `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
        ),
      );
  });
  return app;
};
