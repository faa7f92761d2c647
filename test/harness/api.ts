/**
 * The HTTP app in process over a fresh test database, with helpers to act as
 * a user through a personal API token.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import type { Role } from '../../src/domain/access/roles.js';
import type { Organization } from '../../src/storage/organization.repository.js';
import { suiteFixture } from './fixture.js';
import { OPERATOR, createTestContext, createUser } from './services.js';
import type { TestContext, TestDeps, TestUser } from './services.js';

export interface ApiTestContext extends TestContext {
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** `beforeReady` may add hooks to the app, for tests that watch every request. */
export const createApiTestContext = async (
  beforeReady?: (app: FastifyInstance) => void,
  extra: TestDeps = {},
): Promise<ApiTestContext> => {
  const ctx = await createTestContext(extra);
  const app = await buildApp({ services: ctx.services });
  beforeReady?.(app);
  await app.ready();
  return {
    ...ctx,
    app,
    async close() {
      await app.close();
      await ctx.db.cleanup();
    },
  };
};

/** An API test context for the tests of a describe block: made before the first, closed after the last. */
export const apiContextForSuite = (): ApiTestContext =>
  suiteFixture(
    () => createApiTestContext(),
    (ctx) => ctx.close(),
  );

export interface ApiUser extends TestUser {
  readonly token: string;
}

/** A user with the roles given and an API token to call the API as them. */
export const createApiUser = async (
  ctx: TestContext,
  organization: Organization,
  roles: readonly Role[],
): Promise<ApiUser> => {
  const user = await createUser(ctx.services, organization, roles);
  const { token } = await ctx.services.auth.createApiTokenFor(OPERATOR, user.id, 'test');
  return { ...user, token };
};

export const createOrg = (
  ctx: TestContext,
  kind: 'auditee' | 'certification_body',
  name = `Org ${kind}`,
) => ctx.services.organizations.createOrganization(OPERATOR, { name, kind });

/** Sends a request, as the user when one is given. */
export const call = (
  ctx: ApiTestContext,
  user: ApiUser | undefined,
  options: InjectOptions,
): Promise<LightMyRequestResponse> =>
  ctx.app.inject({
    ...options,
    headers: {
      ...(options.headers ?? {}),
      ...(user ? { authorization: `Bearer ${user.token}` } : {}),
    },
  });

export interface ErrorResponseBody {
  statusCode: number;
  code: string;
  message: string;
  details: { issues?: { field: string; reason: string }[] };
}

export const errorOf = (response: LightMyRequestResponse): ErrorResponseBody =>
  response.json<ErrorResponseBody>();
