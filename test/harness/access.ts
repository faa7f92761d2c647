/**
 * The tenant and role checks every organization-scoped route must pass: 401
 * without credentials, 404 for a member of another organization (and for an
 * unknown organization), 403 for a member whose role lacks the permission,
 * and 400 naming the field for bad input.
 *
 * Each area lists its routes in an access table (test/api/access/*.cases.ts)
 * that declares, per case, the route it covers as the OpenAPI document names
 * it. The harness checks that every request of a case lands on that route,
 * and test/api/org-route-access-coverage.api.test.ts checks that every
 * organization-scoped route of the document has a case.
 */
import type { FastifyRequest, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../src/storage/organization.repository.js';
import { call, createApiTestContext, createApiUser, createOrg, errorOf } from './api.js';
import type { ApiUser, ApiTestContext } from './api.js';

export interface AccessFixture {
  readonly ctx: ApiTestContext;
  readonly org: Organization;
  /** admin + aims_manager */
  readonly admin: ApiUser;
  readonly contributor: ApiUser;
  readonly approver: ApiUser;
  readonly viewer: ApiUser;
  /** admin + aims_manager of another auditee */
  readonly outsider: ApiUser;
  readonly cbOrg: Organization;
  readonly cbAuditor: ApiUser;
}

export interface RouteCase<F> {
  /** The route covered, as in the OpenAPI document: 'POST /api/v1/orgs/{orgId}/obligations'. */
  readonly route: string;
  readonly request: (orgId: string, f: F) => InjectOptions;
  /** A member whose role lacks the permission; leave out when every role has it. */
  readonly lacking?: (f: F) => { user: ApiUser; orgId: string };
  readonly badInput?: { request: (orgId: string, f: F) => InjectOptions; field: string };
}

/** The routes of one area and the records their requests need. */
export interface AccessTable<F extends AccessFixture> {
  readonly title: string;
  readonly setup: (base: AccessFixture) => Promise<F>;
  readonly routes: readonly RouteCase<F>[];
}

export const defineAccessTable = <F extends AccessFixture>(table: AccessTable<F>) => table;

/** What the coverage test reads of a table, whatever its fixture. */
export interface DeclaredRoutes {
  readonly title: string;
  readonly routes: readonly { readonly route: string }[];
}

export const isAccessTable = (value: unknown): value is DeclaredRoutes =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<DeclaredRoutes>).title === 'string' &&
  Array.isArray((value as Partial<DeclaredRoutes>).routes);

/** 'GET /api/v1/orgs/:orgId' → 'GET /api/v1/orgs/{orgId}'; undefined when no route matched. */
const routeOf = (request: FastifyRequest): string | undefined => {
  const url = request.routeOptions.url;
  return url === undefined ? undefined : `${request.method} ${url.replace(/:(\w+)/g, '{$1}')}`;
};

const UNKNOWN_ORG = '01900000-0000-7000-8000-000000000000';

export const describeOrgRouteAccess = <F extends AccessFixture>(table: AccessTable<F>) =>
  describe(table.title, () => {
    let f: F;
    let landedOn: string | undefined;
    beforeAll(async () => {
      const ctx = await createApiTestContext((app) => {
        app.addHook('onSend', async (request) => {
          landedOn = routeOf(request);
        });
      });
      const org = await createOrg(ctx, 'auditee', 'Tenant A');
      const other = await createOrg(ctx, 'auditee', 'Tenant B');
      const cbOrg = await createOrg(ctx, 'certification_body', 'Body C');
      f = await table.setup({
        ctx,
        org,
        cbOrg,
        admin: await createApiUser(ctx, org, ['admin', 'aims_manager']),
        contributor: await createApiUser(ctx, org, ['contributor']),
        approver: await createApiUser(ctx, org, ['approver']),
        viewer: await createApiUser(ctx, org, ['viewer']),
        outsider: await createApiUser(ctx, other, ['admin', 'aims_manager']),
        cbAuditor: await createApiUser(ctx, cbOrg, ['auditor']),
      });
    });
    afterAll(async () => f.ctx.close());

    describe.each(table.routes)('$route', (route) => {
      /** Sends the request and checks it reached the route the case declares. */
      const send = async (user: ApiUser | undefined, options: InjectOptions) => {
        landedOn = undefined;
        const response = await call(f.ctx, user, options);
        expect(
          landedOn,
          `route reached by ${String(options.method)} ${JSON.stringify(options.url)}`,
        ).toBe(route.route);
        return response;
      };

      it('answers 401 without credentials', async () => {
        const response = await send(undefined, route.request(f.org.id, f));
        expect(response.statusCode).toBe(401);
        expect(errorOf(response).code).toBe('AUTH_REQUIRED');
      });

      it('answers 401 for an unknown API token', async () => {
        const forged = { ...f.admin, token: 'aims_pat_forged' };
        expect((await send(forged, route.request(f.org.id, f))).statusCode).toBe(401);
      });

      it('answers 404 to a member of another organization', async () => {
        const response = await send(f.outsider, route.request(f.org.id, f));
        expect(response.statusCode).toBe(404);
        expect(errorOf(response).code).toBe('ORG_NOT_FOUND');
      });

      it('answers 404 for an organization that does not exist', async () => {
        expect((await send(f.admin, route.request(UNKNOWN_ORG, f))).statusCode).toBe(404);
      });

      const { lacking, badInput } = route;
      if (lacking) {
        it('answers 403 to a member whose role lacks the permission', async () => {
          const { user, orgId } = lacking(f);
          const response = await send(user, route.request(orgId, f));
          expect(response.statusCode).toBe(403);
          expect(errorOf(response).code).toBe('PERMISSION_DENIED');
        });
      }
      if (badInput) {
        it('answers 400 naming the field at fault', async () => {
          const response = await send(f.admin, badInput.request(f.org.id, f));
          expect(response.statusCode).toBe(400);
          expect(errorOf(response).details.issues?.map((issue) => issue.field)).toContain(
            badInput.field,
          );
        });
      }
    });
  });
