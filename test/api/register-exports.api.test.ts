import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgApi } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { registerExportsAccess } from './access/register-transfers.cases.js';

const sheetRows = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells: string[] = [];
    // A date cell reads as its calendar date, as a spreadsheet shows it with its yyyy-mm-dd format.
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push(cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text),
    );
    rows.push(cells);
  });
  return rows;
};

describe('exporting the context, parties and objectives registers', () => {
  const api = orgApiForSuite({ name: 'Export Co' }, { manager: ['aims_manager'] });
  const exportOf = async (path: string) => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/${path}/export?format=xlsx`,
    });
    expect(response.statusCode).toBe(200);
    return sheetRows(response.rawPayload);
  };

  beforeAll(async () => {
    const { services } = api.ctx;
    await services.contextIssues.create(api.manager.actor, api.orgId, {
      kind: 'external',
      title: 'EU AI Act obligations phase in',
      isClimateRelevant: false,
    });
    await services.interestedParties.create(api.manager.actor, api.orgId, {
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
    const objective = await services.objectives.create(api.manager.actor, api.orgId, {
      title: 'Fair triage',
      metric: 'Parity gap',
      unit: 'pp',
      targetValue: 2,
      direction: 'at_most',
    });
    await services.objectives.recordMeasurement(api.manager.actor, api.orgId, objective.id, {
      measuredOn: '2026-11-30',
      value: 1.5,
    });
  });

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

describe('exporting the documents register', () => {
  let ctx: ApiTestContext;
  let manager: ApiUser;
  let orgId: string;
  const download = async (format: 'csv' | 'xlsx') => {
    const response = await call(ctx, manager, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/documents/export?format=${format}`,
    });
    expect(response.statusCode).toBe(200);
    return response;
  };

  beforeAll(async () => {
    const created = await createOrgApi(
      { name: 'Document Export Co' },
      { manager: ['aims_manager'], approver: ['approver'] },
    );
    ({ ctx, orgId, manager } = created);
    const { approver } = created;
    const policy = await ctx.services.documents.create(manager.actor, orgId, {
      title: 'AI policy',
      kind: 'ai_policy',
      reviewIntervalMonths: 6,
      fulfils: ['RD-04'],
      bodyMarkdown: 'Confidential wording of the policy',
    });
    const ids = { documentId: policy.id, versionId: policy.versions[0]?.id ?? '' };
    await ctx.services.documentVersions.submit(manager.actor, orgId, ids);
    await ctx.services.documentVersions.approve(approver.actor, orgId, ids);
    await ctx.services.documents.create(manager.actor, orgId, {
      title: 'Incident procedure',
      kind: 'procedure',
    });
  });
  afterAll(async () => ctx.close());

  it('lists every document with its state, in title order, without the text', async () => {
    const rows = await sheetRows((await download('xlsx')).rawPayload);
    const header = rows[0] ?? [];
    expect(header.slice(1, 5)).toEqual(['Reference', 'Title', 'Kind', 'Status']);
    const cell = (row: number, column: string) => rows[row]?.[header.indexOf(column)];
    expect(rows.slice(1).map((row) => row[2])).toEqual(['AI policy', 'Incident procedure']);
    expect(cell(1, 'Status')).toBe('Approved');
    expect(cell(1, 'Version in force')).toBe('1');
    expect(cell(1, 'Next review')).toBe('2027-06-01');
    expect(cell(1, 'Provides')).toBe('RD-04');
    expect(cell(2, 'Status')).toBe('Draft');
    expect(cell(2, 'Owner')).toBe(manager.email);
  });

  it('writes the same rows as CSV, never the text of a version', async () => {
    const csv = (await download('csv')).body;
    expect(csv).toContain('AI policy,AI policy,Approved');
    expect(csv).not.toContain('Confidential wording');
  });
});

describeOrgRouteAccess(registerExportsAccess);
