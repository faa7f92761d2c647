import { beforeAll, describe, expect, it } from 'vitest';
import { call, createApiUser, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { scopeAccess } from './access/scope.cases.js';
import { createAiSystem } from '../harness/services.js';

interface Version {
  id: string;
  version: number;
  status: string;
  totalPeopleInScope: number;
  availableActions: string[];
  approvedByUserId: string | null;
}

interface ItemDiff {
  key: string;
  change: string;
  before: unknown;
  after: unknown;
}

type DiffField =
  | 'statement'
  | 'totalPeopleInScope'
  | 'organizationalUnits'
  | 'sites'
  | 'processes'
  | 'aiSystemIds'
  | 'interfaces'
  | 'exclusions'
  | 'aiRoles'
  | 'contextIssueIds'
  | 'partyRequirements';

interface Diff {
  versionId: string;
  version: number;
  inForceVersionId: string | null;
  inForceVersion: number | null;
  changedFields: DiffField[];
  fields: Record<
    DiffField,
    { change: string; changed: boolean; before: unknown; after: unknown; items: ItemDiff[] }
  >;
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
  const api = orgApiForSuite(
    { name: 'Scope Co' },
    { manager: ['aims_manager', 'approver'], approver: ['approver'] },
  );
  let systemId: string;
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/scope${path}`;
  const overview = async (user: ApiUser) =>
    (await call(api.ctx, user, { method: 'GET', url: url() })).json<{
      approved: Version;
      draft: Version;
      versions: Version[];
    }>();
  const changeVersion = (user: ApiUser, id: string, payload: object) =>
    call(api.ctx, user, { method: 'PATCH', url: url(`/versions/${id}`), payload });
  const step = (
    user: ApiUser,
    id: string,
    action: 'submit' | 'return' | 'approve',
    payload?: { comment: string },
  ) =>
    call(api.ctx, user, {
      method: 'POST',
      url: url(`/versions/${id}/${action}`),
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    const system = await createAiSystem(api.ctx.services, api.manager, api.orgId, {
      name: 'Claims triage',
      purpose: 'Ranks claims',
    });
    systemId = system.id;
  });

  it('starts with no scope at all', async () => {
    const response = await call(api.ctx, api.manager, { method: 'GET', url: url() });
    expect(response.json()).toEqual({ approved: null, draft: null, versions: [] });
  });

  it('opens a draft, derives the people in scope, and refuses a second draft', async () => {
    const created = await call(api.ctx, api.manager, {
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
    const second = await call(api.ctx, api.manager, {
      method: 'POST',
      url: url('/versions'),
      payload: {},
    });
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('SCOPE_DRAFT_EXISTS');
  });

  it('refuses an AI system that is not in the inventory', async () => {
    const { draft } = await overview(api.manager);
    const response = await changeVersion(api.manager, draft.id, {
      aiSystemIds: [systemId, '01900000-0000-7000-8000-000000000000'],
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues).toEqual([
      { field: 'aiSystemIds.1', reason: expect.any(String) },
    ]);
  });

  it('refuses approval of a draft nobody submitted, and offers the approver nothing on it', async () => {
    const { draft } = await overview(api.approver);
    expect(draft.availableActions).toEqual([]);
    const { draft: mine } = await overview(api.manager);
    expect(mine.availableActions).toEqual(['edit', 'submit', 'discard']);
    const response = await step(api.approver, draft.id, 'approve');
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('APPROVAL_NOT_SUBMITTED');
    expect((await overview(api.manager)).draft.status).toBe('draft');
  });

  it('shows a first draft against nothing in force: every field added', async () => {
    const { draft } = await overview(api.manager);
    const response = await call(api.ctx, api.approver, {
      method: 'GET',
      url: url(`/versions/${draft.id}/diff`),
    });
    expect(response.statusCode, response.body).toBe(200);
    const diff = response.json<Diff>();
    expect(diff).toMatchObject({
      versionId: draft.id,
      inForceVersionId: null,
      inForceVersion: null,
    });
    expect(Object.values(diff.fields).map((field) => field.change)).toEqual(
      Array.from({ length: 11 }, () => 'added'),
    );
    expect(diff.fields.totalPeopleInScope).toMatchObject({ before: null, after: 165 });
  });

  it('is submitted, then returned with a comment the draft shows, with who and when', async () => {
    const { draft } = await overview(api.manager);
    const submitted = await step(api.manager, draft.id, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'in_review',
      submittedAt: expect.any(String),
    });
    expect((await overview(api.approver)).draft.availableActions).toEqual(['approve', 'return']);

    const edit = await changeVersion(api.manager, draft.id, { statement: 'Changed in review' });
    expect(edit.statusCode).toBe(409);
    expect(errorOf(edit).code).toBe('APPROVAL_NOT_DRAFT');

    const empty = await step(api.approver, draft.id, 'return', { comment: '' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details.issues?.map((issue) => issue.field)).toEqual(['body.comment']);
    const blank = await step(api.approver, draft.id, 'return', { comment: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank).code).toBe('APPROVAL_COMMENT_REQUIRED');
    expect((await overview(api.manager)).draft.status).toBe('in_review');

    const returned = await step(api.approver, draft.id, 'return', {
      comment: 'Name the head count of the Cardiff site as of this year',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const { draft: again } = await overview(api.manager);
    expect(again).toMatchObject({
      status: 'draft',
      submittedAt: null,
      lastReturn: {
        comment: 'Name the head count of the Cardiff site as of this year',
        returnedByUserId: api.approver.id,
        returnedAt: expect.any(String),
      },
    });
  });

  it('refuses approval to everyone who edited the version, even holding approver, and to the operator', async () => {
    const both = await createApiUser(api.ctx, api.org, ['contributor', 'approver']);
    const { draft } = await overview(both);
    expect(draft.availableActions).toEqual(['edit', 'submit', 'discard']);
    const edit = await changeVersion(both, draft.id, {
      sites: [
        COMPLETE_SCOPE.sites[0],
        { name: 'Service centre', location: 'Cardiff', peopleInScope: 50 },
      ],
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await step(api.manager, draft.id, 'submit')).statusCode).toBe(200);
    expect((await overview(both)).draft.availableActions).toEqual(['return']);
    for (const editor of [both, api.manager]) {
      const response = await step(editor, draft.id, 'approve');
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('APPROVAL_BY_EDITOR');
    }
    const operator = { kind: 'system', label: 'test' } as const;
    await expect(
      api.ctx.services.scope.approve(operator, api.orgId, draft.id),
    ).rejects.toMatchObject({
      code: 'APPROVAL_BY_OPERATOR',
    });
    expect((await overview(api.manager)).draft.status).toBe('in_review');
  });

  it('lets only one of two simultaneous approvals of the same version succeed', async () => {
    const second = await createApiUser(api.ctx, api.org, ['approver']);
    const { draft } = await overview(api.approver);
    const responses = await Promise.all([
      step(api.approver, draft.id, 'approve'),
      step(second, draft.id, 'approve'),
    ]);
    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const refused = responses.find((response) => response.statusCode === 409);
    expect(['APPROVAL_STALE', 'APPROVAL_INVALID_TRANSITION']).toContain(
      refused && errorOf(refused).code,
    );
    const { approved, versions } = await overview(api.manager);
    expect(approved).toMatchObject({ status: 'approved', version: 1 });
    expect(versions.filter((version) => version.status === 'approved')).toHaveLength(1);
    expect([api.approver.id, second.id]).toContain(approved.approvedByUserId);
  });

  it('opens a revision on the version in force and shows each change side by side', async () => {
    const { approved } = await overview(api.manager);
    const edit = await changeVersion(api.manager, approved.id, { statement: 'x' });
    expect(edit.statusCode).toBe(409);
    expect(errorOf(edit).code).toBe('APPROVAL_NOT_DRAFT');

    const revision = await call(api.ctx, api.manager, {
      method: 'POST',
      url: url('/versions'),
      payload: {
        sites: [
          { name: 'Head office', location: 'Leeds', peopleInScope: 120 },
          { name: 'Lab', location: 'Bristol', peopleInScope: 5 },
        ],
        exclusions: [{ item: 'Marketing copy generator', justification: 'Retired in 2026' }],
        aiSystemIds: [],
        aiRoles: ['ai_provider'],
      },
    });
    expect(revision.statusCode, revision.body).toBe(201);
    expect(revision.json()).toMatchObject({
      version: 2,
      statement: COMPLETE_SCOPE.statement,
      totalPeopleInScope: 125,
    });
    const { id } = revision.json<Version>();
    const diff = (
      await call(api.ctx, api.approver, { method: 'GET', url: url(`/versions/${id}/diff`) })
    ).json<Diff>();
    expect(diff).toMatchObject({ version: 2, inForceVersionId: approved.id, inForceVersion: 1 });
    expect(diff.changedFields).toEqual([
      'totalPeopleInScope',
      'sites',
      'aiSystemIds',
      'exclusions',
      'aiRoles',
    ]);
    expect(diff.fields.statement).toMatchObject({ change: 'unchanged', changed: false });
    expect(diff.fields.totalPeopleInScope).toMatchObject({ before: 170, after: 125 });
    expect(diff.fields.sites.items.map((item) => [item.key, item.change])).toEqual([
      ['head office', 'unchanged'],
      ['lab', 'added'],
      ['service centre', 'removed'],
    ]);
    expect(diff.fields.aiSystemIds.items).toEqual([
      { key: systemId, change: 'removed', before: systemId, after: null },
    ]);
    const [exclusion] = diff.fields.exclusions.items;
    expect([exclusion?.change, exclusion?.before, exclusion?.after]).toEqual([
      'changed',
      COMPLETE_SCOPE.exclusions[0],
      { item: 'Marketing copy generator', justification: 'Retired in 2026' },
    ]);
    expect(diff.fields.aiRoles.items.map((item) => [item.key, item.change])).toEqual([
      ['ai_provider', 'unchanged'],
      ['ai_customer', 'removed'],
    ]);
  });

  it('supersedes the version in force when the revision is approved', async () => {
    const { draft } = await overview(api.manager);
    const withoutSystem = await step(api.manager, draft.id, 'submit');
    expect(withoutSystem.statusCode).toBe(400);
    expect(errorOf(withoutSystem)).toMatchObject({
      code: 'SCOPE_INCOMPLETE',
      details: { issues: [{ field: 'aiSystemIds' }] },
    });
    expect(
      (await changeVersion(api.manager, draft.id, { aiSystemIds: [systemId] })).statusCode,
    ).toBe(200);
    expect((await step(api.manager, draft.id, 'submit')).statusCode).toBe(200);
    const approved = await step(api.approver, draft.id, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      approvedByUserId: api.approver.id,
    });
    const after = await overview(api.manager);
    expect(after.approved.version).toBe(2);
    expect(after.draft).toBeNull();
    expect(after.approved.availableActions).toEqual(['revise']);
    expect(after.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
  });

  it('will not submit an incomplete draft, and lets a writer discard it', async () => {
    const draft = await call(api.ctx, api.manager, {
      method: 'POST',
      url: url('/versions'),
      payload: { statement: '', aiRoles: [] },
    });
    const { id } = draft.json<Version>();
    const response = await step(api.manager, id, 'submit');
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('SCOPE_INCOMPLETE');
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'statement',
      'aiRoles',
    ]);
    expect((await overview(api.manager)).draft.status).toBe('draft');
    expect(
      (await call(api.ctx, api.manager, { method: 'DELETE', url: url(`/versions/${id}`) }))
        .statusCode,
    ).toBe(204);
  });

  it("answers SCOPE_VERSION_NOT_FOUND for another organization's version", async () => {
    const { org: other, user: otherManager } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Other Scope Co',
    );
    const foreign = await api.ctx.services.scope.createDraft(otherManager.actor, other.id, {
      statement: 'Theirs',
    });
    for (const path of [`/versions/${foreign.id}/diff`, `/versions/${foreign.id}`]) {
      const response = await call(api.ctx, api.manager, { method: 'GET', url: url(path) });
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('SCOPE_VERSION_NOT_FOUND');
    }
    const submit = await step(api.manager, foreign.id, 'submit');
    expect(errorOf(submit).code).toBe('SCOPE_VERSION_NOT_FOUND');
  });
});

describeOrgRouteAccess(scopeAccess);
