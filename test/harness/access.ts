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
  /** Creates the records the cases need; leave it out when they need none. */
  readonly setup?: (base: AccessFixture) => Promise<F>;
  readonly routes: readonly RouteCase<F>[];
}

export const defineAccessTable = <F extends AccessFixture>(table: AccessTable<F>) => table;

/** A request of a case beside its route: path parameters, a query string, a JSON or multipart body. */
export interface CaseRequest {
  /** Replaces path parameters, such as `{ documentId: 'not-an-id' }`; `orgId` too. */
  readonly params?: Readonly<Record<string, string>>;
  /** Without the question mark: 'format=pdf'. */
  readonly query?: string;
  /** A body, or one made from the fixture. */
  readonly payload?: InjectOptions['payload'] | ((f: AccessFixture) => InjectOptions['payload']);
  readonly headers?: InjectOptions['headers'];
}

/**
 * Who lacks the permission: a member of the organization in that role, or
 * the certification body's auditor in their own organization, where the
 * auditor role reads only the organization and its members.
 */
export type LackingRole = 'contributor' | 'approver' | 'viewer' | 'cbAuditor';

export interface CaseSpec extends CaseRequest {
  readonly lacking?: LackingRole;
  /** The bad request shares the good one's path parameters unless it replaces them. */
  readonly badInput?: CaseRequest & { readonly field: string };
}

const lackingMember = (role: LackingRole) => (f: AccessFixture) =>
  role === 'cbAuditor'
    ? { user: f.cbAuditor, orgId: f.cbOrg.id }
    : { user: f[role], orgId: f.org.id };

/**
 * The case of a route, its request made from the route itself:
 * `routeCase('PATCH /api/v1/orgs/{orgId}/documents/{documentId}', { payload, lacking: 'viewer' })`.
 * A path parameter other than `{orgId}` takes the fixture's field of the same
 * name (`f.documentId`) unless the request replaces it.
 */
export const routeCase = (route: string, spec: CaseSpec = {}): RouteCase<AccessFixture> => {
  const [method, path] = route.split(' ') as [NonNullable<InjectOptions['method']>, string];
  const requestOf =
    ({ params, query, payload, headers }: CaseRequest, baseParams: CaseRequest['params'] = {}) =>
    (orgId: string, f: AccessFixture): InjectOptions => {
      const values: Record<string, unknown> = { ...f, orgId, ...baseParams, ...params };
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = values[name];
        if (typeof value !== 'string') throw new Error(`${route}: no value for {${name}}`);
        return value;
      });
      return {
        method,
        url: query === undefined ? url : `${url}?${query}`,
        ...(payload === undefined
          ? {}
          : { payload: typeof payload === 'function' ? payload(f) : payload }),
        ...(headers === undefined ? {} : { headers }),
      };
    };
  const { lacking, badInput } = spec;
  return {
    route,
    request: requestOf(spec),
    ...(lacking ? { lacking: lackingMember(lacking) } : {}),
    ...(badInput
      ? { badInput: { request: requestOf(badInput, spec.params), field: badInput.field } }
      : {}),
  };
};

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
      const base: AccessFixture = {
        ctx,
        org,
        cbOrg,
        admin: await createApiUser(ctx, org, ['admin', 'aims_manager']),
        contributor: await createApiUser(ctx, org, ['contributor']),
        approver: await createApiUser(ctx, org, ['approver']),
        viewer: await createApiUser(ctx, org, ['viewer']),
        outsider: await createApiUser(ctx, other, ['admin', 'aims_manager']),
        cbAuditor: await createApiUser(ctx, cbOrg, ['auditor']),
      };
      // Without a setup the cases run on the base fixture, so F is AccessFixture itself.
      f = table.setup ? await table.setup(base) : (base as F);
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
