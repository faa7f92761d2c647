import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiTestContext, type ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { registerExportsAccess } from './access/register-exports.cases.js';

const sheetRows = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
};

describe('exporting the context, parties and objectives registers', () => {
  let ctx: ApiTestContext;
  let manager: ApiUser;
  let orgId: string;
  const exportOf = async (path: string) => {
    const response = await call(ctx, manager, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/${path}/export?format=xlsx`,
    });
    expect(response.statusCode).toBe(200);
    return sheetRows(response.rawPayload);
  };

  beforeAll(async () => {
    ({ ctx, orgId, manager } = await createOrgApi(
      { name: 'Export Co' },
      { manager: ['aims_manager'] },
    ));
    const { services } = ctx;
    await services.contextIssues.create(manager.actor, orgId, {
      kind: 'external',
      title: 'EU AI Act obligations phase in',
      isClimateRelevant: false,
    });
    await services.interestedParties.create(manager.actor, orgId, {
      name: 'Policyholders',
      kind: 'external',
      requirements: [
        {
          requirement: 'Fair claim decisions',
          isAddressed: true,
          how: 'Fairness objective and testing',
        },
        { requirement: 'Explanations on request', isAddressed: false },
      ],
    });
    const objective = await services.objectives.create(manager.actor, orgId, {
      title: 'Fair triage',
      metric: 'Parity gap',
      unit: 'pp',
      targetValue: 2,
      direction: 'at_most',
    });
    await services.objectives.recordMeasurement(manager.actor, orgId, objective.id, {
      measuredOn: '2026-11-30',
      value: 1.5,
    });
  });
  afterAll(async () => ctx.close());

  it('exports context issues', async () => {
    const rows = await exportOf('context-issues');
    expect(rows[0]).toEqual(['Id', 'Kind', 'Issue', 'Description', 'Climate-relevant', 'Updated']);
    expect(rows[1]?.slice(1, 3)).toEqual(['External', 'EU AI Act obligations phase in']);
  });

  it('exports interested parties with how many requirements are addressed', async () => {
    const rows = await exportOf('interested-parties');
    expect(rows[1]).toContain('1 of 2');
  });

  it('exports objectives with their latest value and verdict', async () => {
    const rows = await exportOf('objectives');
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(row[header.indexOf('Latest value')]).toBe('1.5');
    expect(row[header.indexOf('Target met')]).toBe('Met');
  });
});

describeOrgRouteAccess(registerExportsAccess);
