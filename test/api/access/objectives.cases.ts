/** Tenant and role checks of the AI objective routes. */
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  objectiveId: string;
  measurementId: string;
}

export const objectivesAccess = defineAccessTable<Fixture>({
  title: 'AI objective routes',
  setup: async (base) => {
    const objective = await base.ctx.services.objectives.create(base.admin.actor, base.org.id, {
      title: 'Objective',
      metric: 'Metric',
      targetValue: 1,
    });
    const measured = await base.ctx.services.objectives.recordMeasurement(
      base.admin.actor,
      base.org.id,
      objective.id,
      {
        measuredOn: '2026-11-01',
        value: 1,
      },
    );
    return {
      ...base,
      objectiveId: objective.id,
      measurementId: measured.measurements[0]?.id ?? '',
    };
  },
  routes: [
    {
      route: 'GET /api/v1/orgs/{orgId}/objectives',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/objectives` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: () => ({ method: 'GET', url: '/api/v1/orgs/not-an-id/objectives' }),
        field: 'params.orgId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/objectives',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/objectives`,
        payload: { title: 't', metric: 'm', targetValue: 1 },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/objectives`,
          payload: { title: 't', metric: 'm', targetValue: 'high' },
        }),
        field: 'body.targetValue',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/objectives/{objectiveId}',
      request: (orgId, f) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/objectives/1` }),
        field: 'params.objectiveId',
      },
    },
    {
      route: 'PATCH /api/v1/orgs/{orgId}/objectives/{objectiveId}',
      request: (orgId, f) => ({
        method: 'PATCH',
        url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}`,
        payload: { unit: '%' },
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PATCH',
          url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}`,
          payload: { direction: 'up' },
        }),
        field: 'body.direction',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}/measurements`,
        payload: { measuredOn: '2026-11-02', value: 2 },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}/measurements`,
          payload: { measuredOn: '2026-11-02' },
        }),
        field: 'body.value',
      },
    },
    {
      route: 'DELETE /api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements/{measurementId}',
      request: (orgId, f) => ({
        method: 'DELETE',
        url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}/measurements/${f.measurementId}`,
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'DELETE',
          url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}/measurements/x`,
        }),
        field: 'params.measurementId',
      },
    },
    {
      route: 'DELETE /api/v1/orgs/{orgId}/objectives/{objectiveId}',
      request: (orgId, f) => ({
        method: 'DELETE',
        url: `/api/v1/orgs/${orgId}/objectives/${f.objectiveId}`,
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({ method: 'DELETE', url: `/api/v1/orgs/${orgId}/objectives/x` }),
        field: 'params.objectiveId',
      },
    },
  ],
});
