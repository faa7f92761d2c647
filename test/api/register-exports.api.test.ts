import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgApi } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { registerExportsAccess } from './access/register-transfers.cases.js';

const sheetRows = async (payload: Buffer, sheetName?: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  sheet?.eachRow((row) => {
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
  const download = async (path: string, format: 'csv' | 'xlsx' = 'xlsx') => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/${path}/export?format=${format}`,
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const exportOf = async (path: string) => sheetRows(await download(path));

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
      annexCObjectiveId: 'fairness',
    });
    await services.objectives.recordMeasurement(api.manager.actor, api.orgId, objective.id, {
      measuredOn: '2026-10-31',
      value: 2.6,
      note: 'Before reweighting',
    });
    await services.objectives.recordMeasurement(api.manager.actor, api.orgId, objective.id, {
      measuredOn: '2026-11-30',
      value: 1.5,
    });
    const review = await services.objectives.create(api.manager.actor, api.orgId, {
      title: 'Overrides reviewed',
      kind: 'qualitative',
      evaluationMethod: 'Sample 30 overrides each half-year against the guidance',
    });
    await services.objectives.recordMeasurement(api.manager.actor, api.orgId, review.id, {
      measuredOn: '2026-11-15',
      value: 1,
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
    expect(row[header.indexOf('Annex C objective')]).toBe('Fairness');
    const qualitative = rows.find((cells) => cells.includes('Overrides reviewed')) ?? [];
    expect(qualitative[header.indexOf('Latest value')]).toBe('Achieved');
  });

  it('exports every measurement of an objective, oldest first, as typed cells of a second sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('objectives')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'AI objectives',
      'Measurements',
      'About',
    ]);
    const history = workbook.getWorksheet('Measurements');
    const header = (history?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Objective Id', 'Objective', 'Measured on', 'Value']);
    const rowsOf = (title: string) =>
      (history?.getSheetValues() ?? []).filter(
        (values) => Array.isArray(values) && values[2] === title,
      ) as unknown[][];
    expect(rowsOf('Overrides reviewed').map((values) => values[4])).toEqual(['Achieved']);
    const first = history?.getRow(2);
    expect(first?.getCell(2).value).toBe('Fair triage');
    expect(first?.getCell(3).value).toEqual(new Date('2026-10-31T00:00:00Z'));
    expect(first?.getCell(4).value).toBe(2.6);
    expect(first?.getCell(7).value).toBe('Before reweighting');
    expect(history?.getRow(3).getCell(4).value).toBe(1.5);
    expect(history?.rowCount).toBe(4);
  });

  it('keeps the CSV one plain table, the history in a column of its own', async () => {
    const csv = (await download('objectives', 'csv')).toString('utf8');
    expect(csv).toContain('"2026-10-31: 2.6 pp (Before reweighting)\n2026-11-30: 1.5 pp"');
    expect(csv).toContain(',Fairness,');
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
