import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { objectivesAccess } from './access/objectives.cases.js';

interface ObjectiveBody {
  id: string;
  measurements: { id: string; measuredOn: string; value: number }[];
  progress: { latestValue: number | null; isTargetMet: boolean | null; isOverdue: boolean };
  availableActions: string[];
}

const OBJECTIVE = {
  title: 'Keep unfair outcomes rare',
  metric: 'Demographic parity gap of the claims triage model',
  unit: 'percentage points',
  targetValue: 2,
  direction: 'at_most',
  dueDate: '2027-06-30',
  plan: 'Quarterly fairness testing by the data science team; retrain when the gap exceeds 3.',
  annexCObjectiveId: 'fairness',
};

describe('AI objectives API', () => {
  const api = orgApiForSuite(
    { name: 'Objectives Co' },
    { manager: ['aims_manager'], viewer: ['viewer'] },
  );
  let objectiveId: string;
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/objectives${path}`;

  it('creates an objective with its owner and Annex C link', async () => {
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: url(),
      payload: { ...OBJECTIVE, ownerUserId: api.manager.id },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<ObjectiveBody>();
    objectiveId = created.id;
    expect(created).toMatchObject({
      ...OBJECTIVE,
      ownerUserId: api.manager.id,
      measurements: [],
      progress: { latestValue: null, isTargetMet: null, isOverdue: false },
      availableActions: ['edit', 'delete', 'record_measurement'],
    });
  });

  it('records measurements over time and judges the latest against the target', async () => {
    for (const [measuredOn, value] of [
      ['2026-09-30', 4.1],
      ['2026-11-30', 1.8],
    ] as const) {
      const response = await call(api.ctx, api.manager, {
        method: 'POST',
        url: url(`/${objectiveId}/measurements`),
        payload: { measuredOn, value, note: 'Quarterly test' },
      });
      expect(response.statusCode).toBe(201);
    }
    const objective = (
      await call(api.ctx, api.viewer, { method: 'GET', url: url(`/${objectiveId}`) })
    ).json<ObjectiveBody>();
    expect(objective.measurements.map((m) => m.value)).toEqual([4.1, 1.8]);
    expect(objective.progress).toMatchObject({ latestValue: 1.8, isTargetMet: true });
    expect(objective.availableActions).toEqual([]);
  });

  it('refuses a measurement dated after today, naming the field', async () => {
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: url(`/${objectiveId}/measurements`),
      payload: { measuredOn: '2026-12-02', value: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues).toEqual([
      { field: 'measuredOn', reason: 'cannot be in the future' },
    ]);
  });

  it('refuses an owner who is not a member', async () => {
    const response = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${objectiveId}`),
      payload: { ownerUserId: '01900000-0000-7000-8000-000000000000' },
    });
    expect(errorOf(response).details.issues?.[0]?.field).toBe('ownerUserId');
  });

  it('deletes a measurement recorded in error, then the objective', async () => {
    const objective = (
      await call(api.ctx, api.manager, { method: 'GET', url: url(`/${objectiveId}`) })
    ).json<ObjectiveBody>();
    const last = objective.measurements.at(-1)?.id ?? '';
    const after = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: url(`/${objectiveId}/measurements/${last}`),
    });
    expect(after.json<ObjectiveBody>().progress.latestValue).toBe(4.1);
    expect(
      (await call(api.ctx, api.manager, { method: 'DELETE', url: url(`/${objectiveId}`) }))
        .statusCode,
    ).toBe(204);
    expect((await call(api.ctx, api.manager, { method: 'GET', url: url() })).json()).toMatchObject({
      items: [],
      total: 0,
    });
  });
});

describe('AI objectives list summary', () => {
  const api = orgApiForSuite({ name: 'Summary Co' }, { manager: ['aims_manager'] });
  let otherOrgId: string;
  let otherManager: ApiUser;

  const add = async (
    user: ApiUser,
    org: string,
    objective: { title: string; targetValue: number; direction: string; dueDate?: string },
    measured?: number,
  ) => {
    const created = await call(api.ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${org}/objectives`,
      payload: { metric: 'A measured share', ...objective },
    });
    expect(created.statusCode).toBe(201);
    if (measured === undefined) return;
    const recorded = await call(api.ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${org}/objectives/${created.json<ObjectiveBody>().id}/measurements`,
      payload: { measuredOn: '2026-11-15', value: measured },
    });
    expect(recorded.statusCode).toBe(201);
  };
  const listOf = async (user: ApiUser, org: string, query: string) =>
    (
      await call(api.ctx, user, { method: 'GET', url: `/api/v1/orgs/${org}/objectives?${query}` })
    ).json<{
      items: unknown[];
      total: number;
      summary: Record<string, number>;
    }>();

  beforeAll(async () => {
    const other = await createOrgWithUser(api.ctx, ['aims_manager'], 'Elsewhere Co');
    otherOrgId = other.org.id;
    otherManager = other.user;
    await add(
      api.manager,
      api.orgId,
      { title: 'Fairness gap', targetValue: 2, direction: 'at_most' },
      1.8,
    );
    await add(
      api.manager,
      api.orgId,
      {
        title: 'Fairness audit coverage',
        targetValue: 90,
        direction: 'at_least',
        dueDate: '2026-06-30',
      },
      70,
    );
    await add(
      api.manager,
      api.orgId,
      { title: 'Transparency notices', targetValue: 100, direction: 'at_least' },
      50,
    );
    await add(api.manager, api.orgId, {
      title: 'Fairness training',
      targetValue: 100,
      direction: 'at_least',
      dueDate: '2026-01-31',
    });
    await add(api.manager, api.orgId, {
      title: 'Incident response',
      targetValue: 4,
      direction: 'at_most',
    });
    await add(
      otherManager,
      otherOrgId,
      { title: 'Fairness elsewhere', targetValue: 1, direction: 'at_least' },
      5,
    );
  });

  it.each([
    [
      'every objective of the organization, not only the page shown',
      'pageSize=1',
      5,
      { targetMet: 1, targetNotMet: 2, withoutMeasurement: 2, overdue: 2 },
    ],
    [
      'only the objectives the search matches',
      'search=fairness&pageSize=1&page=2',
      3,
      { targetMet: 1, targetNotMet: 1, withoutMeasurement: 1, overdue: 2 },
    ],
  ])('counts %s', async (_what, query, total, summary) => {
    const list = await listOf(api.manager, api.orgId, query);
    expect(list.items).toHaveLength(1);
    expect(list.total).toBe(total);
    expect(list.summary).toEqual(summary);
  });

  it('counts nothing of another organization', async () => {
    expect((await listOf(otherManager, otherOrgId, '')).summary).toEqual({
      targetMet: 1,
      targetNotMet: 0,
      withoutMeasurement: 0,
      overdue: 0,
    });
    expect((await listOf(api.manager, api.orgId, 'search=elsewhere')).summary).toEqual({
      targetMet: 0,
      targetNotMet: 0,
      withoutMeasurement: 0,
      overdue: 0,
    });
  });
});

describeOrgRouteAccess(objectivesAccess);
