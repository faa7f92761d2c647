import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';

interface Issue {
  id: string;
  kind: string;
  title: string;
  description: string;
  isClimateRelevant: boolean;
  availableActions: string[];
}
interface Page {
  items: Issue[];
  total: number;
  page: number;
  pageSize: number;
}
interface AuditPage {
  items: { action: string; before: unknown; after: unknown }[];
}

const ISSUES = [
  { kind: 'external', title: 'EU AI Act obligations phase in', isClimateRelevant: false },
  { kind: 'external', title: 'customers expect explanations', isClimateRelevant: false },
  { kind: 'external', title: 'Heatwaves disrupt the data centre', isClimateRelevant: true },
  { kind: 'internal', title: 'Data science team of four', description: 'Key-person risk' },
  { kind: 'internal', title: 'Energy budget for model training', isClimateRelevant: true },
  { kind: 'internal', title: 'ISO/IEC 27001 ISMS in place' },
];

describe('context issues API', () => {
  const api = orgApiForSuite(
    { name: 'Context Co' },
    { manager: ['aims_manager'], viewer: ['viewer'] },
  );
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/context-issues${path}`;
  const list = async (query: string, user = api.manager) => {
    const response = await call(api.ctx, user, { method: 'GET', url: url(`?${query}`) });
    expect(response.statusCode).toBe(200);
    return response.json<Page>();
  };
  const create = (payload: object) =>
    call(api.ctx, api.manager, { method: 'POST', url: url(), payload });

  beforeAll(async () => {
    for (const issue of ISSUES) expect((await create(issue)).statusCode).toBe(201);
  });

  it('records an issue, trimmed, with the actions the caller may take', async () => {
    const response = await create({
      kind: 'external',
      title: '  Regulator consults on AI in insurance  ',
      description: ' Consultation closes in March. ',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Issue>();
    expect(created).toEqual({
      id: expect.any(String),
      kind: 'external',
      title: 'Regulator consults on AI in insurance',
      description: 'Consultation closes in March.',
      isClimateRelevant: false,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
      availableActions: ['edit', 'delete'],
    });
    const fetched = await call(api.ctx, api.viewer, { method: 'GET', url: url(`/${created.id}`) });
    expect(fetched.json()).toEqual({ ...created, availableActions: [] });
  });

  it('lists external issues before internal ones, each by title regardless of case', async () => {
    const page = await list('pageSize=200&search=a');
    const titles = page.items.map((item) => `${item.kind}:${item.title}`);
    expect(titles.slice(0, 3)).toEqual([
      'external:customers expect explanations',
      'external:EU AI Act obligations phase in',
      'external:Heatwaves disrupt the data centre',
    ]);
    expect(titles.at(-1)).toBe('internal:ISO/IEC 27001 ISMS in place');
  });

  it('filters by kind and climate relevance, and searches title and description', async () => {
    expect((await list('kind=internal')).total).toBe(3);
    const climate = await list('isClimateRelevant=true');
    expect(climate.items.map((item) => item.title)).toEqual([
      'Heatwaves disrupt the data centre',
      'Energy budget for model training',
    ]);
    expect((await list('isClimateRelevant=false&kind=internal')).total).toBe(2);
    expect((await list('search=KEY-PERSON')).items.map((item) => item.title)).toEqual([
      'Data science team of four',
    ]);
  });

  it('pages with a stable total', async () => {
    const first = await list('pageSize=4');
    const second = await list('pageSize=4&page=2');
    expect(first).toMatchObject({ total: 7, page: 1, pageSize: 4 });
    expect(second.items).toHaveLength(3);
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(7);
  });

  it('changes the fields sent and records before and after', async () => {
    const [target] = (await list('search=four')).items;
    api.ctx.clock.advanceSeconds(60);
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${target?.id}`),
      payload: { title: 'Data science team of six', isClimateRelevant: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: 'Data science team of six',
      description: 'Key-person risk',
      updatedAt: '2026-12-01T09:01:00.000Z',
    });
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${target?.id}`,
    });
    expect(history.json<AuditPage>().items[0]).toMatchObject({
      action: 'context_issue.updated',
      before: { title: 'Data science team of four' },
      after: { title: 'Data science team of six' },
    });
  });

  it('refuses a blank title by rule and an unknown kind by schema', async () => {
    const blank = await create({ kind: 'internal', title: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank).code).toBe('CONTEXT_ISSUE_INVALID');
    expect(errorOf(blank).details.issues?.map((issue) => issue.field)).toEqual(['title']);
    const kind = await create({ kind: 'regional', title: 'x' });
    expect(errorOf(kind).details.issues?.map((issue) => issue.field)).toEqual(['body.kind']);
  });

  it('deletes an issue, keeping what it said in the audit trail', async () => {
    const { id } = (await create({ kind: 'internal', title: 'Short-lived' })).json<Issue>();
    const deleted = await call(api.ctx, api.manager, { method: 'DELETE', url: url(`/${id}`) });
    expect(deleted.statusCode).toBe(204);
    const gone = await call(api.ctx, api.manager, { method: 'GET', url: url(`/${id}`) });
    expect(gone.statusCode).toBe(404);
    expect(errorOf(gone).code).toBe('CONTEXT_ISSUE_NOT_FOUND');
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${id}`,
    });
    expect(history.json<AuditPage>().items[0]).toMatchObject({
      action: 'context_issue.deleted',
      before: { title: 'Short-lived', kind: 'internal' },
      after: null,
    });
    const again = await call(api.ctx, api.manager, { method: 'DELETE', url: url(`/${id}`) });
    expect(again.statusCode).toBe(404);
  });

  it('shows a viewer the register without actions and refuses their changes', async () => {
    const page = await list('pageSize=1', api.viewer);
    expect(page.items[0]?.availableActions).toEqual([]);
    const response = await call(api.ctx, api.viewer, {
      method: 'DELETE',
      url: url(`/${page.items[0]?.id}`),
    });
    expect(response.statusCode).toBe(403);
  });

  it('answers 404 for an issue of another organization', async () => {
    const { org: other, user: stranger } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Other Co',
    );
    const theirs = await call(api.ctx, stranger, {
      method: 'POST',
      url: `/api/v1/orgs/${other.id}/context-issues`,
      payload: { kind: 'internal', title: 'Theirs' },
    });
    const id = theirs.json<Issue>().id;
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const response = await call(api.ctx, api.manager, {
        method,
        url: url(`/${id}`),
        ...(method === 'PATCH' ? { payload: { title: 'Mine now' } } : {}),
      });
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('CONTEXT_ISSUE_NOT_FOUND');
    }
  });
});
