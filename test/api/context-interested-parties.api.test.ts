import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface Party {
  id: string;
  name: string;
  kind: string;
  notes: string;
  requirements: { requirement: string; isAddressed: boolean; how: string }[];
  requirementCount: number;
  addressedCount: number;
  availableActions: string[];
}
interface Page {
  items: Party[];
  total: number;
  page: number;
  pageSize: number;
}

const addressed = (requirement: string, how: string) => ({ requirement, isAddressed: true, how });
const open = (requirement: string) => ({ requirement, isAddressed: false });

describe('interested parties API', () => {
  const api = orgApiForSuite({ name: 'Parties Co' }, { manager: ['aims_manager'] });
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/interested-parties${path}`;
  const list = async (query: string) => {
    const response = await call(api.ctx, api.manager, { method: 'GET', url: url(`?${query}`) });
    expect(response.statusCode).toBe(200);
    return response.json<Page>();
  };
  const create = (payload: object) =>
    call(api.ctx, api.manager, { method: 'POST', url: url(), payload });
  const fieldsOf = (response: Awaited<ReturnType<typeof create>>) =>
    errorOf(response).details.issues?.map((issue) => issue.field);

  beforeAll(async () => {
    const parties = [
      { name: 'Regulator', kind: 'external', requirements: [open('Notify serious incidents')] },
      { name: 'board of directors', kind: 'internal', notes: 'Meets quarterly' },
      { name: 'Employees', kind: 'internal', requirements: [addressed('Training', 'LMS course')] },
      { name: 'Policyholders', kind: 'external', notes: 'Retail customers' },
    ];
    for (const party of parties) expect((await create(party)).statusCode).toBe(201);
  });

  it('registers a party with its requirements and counts those the AIMS addresses', async () => {
    const response = await create({
      name: ' Claims handlers ',
      kind: 'internal',
      notes: 'Use the triage scores daily',
      requirements: [
        addressed('Understand why a claim was ranked high', 'Reason codes shown beside each score'),
        { requirement: 'Override the ranking', isAddressed: false, how: 'Planned for release 3' },
      ],
    });
    expect(response.statusCode).toBe(201);
    const party = response.json<Party>();
    expect(party).toEqual({
      id: expect.any(String),
      name: 'Claims handlers',
      kind: 'internal',
      notes: 'Use the triage scores daily',
      requirements: [
        {
          requirement: 'Understand why a claim was ranked high',
          isAddressed: true,
          how: 'Reason codes shown beside each score',
          isClimateRelated: false,
        },
        {
          requirement: 'Override the ranking',
          isAddressed: false,
          how: 'Planned for release 3',
          isClimateRelated: false,
        },
      ],
      requirementCount: 2,
      addressedCount: 1,
      climateRelatedCount: 0,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
      availableActions: ['edit', 'delete'],
    });
    const fetched = await call(api.ctx, api.manager, { method: 'GET', url: url(`/${party.id}`) });
    expect(fetched.json()).toEqual(party);
  });

  it('needs to know how an addressed requirement is met', async () => {
    const response = await create({
      name: 'Auditors',
      kind: 'external',
      requirements: [open('Access to records'), { requirement: 'Evidence', isAddressed: true }],
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('INTERESTED_PARTY_INVALID');
    expect(fieldsOf(response)).toEqual(['requirements.1.how']);
  });

  it('refuses a second party of the same name, whatever the letter case', async () => {
    const response = await create({ name: 'REGULATOR', kind: 'external' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'INTERESTED_PARTY_NAME_TAKEN',
      details: { field: 'name' },
    });
    const [employees] = (await list('search=employees')).items;
    const rename = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${employees?.id}`),
      payload: { name: 'Policyholders' },
    });
    expect(rename.statusCode).toBe(409);
    const recase = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${employees?.id}`),
      payload: { name: 'EMPLOYEES' },
    });
    expect(recase.statusCode).toBe(200);
  });

  it('lists by kind then name, filters by kind and open requirements, and searches', async () => {
    const all = await list('pageSize=200');
    expect(all.items.map((party) => party.name)).toEqual([
      'Policyholders',
      'Regulator',
      'board of directors',
      'Claims handlers',
      'EMPLOYEES',
    ]);
    expect((await list('kind=external')).total).toBe(2);
    const gaps = await list('hasUnaddressed=true');
    expect(gaps.items.map((party) => party.name)).toEqual(['Regulator', 'Claims handlers']);
    expect((await list('hasUnaddressed=false')).total).toBe(3);
    expect((await list('search=quarterly')).items.map((party) => party.name)).toEqual([
      'board of directors',
    ]);
    const paged = await list('pageSize=2&page=3');
    expect(paged).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('replaces the requirement list on change, and recounts', async () => {
    const [regulator] = (await list('search=regulator')).items;
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${regulator?.id}`),
      payload: {
        requirements: [
          addressed('Notify serious incidents', 'Incident procedure P-07'),
          addressed('Keep logs for six months', 'Log retention set in the platform'),
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Regulator',
      requirementCount: 2,
      addressedCount: 2,
    });
  });

  it('refuses more than 100 requirements at the schema', async () => {
    const many = Array.from({ length: 101 }, (_, index) => open(`Requirement ${index}`));
    const response = await create({ name: 'Many', kind: 'external', requirements: many });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['body.requirements']);
  });

  it('deletes a party and records what it said', async () => {
    const { id } = (await create({ name: 'Temporary', kind: 'external' })).json<Party>();
    expect(
      (await call(api.ctx, api.manager, { method: 'DELETE', url: url(`/${id}`) })).statusCode,
    ).toBe(204);
    const gone = await call(api.ctx, api.manager, { method: 'GET', url: url(`/${id}`) });
    expect(errorOf(gone).code).toBe('INTERESTED_PARTY_NOT_FOUND');
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${id}`,
    });
    expect(history.json<{ items: { action: string; before: unknown }[] }>().items[0]).toMatchObject(
      { action: 'interested_party.deleted', before: { name: 'Temporary' } },
    );
    expect((await create({ name: 'Temporary', kind: 'external' })).statusCode).toBe(201);
  });
});
