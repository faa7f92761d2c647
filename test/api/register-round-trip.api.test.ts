/**
 * Importing by Id: an export re-imports as all unchanged (CSV and XLSX), an
 * edited export changes exactly the rows edited, and an Id that is not the
 * organization's refuses the row without writing anywhere.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
import { REGISTER_TABLES } from '../../src/services/registers/index.js';
import { createAiSystem } from '../harness/services.js';
import { multipartFile } from '../harness/upload.js';

interface ImportResult {
  rowCount: number;
  created: number;
  updated: number;
  counts: { new: number; changed: number; unchanged: number };
  errors: { line: number; field: string; reason: string; code?: string }[];
  preview: { line: number; outcome: string; changes: string[] }[];
}

/** Every register that imports; the suite below seeds two rows of each. */
const REGISTERS = REGISTER_TABLES.filter((table) => table.import).map((table) => table.key);
const SEEDED = ['ai-systems', 'obligations'];
const FORMATS = ['csv', 'xlsx'] as const;

it('seeds every register that imports, so each round-trips below', () => {
  expect([...REGISTERS].sort()).toEqual(SEEDED);
});

describe('importing an edited export', () => {
  const api = orgApiForSuite({ name: 'Round Trip Co' }, { manager: ['aims_manager'] });
  const exportOf = async (
    register: string,
    format: string,
    orgId = api.orgId,
    user = api.manager,
  ) => {
    const response = await call(api.ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/${register}/export?format=${format}`,
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const importOf = (
    register: string,
    file: string,
    content: string | Buffer,
    {
      dryRun = true,
      orgId = api.orgId,
      user = api.manager,
    }: { dryRun?: boolean; orgId?: string; user?: ApiUser } = {},
  ) =>
    call(api.ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/${register}/import?dryRun=${dryRun}`,
      ...multipartFile(file, content),
    });

  beforeAll(async () => {
    const { services } = api.ctx;
    const triage = await createAiSystem(services, api.manager, api.orgId, {
      name: 'Claims triage',
      purpose: 'Ranks claims by urgency',
      description: '=SUM(A1) looks like a formula',
      ownerUserId: api.manager.id,
      lifecycleStage: 'operation_and_monitoring',
      aiRoles: ['ai_provider', 'ai_producer'],
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_iii',
      euAnnexIiiArea: 'essential_services',
      isBuiltOnGeneralPurposeModel: true,
      thirdPartyComponents: [{ component: 'Gradient boosting', supplier: 'OSS Foundation' }],
      dataCategories: ['personal'],
      automationLevel: 'decision_support',
      humanOversight: 'A handler reviews every ranking\nbefore work starts',
    });
    await createAiSystem(services, api.manager, api.orgId, {
      name: 'Copy generator',
      purpose: 'Drafts marketing text',
      isInScope: false,
      outOfScopeReason: 'Marketing is outside the certified services',
    });
    await services.obligations.create(api.manager.actor, api.orgId, {
      kind: 'regulatory',
      source: 'EU AI Act',
      reference: 'Art. 26',
      requirement: 'Monitor the operation of high-risk systems',
      aiSystemIds: [triage.id],
      ownerUserId: api.manager.id,
      complianceStatus: 'partially_compliant',
      nextReviewDate: '2027-03-31',
      notes: 'Quarterly with legal',
    });
    await services.obligations.create(api.manager.actor, api.orgId, {
      kind: 'contractual',
      source: 'Reinsurance treaty',
      reference: '§ 4.2',
      requirement: 'Explain automated claim decisions',
    });
  });

  for (const register of REGISTERS) {
    for (const format of FORMATS) {
      it(`re-imports an unchanged ${register} ${format.toUpperCase()} export as all unchanged, writing nothing`, async () => {
        const file = await exportOf(register, format);
        const before = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {});
        const dry = await importOf(register, `export.${format}`, file);
        expect(dry.statusCode).toBe(200);
        expect(dry.json<ImportResult>()).toMatchObject({
          rowCount: 2,
          errors: [],
          counts: { new: 0, changed: 0, unchanged: 2 },
        });
        const done = await importOf(register, `export.${format}`, file, { dryRun: false });
        expect(done.statusCode).toBe(201);
        expect(done.json<ImportResult>()).toMatchObject({ created: 0, updated: 0 });
        const after = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {});
        expect(after.items[0]?.id).toBe(before.items[0]?.id);
      });
    }
  }

  it('changes the edited row, adds the row without an Id, and audits the change with before and after', async () => {
    const csv = (await exportOf('obligations', 'csv')).toString('utf8');
    const edited = csv
      .replace('Quarterly with legal', 'Monthly with legal')
      .concat('\n,Legal,GDPR,Art. 22,Explain automated decisions,,,,,\n');
    const dry = await importOf('obligations', 'edited.csv', edited);
    expect(dry.json<ImportResult>()).toMatchObject({
      errors: [],
      counts: { new: 1, changed: 1, unchanged: 1 },
    });
    const outcomes = dry.json<ImportResult>().preview.map((row) => [row.outcome, row.changes]);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        ['changed', ['notes']],
        ['unchanged', []],
        ['new', []],
      ]),
    );
    const done = await importOf('obligations', 'edited.csv', edited, { dryRun: false });
    expect(done.json<ImportResult>()).toMatchObject({ created: 1, updated: 1 });
    const { items } = await api.ctx.services.obligations.list(api.manager.actor, api.orgId, {});
    expect(items.map((item) => item.notes).sort()).toEqual(['', '', 'Monthly with legal']);
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      action: 'obligation.updated',
    });
    expect(trail.items).toHaveLength(1);
    expect(trail.items[0]).toMatchObject({
      before: { notes: 'Quarterly with legal' },
      after: { notes: 'Monthly with legal' },
    });
    expect((await api.ctx.services.auditLog.verify()).firstBreak).toBeNull();
  });

  it('keeps the stored value of a field whose column the file leaves out', async () => {
    const { items } = await api.ctx.services.aiSystems.list(api.manager.actor, api.orgId, {});
    const triage = items.find((item) => item.name === 'Claims triage');
    const file = `Id,Name\n${triage?.id},Claims triage v2\n`;
    const done = await importOf('ai-systems', 'names.csv', file, { dryRun: false });
    expect(done.json<ImportResult>()).toMatchObject({ errors: [], updated: 1 });
    const after = await api.ctx.services.aiSystems.get(
      api.manager.actor,
      api.orgId,
      triage?.id ?? '',
    );
    expect(after).toMatchObject({
      name: 'Claims triage v2',
      ownerUserId: api.manager.id,
      euRiskClass: 'high_risk',
      dataCategories: ['personal'],
      isBuiltOnGeneralPurposeModel: true,
    });
  });

  it("refuses another organization's Id, an unknown Id and a repeated Id, writing in neither organization", async () => {
    const stranger = await createOrgWithUser(api.ctx, ['aims_manager'], 'Other Co');
    const theirs = await createAiSystem(api.ctx.services, stranger.user, stranger.org.id, {
      name: 'Their system',
    });
    const { items } = await api.ctx.services.aiSystems.list(api.manager.actor, api.orgId, {});
    const ours = items[0]?.id ?? '';
    const file = [
      'Id,Name,Purpose,Life-cycle stage,In AIMS scope',
      `${theirs.id},Taken over,Overwrites another tenant,deployment,yes`,
      '01900000-0000-7000-8000-000000000000,Ghost,Unknown,deployment,yes',
      `${ours},First,Once,deployment,yes`,
      `${ours},Second,Twice,deployment,yes`,
    ].join('\n');
    const response = await importOf('ai-systems', 'foreign.csv', file, { dryRun: false });
    expect(response.statusCode).toBe(400);
    const errors = (errorOf(response).details as { errors: ImportResult['errors'] }).errors;
    expect(errors.filter((error) => error.field === 'id')).toEqual([
      expect.objectContaining({ line: 2, code: 'IMPORT_UNKNOWN_ID' }),
      expect.objectContaining({ line: 3, code: 'IMPORT_UNKNOWN_ID' }),
      expect.objectContaining({ line: 5, code: 'IMPORT_DUPLICATE_ID' }),
    ]);
    expect(
      await api.ctx.services.aiSystems.get(stranger.user.actor, stranger.org.id, theirs.id),
    ).toMatchObject({ name: 'Their system', purpose: 'p' });
    expect((await api.ctx.services.aiSystems.list(api.manager.actor, api.orgId, {})).items).toEqual(
      items,
    );
  });

  it('writes typed XLSX cells and an About sheet saying whose data it is, who exported it and when', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportOf('obligations', 'xlsx')) as unknown as ArrayBuffer);
    const [sheet, about] = workbook.worksheets;
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    const row = sheet?.getRow(2);
    const cellOf = (name: string) => row?.getCell(header.indexOf(name));
    const review = [2, 3, 4]
      .map((line) => sheet?.getRow(line).getCell(header.indexOf('Next review date')))
      .find((cell) => cell?.value instanceof Date);
    expect(review?.value).toEqual(new Date('2027-03-31T00:00:00Z'));
    expect(review?.numFmt).toBe('yyyy-mm-dd');
    expect(cellOf('Created')?.value).toBeInstanceOf(Date);
    expect(about?.name).toBe('About');
    const facts = new Map(
      (about?.getSheetValues() ?? []).flatMap((values) =>
        Array.isArray(values) ? [[values[1] as string, values[2]]] : [],
      ),
    );
    expect(facts.get('Organization')).toBe('Round Trip Co');
    expect(facts.get('Exported by')).toBe(api.manager.email);
    expect(facts.get('Exported at (UTC)')).toBeInstanceOf(Date);

    const systems = new ExcelJS.Workbook();
    await systems.xlsx.load((await exportOf('ai-systems', 'xlsx')) as unknown as ArrayBuffer);
    const first = systems.worksheets[0];
    const columns = (first?.getRow(1).values ?? []) as unknown[];
    expect(first?.getRow(2).getCell(columns.indexOf('In AIMS scope')).value).toBeTypeOf('boolean');
  });

  for (const register of REGISTERS) {
    for (const format of FORMATS) {
      it(`offers a blank ${register} ${format.toUpperCase()} template whose example row imports`, async () => {
        const response = await call(api.ctx, api.manager, {
          method: 'GET',
          url: `/api/v1/orgs/${api.orgId}/${register}/import-template?format=${format}`,
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-disposition']).toContain(`${register}-import-template-`);
        const dry = await importOf(register, `template.${format}`, response.rawPayload);
        expect(dry.json<ImportResult>()).toMatchObject({
          rowCount: 1,
          errors: [],
          counts: { new: 1, changed: 0, unchanged: 0 },
        });
        if (format === 'xlsx') {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
          const allowed = workbook.getWorksheet('Allowed values');
          const text = JSON.stringify(allowed?.getSheetValues());
          expect(text).toContain(
            register === 'ai-systems' ? 'Design and development' : 'Partially compliant',
          );
        }
      });
    }
  }
});
