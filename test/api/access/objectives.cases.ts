/** Tenant and role checks of the AI objective routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
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
    routeCase('GET /api/v1/orgs/{orgId}/objectives', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/objectives', {
      payload: { title: 't', metric: 'm', targetValue: 1 },
      lacking: 'viewer',
      badInput: {
        payload: { title: 't', metric: 'm', targetValue: 'high' },
        field: 'body.targetValue',
      },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/objectives/{objectiveId}', {
      lacking: 'cbAuditor',
      badInput: { params: { objectiveId: '1' }, field: 'params.objectiveId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/objectives/{objectiveId}', {
      payload: { unit: '%' },
      lacking: 'approver',
      badInput: { payload: { direction: 'up' }, field: 'body.direction' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements', {
      payload: { measuredOn: '2026-11-02', value: 2 },
      lacking: 'viewer',
      badInput: { payload: { measuredOn: '2026-11-02' }, field: 'body.value' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements/{measurementId}', {
      lacking: 'viewer',
      badInput: { params: { measurementId: 'x' }, field: 'params.measurementId' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/objectives/{objectiveId}', {
      lacking: 'viewer',
      badInput: { params: { objectiveId: 'x' }, field: 'params.objectiveId' },
    }),
  ],
});
