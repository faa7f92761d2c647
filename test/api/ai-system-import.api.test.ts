import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { multipartFile } from '../harness/upload.js';
import { countAiSystems, createAiSystem } from '../harness/services.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { aiSystemTransfersAccess } from './access/register-transfers.cases.js';

interface ImportResult {
  rowCount: number;
  created: number;
  dryRun: boolean;
  errors: { line: number; field: string; reason: string }[];
  preview: Record<string, unknown>[];
}

const GOOD_CSV = [
  'Name,Purpose,Owner,Life-cycle stage,AI roles,EU AI Act roles,EU AI Act risk class,Annex III area,Art. 50 obligations,Third-party components,Data categories,In AIMS scope,Out-of-scope reason',
  'Claims triage,Ranks claims,OWNER,Operation and monitoring,AI provider; AI producer,Provider; deployer,High-risk (Art. 6),essential_services,,Gradient boosting library (OSS Foundation),Personal data,yes,',
  '"Chatbot, public",Answers questions,,deployment,ai_customer,deployer,minimal,,Interacts directly with people (Art. 50(1)),LLM API (Vendor Inc),none,yes,',
  'Copy generator,Drafts marketing text,,Inception,,,minimal,,,,,no,Marketing is outside the certified services',
].join('\n');

describe('importing and exporting AI systems', () => {
  const api = orgApiForSuite(
    { name: 'Import Co' },
    { manager: ['aims_manager'], viewer: ['viewer'] },
  );
  const importFile = (user: ApiUser, fileName: string, content: string | Buffer, dryRun: boolean) =>
    call(api.ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import?dryRun=${dryRun}`,
      ...multipartFile(fileName, content),
    });
  const count = () => countAiSystems(api.ctx, api.orgId);

  beforeAll(async () => {
    await createAiSystem(api.ctx.services, api.manager, api.orgId, {
      name: 'Existing system',
      purpose: 'Already there',
    });
  });

  it('reports every bad row with its line and reason, and imports nothing', async () => {
    const bad = [
      'Name,Purpose,Life-cycle stage,In AIMS scope,EU AI Act risk class,Annex III area,Owner',
      'Existing system,Dup of an existing one,deployment,yes,,,',
      ',No name,deployment,yes,,,',
      'Scorer,Scores,production,maybe,,,',
      'Screener,Screens,deployment,no,minimal,biometrics,nobody@example.test',
      'Scorer 2,Scores,deployment,yes,,,',
      'scorer 2,Same name again,deployment,yes,,,',
    ].join('\r\n');
    const response = await importFile(api.manager, 'systems.csv', bad, false);
    expect(response.statusCode).toBe(400);
    const error = errorOf(response) as unknown as {
      code: string;
      details: { errors: ImportResult['errors'] };
    };
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'name'],
      [3, 'name'],
      [4, 'isInScope'],
      [4, 'lifecycleStage'],
      [5, 'ownerEmail'],
      // An Annex III area names the Annex III route, where a system is high-risk unless derogated.
      [5, 'euRiskClass'],
      [5, 'outOfScopeReason'],
      [7, 'name'],
    ]);
    expect(await count()).toBe(1);
  });

  it('previews a good file without writing, then imports every row with an audit entry each', async () => {
    const csv = GOOD_CSV.replace('OWNER', api.manager.email.toUpperCase());
    const preview = await importFile(api.manager, 'systems.csv', csv, true);
    expect(preview.statusCode).toBe(200);
    expect(preview.json<ImportResult>()).toMatchObject({
      rowCount: 3,
      created: 0,
      dryRun: true,
      errors: [],
    });
    expect(preview.json<ImportResult>().preview[0]).toMatchObject({
      line: 2,
      name: 'Claims triage',
    });
    expect(await count()).toBe(1);

    const imported = await importFile(api.manager, 'systems.csv', csv, false);
    expect(imported.statusCode).toBe(201);
    expect(imported.json<ImportResult>()).toMatchObject({ rowCount: 3, created: 3 });
    const { items } = await api.ctx.services.aiSystems.list(api.manager.actor, api.orgId, {
      search: 'claims',
    });
    expect(items[0]).toMatchObject({
      ownerUserId: api.manager.id,
      lifecycleStage: 'operation_and_monitoring',
      aiRoles: ['ai_provider', 'ai_producer'],
      euAiActRoles: ['provider', 'deployer'],
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_iii',
      euAnnexIiiArea: 'essential_services',
      thirdPartyComponents: [
        { component: 'Gradient boosting library', supplier: 'OSS Foundation' },
      ],
      dataCategories: ['personal'],
    });
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      action: 'ai_system.imported',
    });
    const { items: chatbots } = await api.ctx.services.aiSystems.list(
      api.manager.actor,
      api.orgId,
      { search: 'chatbot' },
    );
    expect(chatbots[0]).toMatchObject({
      euRiskClass: 'minimal',
      hasTransparencyObligations: true,
      euTransparencyObligations: ['direct_interaction'],
    });
    expect(trail.items).toHaveLength(3);
    expect((await api.ctx.services.auditLog.verify()).firstBreak).toBeNull();
  });

  it('exports XLSX with a frozen, filtered header, and the export reads back elsewhere with its Ids refused', async () => {
    const response = await call(api.ctx, api.viewer, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/export?format=xlsx`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="ai-systems-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeDefined();
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(1).getCell(2).value).toBe('Name');

    const { org: other, user: otherManager } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Second Co',
    );
    const reimport = await call(api.ctx, otherManager, {
      method: 'POST',
      url: `/api/v1/orgs/${other.id}/ai-systems/import?dryRun=true`,
      ...multipartFile('export.xlsx', response.rawPayload),
    });
    // Everything reads back; the first organization's Ids and its member are refused here.
    const { errors } = reimport.json<ImportResult>();
    expect(reimport.json<ImportResult>().rowCount).toBe(4);
    expect(errors.filter((error) => error.field === 'id').map((error) => error.line)).toEqual([
      2, 3, 4, 5,
    ]);
    expect(errors.filter((error) => error.field !== 'id')).toEqual([
      { line: 3, field: 'ownerEmail', reason: expect.stringContaining('not a member') },
    ]);
  });

  it('exports CSV with a byte-order mark and one line per system', async () => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/export?format=csv`,
    });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith('\uFEFFId,Name,Purpose')).toBe(true);
    expect(response.body).toContain('"Chatbot, public"');
    expect(response.body.trim().split(/\r?\n/)).toHaveLength(5);
  });

  it('refuses a viewer, an unreadable file and a request without a file', async () => {
    expect((await importFile(api.viewer, 'x.csv', GOOD_CSV, true)).statusCode).toBe(403);
    const garbage = await importFile(
      api.manager,
      'x.xlsx',
      Buffer.from('PK\u0003\u0004 not really a zip'),
      true,
    );
    expect(garbage.statusCode).toBe(400);
    expect(errorOf(garbage).code).toBe('IMPORT_FILE_UNREADABLE');
    const noFile = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import`,
      payload: {},
    });
    expect(noFile.statusCode).toBe(400);
    expect(errorOf(noFile).code).toBe('IMPORT_FILE_REQUIRED');
  });
});

describeOrgRouteAccess(aiSystemTransfersAccess);

describe('importing a file of an earlier release', () => {
  const api = orgApiForSuite({ name: 'Legacy Import Co' }, { manager: ['aims_manager'] });

  it('reads a file of the earlier release, whose column was "EU AI Act role"', async () => {
    const csv = [
      'Name,Purpose,Life-cycle stage,EU AI Act role,In AIMS scope',
      'Legacy scorer,Scores leads,Operation and monitoring,Deployer,yes',
    ].join('\n');
    const imported = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import`,
      ...multipartFile('legacy.csv', csv),
    });
    expect(imported.statusCode).toBe(201);
    const { items } = await api.ctx.services.aiSystems.list(api.manager.actor, api.orgId, {
      search: 'legacy scorer',
    });
    expect(items[0]?.euAiActRoles).toEqual(['deployer']);
  });
});
