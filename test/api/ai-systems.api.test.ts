import { beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../src/domain/ai-system/ai-system.js';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';

interface Page {
  items: { id: string; name: string; lifecycleStage: string; isInScope: boolean }[];
  total: number;
  page: number;
  pageSize: number;
}

describe('AI systems API', () => {
  const api = orgApiForSuite({ name: 'Inventory Co' }, { manager: ['aims_manager'] });
  const create = (payload: object, user = api.manager, orgId = api.orgId) =>
    call(api.ctx, user, { method: 'POST', url: `/api/v1/orgs/${orgId}/ai-systems`, payload });
  const list = async (query: string) => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems?${query}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<Page>();
  };

  beforeAll(async () => {
    for (let index = 0; index < 30; index += 1) {
      const response = await create({
        name: `System ${String(index).padStart(2, '0')}${index === 7 ? ' 100%_match' : ''}`,
        purpose:
          index % 3 === 0 ? 'Recommends products to shoppers' : 'Detects anomalies in payments',
        lifecycleStage: LIFECYCLE_STAGES[index % LIFECYCLE_STAGES.length],
        isInScope: index % 2 === 0,
        ...(index % 2 === 0 ? {} : { outOfScopeReason: 'Not used for customers' }),
      });
      expect(response.statusCode).toBe(201);
    }
    const { org: elsewhere, user: stranger } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Someone else',
    );
    await create(
      {
        name: 'Not yours',
        purpose: 'Recommends',
        lifecycleStage: 'inception',
        isInScope: true,
      },
      stranger,
      elsewhere.id,
    );
  });

  it('creates a fully classified AI system and returns it with ids and timestamps', async () => {
    const response = await create({
      name: '  Résumé screener  ',
      purpose: 'Shortlists job applicants',
      description: 'Ranks CVs against the job profile.',
      ownerUserId: api.manager.id,
      lifecycleStage: 'design_and_development',
      aiRoles: ['ai_producer', 'ai_provider'],
      aiSubRoles: ['ai_developer'],
      euAiActRoles: ['deployer', 'provider'],
      euRiskClass: 'high_risk',
      euAnnexIiiArea: 'employment_and_workers',
      euTransparencyObligations: ['direct_interaction'],
      isGeneralPurposeModel: false,
      isBuiltOnGeneralPurposeModel: true,
      thirdPartyComponents: [{ component: 'Embedding model', supplier: 'Model Vendor Ltd' }],
      dataCategories: ['special_category'],
      automationLevel: 'decision_support',
      humanOversight: 'A recruiter reviews every shortlist.',
      isInScope: true,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Record<string, unknown>>();
    expect(created).toEqual({
      id: expect.any(String),
      availableActions: ['edit'],
      name: 'Résumé screener',
      purpose: 'Shortlists job applicants',
      description: 'Ranks CVs against the job profile.',
      ownerUserId: api.manager.id,
      lifecycleStage: 'design_and_development',
      aiRoles: ['ai_provider', 'ai_producer'],
      aiSubRoles: ['ai_developer'],
      euAiActRoles: ['provider', 'deployer'],
      isGeneralPurposeModel: false,
      hasSystemicRisk: false,
      isBuiltOnGeneralPurposeModel: true,
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_iii',
      euAnnexIRelation: null,
      euAnnexILegislation: '',
      isThirdPartyAssessmentRequired: false,
      euAnnexIiiArea: 'employment_and_workers',
      euDerogation: null,
      euDerogationReasoning: null,
      hasTransparencyObligations: true,
      euTransparencyObligations: ['direct_interaction'],
      thirdPartyComponents: [{ component: 'Embedding model', supplier: 'Model Vendor Ltd' }],
      dataCategories: ['personal', 'special_category'],
      automationLevel: 'decision_support',
      humanOversight: 'A recruiter reviews every shortlist.',
      isInScope: true,
      outOfScopeReason: null,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
    });
    const fetched = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/${String(created.id)}`,
    });
    expect(fetched.json()).toEqual(created);
  });

  it('changes some fields and keeps the rest, recording before and after', async () => {
    const { items } = await list('search=System%2003');
    const id = items[0]?.id ?? '';
    api.ctx.clock.advanceSeconds(60);
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/${id}`,
      payload: {
        lifecycleStage: 'retirement',
        isInScope: false,
        outOfScopeReason: 'Being retired',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'System 03',
      lifecycleStage: 'retirement',
      isInScope: false,
      outOfScopeReason: 'Being retired',
      updatedAt: '2026-12-01T09:01:00.000Z',
    });
    const history = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityId=${id}`,
    });
    const [latest] = history.json<{
      items: { action: string; before: { lifecycleStage: string } }[];
    }>().items;
    expect(latest).toMatchObject({
      action: 'ai_system.updated',
      before: { lifecycleStage: 'deployment' },
    });
  });

  it.each([
    [{ isInScope: false }, 'outOfScopeReason'],
    [{ euRiskClass: 'minimal', euAnnexIiiArea: 'biometrics' }, 'euAnnexIiiArea'],
    [{ dataCategories: ['none', 'personal'] }, 'dataCategories'],
    [{ ownerUserId: '01900000-0000-7000-8000-000000000000' }, 'ownerUserId'],
  ])('refuses the change %j, naming %s', async (patch, field) => {
    const { items } = await list('search=System%2004');
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/${items[0]?.id ?? ''}`,
      payload: patch,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([field]);
  });

  it('rejects a duplicate name with 409 on the name field', async () => {
    const response = await create({
      name: 'System 01',
      purpose: 'again',
      lifecycleStage: 'inception',
      isInScope: true,
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'AI_SYSTEM_NAME_TAKEN',
      details: { field: 'name' },
    });
  });

  it('rejects blank text after trimming, naming every field at fault', async () => {
    const response = await create({
      name: '   ',
      purpose: '',
      lifecycleStage: 'inception',
      isInScope: true,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'name',
      'purpose',
    ]);
  });

  it('pages through the inventory with a stable total, sorted by name by default', async () => {
    const first = await list('pageSize=10');
    const second = await list('pageSize=10&page=2');
    expect(first.total).toBe(31);
    expect(first.items).toHaveLength(10);
    expect(first.items.map((item) => item.name).slice(0, 2)).toEqual([
      'Résumé screener',
      'System 00',
    ]);
    const names = [...first.items, ...second.items].map((item) => item.name);
    expect(new Set(names).size).toBe(20);
    const last = await list('pageSize=10&page=4');
    expect(last).toMatchObject({ total: 31, page: 4 });
    expect(last.items).toHaveLength(1);
    const beyond = await list('pageSize=10&page=9');
    expect(beyond).toMatchObject({ total: 31, page: 9, items: [] });
    expect((await list('pageSize=10&page=9&search=no-such-system')).total).toBe(0);
  });

  it('sorts by another column in either direction', async () => {
    const page = await list('sort=lifecycleStage&direction=desc&pageSize=200');
    const stages = page.items.map((item) => item.lifecycleStage);
    expect(stages).toEqual([...stages].sort().reverse());
  });

  it('sorts names without regard to letter case, the same on both databases', async () => {
    await create({
      name: 'anomaly scorer',
      purpose: 'lower-case name',
      lifecycleStage: 'inception',
      isInScope: true,
    });
    const page = await list('pageSize=2');
    expect(page.items.map((item) => item.name)).toEqual(['anomaly scorer', 'Résumé screener']);
  });

  it('filters by life-cycle stage and scope, and searches name and purpose', async () => {
    const deployed = await list('lifecycleStage=deployment&pageSize=200');
    expect(deployed.items.every((item) => item.lifecycleStage === 'deployment')).toBe(true);
    expect(deployed.total).toBeGreaterThan(0);

    const outOfScope = await list('isInScope=false&pageSize=200');
    expect(outOfScope.items.every((item) => !item.isInScope)).toBe(true);

    const recommenders = await list('search=RECOMMENDS&pageSize=200');
    expect(recommenders.total).toBe(10);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const page = await list(`search=${encodeURIComponent('100%_')}`);
    expect(page.items.map((item) => item.name)).toEqual(['System 07 100%_match']);
  });

  it('answers 404 for an AI system of another organization', async () => {
    const others = await api.ctx.db.database.db
      .selectFrom('ai_system')
      .select('id')
      .where('name', '=', 'Not yours')
      .executeTakeFirstOrThrow();
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/${others.id}`,
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('AI_SYSTEM_NOT_FOUND');
  });
});
