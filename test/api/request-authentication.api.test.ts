import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  type ApiTestContext,
  type ApiUser,
} from '../harness/api.js';
import { OPERATOR } from '../harness/services.js';
import { asSession, passwordSession } from '../harness/second-factor.js';
import type { Organization } from '../../src/storage/organization.repository.js';
import { accessOf } from '../../src/services/authorization.js';
import type { Actor } from '../../src/services/index.js';

/**
 * Every request reads its caller in one statement: the credential, the user
 * and, for the organization in the URL, that organization and the caller's
 * roles. On PostgreSQL what it read is kept until the database announces a
 * change (test/api/access-cache.api.test.ts), so a repeated page may need no
 * statement at all; either way a revoked token, an ended session or a
 * removed role takes effect on the very next request, and a page asked for
 * again while nothing was written needs no statement of its own.
 */
const A_SYSTEM = {
  name: 'Screening assistant',
  purpose: 'Ranks applications for a recruiter',
  lifecycleStage: 'deployment',
  isInScope: true,
};

describe('authenticating a request in one statement', () => {
  let statements = 0;
  let ctx: ApiTestContext;
  let org: Organization;
  let other: Organization;
  let manager: ApiUser;
  let sessionCookie = '';

  const statementsOf = async (send: () => Promise<{ statusCode: number }>) => {
    statements = 0;
    const response = await send();
    return { status: response.statusCode, statements };
  };
  /** Statements a repeated page costs: the credentials' one, unless the caller is kept. */
  const repeated = () => (ctx.db.database.accessCache ? 0 : 1);
  /** Every change so far has been announced (the cache hears its own writes late, too). */
  const heard = () => ctx.db.database.accessListener?.settled();
  const listAs = (user: ApiUser, orgId = org.id) =>
    call(ctx, user, { method: 'GET', url: `/api/v1/orgs/${orgId}/ai-systems` });

  beforeAll(async () => {
    ctx = await createApiTestContext(undefined, { onStatement: () => statements++ });
    org = await createOrg(ctx, 'auditee', 'One Statement Co');
    other = await createOrg(ctx, 'auditee', 'Elsewhere Co');
    manager = await createApiUser(ctx, org, ['aims_manager']);
    sessionCookie = await passwordSession(ctx, manager.email);
    const added = await call(ctx, manager, {
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/ai-systems`,
      payload: A_SYSTEM,
    });
    expect(added.statusCode).toBe(201);
    // The first use of a credential records when it was used; later ones within a minute do not.
    await listAs(manager);
  });
  afterAll(() => ctx.close());

  const addSystem = async (name: string) => {
    const added = await call(ctx, manager, {
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/ai-systems`,
      payload: { ...A_SYSTEM, name },
    });
    expect(added.statusCode).toBe(201);
  };

  it('reads the token, its user, the organization and the roles in one statement, then the page', async () => {
    await addSystem('Changed since the last page');
    await heard();
    expect(await statementsOf(() => listAs(manager))).toEqual({ status: 200, statements: 2 });
    // The same page again, with nothing written since: the one statement alone, or none.
    expect(await statementsOf(() => listAs(manager))).toEqual({
      status: 200,
      statements: repeated(),
    });
  });

  it('does the same for a session cookie', async () => {
    const list = () =>
      asSession(ctx, sessionCookie, { method: 'GET', url: `/api/v1/orgs/${org.id}/ai-systems` });
    await list();
    await addSystem('Changed again');
    await heard();
    expect(await statementsOf(list)).toEqual({ status: 200, statements: 2 });
    expect(await statementsOf(list)).toEqual({ status: 200, statements: repeated() });
  });

  it('answers another organization, or one that does not exist, as not found from the same statement', async () => {
    expect(await statementsOf(() => listAs(manager, other.id))).toEqual({
      status: 404,
      statements: 1,
    });
    const missing = await listAs(manager, '01890000-0000-7000-8000-000000000000');
    expect(missing.json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
  });

  it('takes a removed membership into account on the very next request', async () => {
    const leaver = await createApiUser(ctx, org, ['viewer']);
    expect((await listAs(leaver)).statusCode).toBe(200);
    const members = await ctx.services.organizations.listMembers(OPERATOR, org.id);
    for (const member of members.filter((row) => row.userId === leaver.id)) {
      await ctx.services.organizations.removeMember(OPERATOR, org.id, member.id);
    }
    expect((await listAs(leaver)).json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
  });

  it('refuses a revoked token on the very next request', async () => {
    const holder = await createApiUser(ctx, org, ['viewer']);
    expect((await listAs(holder)).statusCode).toBe(200);
    const tokens = await call(ctx, holder, { method: 'GET', url: '/api/v1/auth/tokens' });
    const [token] = tokens.json<{ id: string }[]>();
    await call(ctx, holder, { method: 'DELETE', url: `/api/v1/auth/tokens/${token?.id ?? ''}` });
    expect((await listAs(holder)).statusCode).toBe(401);
  });

  it('reads access again inside a transaction, whatever the credentials read', async () => {
    const outsider = await createApiUser(ctx, other, ['aims_manager']);
    // As if the credentials' statement had found a membership the database does not hold.
    const actor: Actor = {
      kind: 'user',
      userId: outsider.id,
      email: outsider.email,
      sessionId: null,
      apiTokenId: null,
      secondFactor: false,
      inOrganization: { organizationId: org.id, organization: org, roles: ['admin'], revision: 0 },
    };
    const { db } = ctx.db.database;
    await expect(accessOf(db, actor, org.id)).resolves.toMatchObject({ roles: ['admin'] });
    await expect(
      db.transaction().execute((trx) => accessOf(trx, actor, org.id)),
    ).rejects.toMatchObject({ code: 'ORG_NOT_FOUND' });
  });
});
