/**
 * The usual start of an API test: the app over a fresh database, one
 * organization of a kind, and a user with an API token for each set of roles
 * named (created in the order given).
 */
import type { OrgKind, Role } from '../../src/domain/access/roles.js';
import type { Organization } from '../../src/storage/organization.repository.js';
import { createApiTestContext, createApiUser, createOrg } from './api.js';
import type { ApiTestContext, ApiUser } from './api.js';
import { suiteFixture } from './fixture.js';

/** The context, the organization, and each user under the name given for its roles. */
export type OrgApi<U extends string> = {
  readonly ctx: ApiTestContext;
  readonly org: Organization;
  readonly orgId: string;
} & Readonly<Record<U, ApiUser>>;

export const createOrgApi = async <U extends string>(
  org: { readonly name?: string; readonly kind?: OrgKind },
  roles: Record<U, readonly Role[]>,
): Promise<OrgApi<U>> => {
  const ctx = await createApiTestContext();
  const organization = await createOrg(ctx, org.kind ?? 'auditee', org.name);
  const users: Partial<Record<U, ApiUser>> = {};
  for (const key of Object.keys(roles) as U[])
    users[key] = await createApiUser(ctx, organization, roles[key]);
  return { ctx, org: organization, orgId: organization.id, ...(users as Record<U, ApiUser>) };
};

/** createOrgApi for the tests of a describe block: made before the first, closed after the last. */
export const orgApiForSuite = <U extends string>(
  org: { readonly name?: string; readonly kind?: OrgKind },
  roles: Record<U, readonly Role[]>,
): OrgApi<U> =>
  suiteFixture(
    () => createOrgApi(org, roles),
    (api) => api.ctx.close(),
  );

/** A new organization of its own with one user holding the roles given, such as a stranger from elsewhere. */
export const createOrgWithUser = async (
  ctx: ApiTestContext,
  roles: readonly Role[],
  name?: string,
): Promise<{ org: Organization; user: ApiUser }> => {
  const org = await createOrg(ctx, 'auditee', name);
  return { org, user: await createApiUser(ctx, org, roles) };
};
