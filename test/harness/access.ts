/**
 * The tenant and role checks every organization-scoped route must pass: 401
 * without credentials, 404 for a member of another organization (and for an
 * unknown organization), 403 for a member whose role lacks the permission,
 * and 400 naming the field for bad input. A suite lists its routes in a table.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../src/storage/organization.repository.js';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  errorOf,
  type ApiTestContext,
  type ApiUser,
} from './api.js';

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
  readonly name: string;
  readonly request: (orgId: string, f: F) => InjectOptions;
  /** A member whose role lacks the permission; leave out when every role has it. */
  readonly lacking?: (f: F) => { user: ApiUser; orgId: string };
  readonly badInput?: { request: (orgId: string, f: F) => InjectOptions; field: string };
}

const UNKNOWN_ORG = '01900000-0000-7000-8000-000000000000';

export const describeOrgRouteAccess = <F extends AccessFixture>(
  title: string,
  setup: (base: AccessFixture) => Promise<F>,
  routes: readonly RouteCase<F>[],
) =>
  describe(title, () => {
    let f: F;
    beforeAll(async () => {
      const ctx = await createApiTestContext();
      const org = await createOrg(ctx, 'auditee', 'Tenant A');
      const other = await createOrg(ctx, 'auditee', 'Tenant B');
      const cbOrg = await createOrg(ctx, 'certification_body', 'Body C');
      f = await setup({
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

    describe.each(routes)('$name', (route) => {
      it('answers 401 without credentials', async () => {
        const response = await call(f.ctx, undefined, route.request(f.org.id, f));
        expect(response.statusCode).toBe(401);
        expect(errorOf(response).code).toBe('AUTH_REQUIRED');
      });

      it('answers 401 for an unknown API token', async () => {
        const forged = { ...f.admin, token: 'aims_pat_forged' };
        expect((await call(f.ctx, forged, route.request(f.org.id, f))).statusCode).toBe(401);
      });

      it('answers 404 to a member of another organization', async () => {
        const response = await call(f.ctx, f.outsider, route.request(f.org.id, f));
        expect(response.statusCode).toBe(404);
        expect(errorOf(response).code).toBe('ORG_NOT_FOUND');
      });

      it('answers 404 for an organization that does not exist', async () => {
        expect((await call(f.ctx, f.admin, route.request(UNKNOWN_ORG, f))).statusCode).toBe(404);
      });

      const { lacking, badInput } = route;
      if (lacking) {
        it('answers 403 to a member whose role lacks the permission', async () => {
          const { user, orgId } = lacking(f);
          const response = await call(f.ctx, user, route.request(orgId, f));
          expect(response.statusCode).toBe(403);
          expect(errorOf(response).code).toBe('PERMISSION_DENIED');
        });
      }
      if (badInput) {
        it('answers 400 naming the field at fault', async () => {
          const response = await call(f.ctx, f.admin, badInput.request(f.org.id, f));
          expect(response.statusCode).toBe(400);
          expect(errorOf(response).details.issues?.map((issue) => issue.field)).toContain(
            badInput.field,
          );
        });
      }
    });
  });
