import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { createAiSystem } from '../harness/services.js';

interface Obligation {
  id: string;
  kind: string;
  source: string;
  reference: string;
  requirement: string;
  aiSystemIds: string[];
  ownerUserId: string | null;
  complianceStatus: string;
  nextReviewDate: string | null;
  isReviewOverdue: boolean;
  notes: string;
  availableActions: string[];
}
interface Page {
  items: Obligation[];
  total: number;
  page: number;
  pageSize: number;
}

describe('obligations API', () => {
  const api = orgApiForSuite({ name: 'Obligations Co' }, { manager: ['aims_manager'] });
  let triageId: string;
  let chatbotId: string;
  let foreignSystemId: string;
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/obligations${path}`;
  const list = async (query: string) => {
    const response = await call(api.ctx, api.manager, { method: 'GET', url: url(`?${query}`) });
    expect(response.statusCode).toBe(200);
    return response.json<Page>();
  };
  const refs = (page: Page) => page.items.map((item) => `${item.source} ${item.reference}`);
  const create = (payload: object) =>
    call(api.ctx, api.manager, { method: 'POST', url: url(), payload });
  const fieldsOf = (response: Awaited<ReturnType<typeof create>>) =>
    errorOf(response).details.issues?.map((issue) => issue.field);
  const system = async (user: ApiUser, organizationId: string, name: string) =>
    (await createAiSystem(api.ctx.services, user, organizationId, { name })).id;

  beforeAll(async () => {
    triageId = await system(api.manager, api.orgId, 'Claims triage');
    chatbotId = await system(api.manager, api.orgId, 'Service chatbot');
    const { org: other, user: otherAdmin } = await createOrgWithUser(
      api.ctx,
      ['admin'],
      'Elsewhere',
    );
    foreignSystemId = await system(otherAdmin, other.id, 'Theirs');
    const rows = [
      ['regulatory', 'EU AI Act', 'Art. 9', 'compliant', '2026-11-30', [triageId]],
      ['regulatory', 'EU AI Act', 'Art. 50', 'non_compliant', '2027-03-01', [chatbotId]],
      ['legal', 'GDPR', 'Art. 22', 'partially_compliant', null, [triageId, chatbotId]],
      ['contractual', 'Reinsurer contract', 'Schedule 4', 'not_assessed', '2026-12-03', []],
      ['voluntary', 'Group AI ethics code', 'Principle 2', 'compliant', null, []],
    ] as const;
    for (const [kind, source, reference, complianceStatus, nextReviewDate, aiSystemIds] of rows) {
      const response = await create({
        kind,
        source,
        reference,
        requirement: `What ${source} ${reference} asks of us`,
        complianceStatus,
        nextReviewDate,
        aiSystemIds,
        ...(kind === 'legal' ? { ownerUserId: api.manager.id } : {}),
      });
      expect(response.statusCode).toBe(201);
    }
  });

  it('registers an obligation with its systems, owner and review date', async () => {
    const response = await create({
      kind: 'regulatory',
      source: ' EU AI Act ',
      reference: 'Art. 13',
      requirement: 'Instructions for use that let deployers interpret the output',
      aiSystemIds: [triageId, triageId],
      ownerUserId: api.manager.id,
      nextReviewDate: '2027-06-30',
      notes: 'Draft instructions in review',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Obligation>();
    expect(created).toEqual({
      id: expect.any(String),
      kind: 'regulatory',
      source: 'EU AI Act',
      reference: 'Art. 13',
      requirement: 'Instructions for use that let deployers interpret the output',
      aiSystemIds: [triageId],
      ownerUserId: api.manager.id,
      complianceStatus: 'not_assessed',
      nextReviewDate: '2027-06-30',
      isReviewOverdue: false,
      notes: 'Draft instructions in review',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
      availableActions: ['edit', 'delete'],
    });
    const fetched = await call(api.ctx, api.manager, { method: 'GET', url: url(`/${created.id}`) });
    expect(fetched.json()).toEqual(created);
  });

  it('names each AI system that is not the organization’s, and an owner who is not a member', async () => {
    const response = await create({
      kind: 'legal',
      source: 'GDPR',
      reference: 'Art. 35',
      requirement: 'DPIA',
      aiSystemIds: [triageId, foreignSystemId, '01900000-0000-7000-8000-000000000000'],
      ownerUserId: '01900000-0000-7000-8000-000000000001',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('OBLIGATION_INVALID');
    expect(fieldsOf(response)).toEqual(['ownerUserId', 'aiSystemIds.1', 'aiSystemIds.2']);
  });

  it.each([
    [{ source: '  ', reference: '' }, ['source', 'reference']],
    [{ nextReviewDate: '2027-02-30' }, ['body.nextReviewDate']],
    [{ kind: 'ethical' }, ['body.kind']],
    [{ aiSystemIds: ['claims-triage'] }, ['body.aiSystemIds.0']],
  ])('refuses %j, naming %j', async (payload, fields) => {
    const response = await create({
      kind: 'legal',
      source: 'GDPR',
      reference: 'Art. 5',
      requirement: 'Lawful processing',
      ...payload,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(fields);
  });

  it('filters by kind, status, AI system, owner and search', async () => {
    // Natural order: article 9 before 13 before 50, not as text.
    expect(refs(await list('kind=regulatory&sort=reference'))).toEqual([
      'EU AI Act Art. 9',
      'EU AI Act Art. 13',
      'EU AI Act Art. 50',
    ]);
    expect(refs(await list('kind=regulatory&sort=reference&direction=desc'))).toEqual([
      'EU AI Act Art. 50',
      'EU AI Act Art. 13',
      'EU AI Act Art. 9',
    ]);
    expect(refs(await list('kind=regulatory&sort=source&pageSize=2&page=2'))).toEqual([
      'EU AI Act Art. 50',
    ]);
    expect(refs(await list('complianceStatus=compliant'))).toEqual([
      'EU AI Act Art. 9',
      'Group AI ethics code Principle 2',
    ]);
    expect(refs(await list(`aiSystemId=${chatbotId}`))).toEqual([
      'EU AI Act Art. 50',
      'GDPR Art. 22',
    ]);
    expect((await list(`ownerUserId=${api.manager.id}`)).total).toBe(2);
    expect(refs(await list('search=SCHEDULE'))).toEqual(['Reinsurer contract Schedule 4']);
    expect((await list('search=asks%20of%20us')).total).toBe(5);
  });

  it('sorts by status from compliant to non-compliant, and by review date with undated last', async () => {
    const byStatus = await list('sort=complianceStatus&direction=desc');
    expect(byStatus.items.map((item) => item.complianceStatus)).toEqual([
      'non_compliant',
      'not_assessed',
      'not_assessed',
      'partially_compliant',
      'compliant',
      'compliant',
    ]);
    const byDate = await list('sort=nextReviewDate');
    expect(byDate.items.map((item) => item.nextReviewDate)).toEqual([
      '2026-11-30',
      '2026-12-03',
      '2027-03-01',
      '2027-06-30',
      null,
      null,
    ]);
    const latestFirst = await list('sort=nextReviewDate&direction=desc');
    expect(latestFirst.items.map((item) => item.nextReviewDate).slice(0, 2)).toEqual([
      '2027-06-30',
      '2027-03-01',
    ]);
    expect(latestFirst.items.at(-1)?.nextReviewDate).toBeNull();
  });

  it('pages through a sorted list', async () => {
    const first = await list('sort=source&pageSize=4');
    const second = await list('sort=source&pageSize=4&page=2');
    expect(first).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(refs(first).concat(refs(second))).toEqual([
      'EU AI Act Art. 9',
      'EU AI Act Art. 13',
      'EU AI Act Art. 50',
      'GDPR Art. 22',
      'Group AI ethics code Principle 2',
      'Reinsurer contract Schedule 4',
    ]);
    expect(refs(await list('sort=updatedAt&direction=desc&pageSize=1'))).toHaveLength(1);
  });

  it('changes, clears the owner and records before and after', async () => {
    const [gdpr] = (await list('search=GDPR')).items;
    api.ctx.clock.advanceSeconds(30);
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${gdpr?.id}`),
      payload: { ownerUserId: null, complianceStatus: 'compliant', aiSystemIds: [triageId] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ownerUserId: null,
      complianceStatus: 'compliant',
      aiSystemIds: [triageId],
      reference: 'Art. 22',
      updatedAt: '2026-12-01T09:00:30.000Z',
    });
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${gdpr?.id}`,
    });
    expect(history.json<{ items: unknown[] }>().items[0]).toMatchObject({
      action: 'obligation.updated',
      before: { complianceStatus: 'partially_compliant', ownerUserId: api.manager.id },
      after: { complianceStatus: 'compliant', ownerUserId: null },
    });
    const foreign = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${gdpr?.id}`),
      payload: { aiSystemIds: [foreignSystemId] },
    });
    expect(fieldsOf(foreign)).toEqual(['aiSystemIds.0']);
  });

  it('turns a review overdue the day after its date, as the clock moves', async () => {
    const overdue = async () => (await list('overdue=true')).items.map((item) => item.reference);
    expect(await overdue()).toEqual(['Art. 9']);
    expect((await list('overdue=false')).total).toBe(5);
    api.ctx.clock.advanceSeconds(2 * 86_400);
    const [contract] = (await list('search=Schedule')).items;
    expect(contract?.isReviewOverdue).toBe(false);
    api.ctx.clock.advanceSeconds(86_400);
    expect(await overdue()).toEqual(['Art. 9', 'Schedule 4']);
    const fetched = await call(api.ctx, api.manager, {
      method: 'GET',
      url: url(`/${contract?.id}`),
    });
    expect(fetched.json<Obligation>().isReviewOverdue).toBe(true);
  });

  it('deletes an obligation and records what it said', async () => {
    const [contract] = (await list('search=Schedule')).items;
    const deleted = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: url(`/${contract?.id}`),
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await call(api.ctx, api.manager, { method: 'GET', url: url(`/${contract?.id}`) });
    expect(errorOf(gone).code).toBe('OBLIGATION_NOT_FOUND');
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${contract?.id}`,
    });
    expect(history.json<{ items: unknown[] }>().items[0]).toMatchObject({
      action: 'obligation.deleted',
      before: { source: 'Reinsurer contract', reference: 'Schedule 4' },
    });
  });
});
