import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  errorOf,
  type ApiTestContext,
  type ApiUser,
} from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { scopeAccess } from './access/scope.cases.js';

interface Version {
  id: string;
  version: number;
  status: string;
  totalPeopleInScope: number;
  availableActions: string[];
  approvedByUserId: string | null;
}

const COMPLETE_SCOPE = {
  statement: 'The AIMS covers the design, operation and monitoring of AI used in claims handling.',
  organizationalUnits: ['Claims', 'Data science'],
  sites: [
    { name: 'Head office', location: 'Leeds', peopleInScope: 120 },
    { name: 'Service centre', location: 'Cardiff', peopleInScope: 45 },
  ],
  processes: ['Claims triage', 'Model monitoring'],
  interfaces: ['Group IT provides hosting under its ISO/IEC 27001 ISMS'],
  exclusions: [
    { item: 'Marketing copy generator', justification: 'Not used for insurance services' },
  ],
  aiRoles: ['ai_provider', 'ai_customer'],
};

describe('AIMS scope API', () => {
  let ctx: ApiTestContext;
  let manager: ApiUser;
  let approver: ApiUser;
  let orgId: string;
  let scopeOrg: Parameters<typeof createApiUser>[1];
  let systemId: string;
  const url = (path = '') => `/api/v1/orgs/${orgId}/scope${path}`;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    const org = await createOrg(ctx, 'auditee', 'Scope Co');
    scopeOrg = org;
    orgId = org.id;
    manager = await createApiUser(ctx, org, ['aims_manager', 'approver']);
    approver = await createApiUser(ctx, org, ['approver']);
    const system = await ctx.services.aiSystems.create(manager.actor, orgId, {
      name: 'Claims triage',
      purpose: 'Ranks claims',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    systemId = system.id;
  });
  afterAll(async () => ctx.close());

  it('starts with no scope at all', async () => {
    const response = await call(ctx, manager, { method: 'GET', url: url() });
    expect(response.json()).toEqual({ approved: null, draft: null, versions: [] });
  });

  it('opens a draft, derives the people in scope, and refuses a second draft', async () => {
    const created = await call(ctx, manager, {
      method: 'POST',
      url: url('/versions'),
      payload: { ...COMPLETE_SCOPE, aiSystemIds: [systemId] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      version: 1,
      status: 'draft',
      totalPeopleInScope: 165,
      aiSystemIds: [systemId],
    });
    const second = await call(ctx, manager, { method: 'POST', url: url('/versions'), payload: {} });
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('SCOPE_DRAFT_EXISTS');
  });

  it('refuses an AI system that is not in the inventory', async () => {
    const { draft } = (await call(ctx, manager, { method: 'GET', url: url() })).json<{
      draft: Version;
    }>();
    const response = await call(ctx, manager, {
      method: 'PATCH',
      url: url(`/versions/${draft.id}`),
      payload: { aiSystemIds: [systemId, '01900000-0000-7000-8000-000000000000'] },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues).toEqual([
      { field: 'aiSystemIds.1', reason: expect.any(String) },
    ]);
  });

  it('does not let the author approve their own draft, even holding the approver role', async () => {
    const { draft } = (await call(ctx, manager, { method: 'GET', url: url() })).json<{
      draft: Version;
    }>();
    expect(draft.availableActions).toEqual(['edit', 'discard']);
    const response = await call(ctx, manager, {
      method: 'POST',
      url: url(`/versions/${draft.id}/approve`),
    });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('APPROVAL_BY_EDITOR');
  });

  it('refuses approval to a second writer who changed the draft, and to the operator', async () => {
    const both = await createApiUser(ctx, scopeOrg, ['contributor', 'approver']);
    const { draft } = (await call(ctx, both, { method: 'GET', url: url() })).json<{
      draft: Version;
    }>();
    expect(draft.availableActions).toContain('approve');
    const edit = await call(ctx, both, {
      method: 'PATCH',
      url: url(`/versions/${draft.id}`),
      payload: { statement: COMPLETE_SCOPE.statement },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json<Version>().availableActions).not.toContain('approve');
    const response = await call(ctx, both, {
      method: 'POST',
      url: url(`/versions/${draft.id}/approve`),
    });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('APPROVAL_BY_EDITOR');
    const operator = { kind: 'system', label: 'test' } as const;
    await expect(ctx.services.scope.approve(operator, orgId, draft.id)).rejects.toMatchObject({
      code: 'APPROVAL_BY_OPERATOR',
    });
  });

  it('is approved by a second person, then a revision supersedes it on approval', async () => {
    const { draft } = (await call(ctx, approver, { method: 'GET', url: url() })).json<{
      draft: Version;
    }>();
    expect(draft.availableActions).toEqual(['approve']);
    const approved = await call(ctx, approver, {
      method: 'POST',
      url: url(`/versions/${draft.id}/approve`),
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedByUserId: approver.id });

    const edit = await call(ctx, manager, {
      method: 'PATCH',
      url: url(`/versions/${draft.id}`),
      payload: { statement: 'x' },
    });
    expect(edit.statusCode).toBe(409);
    expect(errorOf(edit).code).toBe('SCOPE_NOT_DRAFT');

    const revision = await call(ctx, manager, {
      method: 'POST',
      url: url('/versions'),
      payload: {
        sites: [...COMPLETE_SCOPE.sites, { name: 'Lab', location: 'Bristol', peopleInScope: 5 }],
      },
    });
    expect(revision.json()).toMatchObject({
      version: 2,
      statement: COMPLETE_SCOPE.statement,
      totalPeopleInScope: 170,
    });
    await call(ctx, approver, {
      method: 'POST',
      url: url(`/versions/${revision.json<Version>().id}/approve`),
    });

    const overview = (await call(ctx, manager, { method: 'GET', url: url() })).json<{
      approved: Version;
      draft: Version | null;
      versions: Version[];
    }>();
    expect(overview.approved.version).toBe(2);
    expect(overview.draft).toBeNull();
    expect(overview.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
  });

  it('will not approve an incomplete draft, and lets a writer discard it', async () => {
    const draft = await call(ctx, manager, {
      method: 'POST',
      url: url('/versions'),
      payload: { statement: '', aiRoles: [] },
    });
    const { id } = draft.json<Version>();
    const response = await call(ctx, approver, {
      method: 'POST',
      url: url(`/versions/${id}/approve`),
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('SCOPE_INCOMPLETE');
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'statement',
      'aiRoles',
    ]);
    expect(
      (await call(ctx, manager, { method: 'DELETE', url: url(`/versions/${id}`) })).statusCode,
    ).toBe(204);
  });
});

describeOrgRouteAccess(scopeAccess);
