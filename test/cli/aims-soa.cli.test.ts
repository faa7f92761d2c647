/**
 * `aims soa export` writes the Statement of Applicability: the PDF of an
 * approved version names all 38 Annex A controls, its approver and "Page n
 * of m"; the XLSX workbook lists all 38 controls; unknown versions and
 * formats exit non-zero.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_IDS } from '../../src/domain/catalog/index.js';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import { runAims } from '../harness/cli.js';
import { testDatabaseForSuite } from '../harness/database.js';
import { TestClock, createAuditee, createUser } from '../harness/services.js';

describe('aims soa export', () => {
  const db = testDatabaseForSuite();
  let runtime: Runtime;
  let dir: string;
  let organizationId: string;
  let approverName: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aims-soa-'));
    runtime = await openRuntime(db.config, {
      clock: new TestClock(),
      passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
      auditKey: db.auditKey,
    });
    const { soa } = runtime.services;
    const { organization, manager } = await createAuditee(runtime.services, 'Statement Co');
    organizationId = organization.id;
    const approver = await createUser(runtime.services, organization, ['approver']);
    approverName = `User ${approver.email}`;
    const { entries } = await soa.overview(manager.actor, organizationId);
    for (const entry of entries) {
      await soa.updateEntry(manager.actor, organizationId, entry.controlId, {
        applicability: entry.controlId === 'A.10.4' ? 'not_applicable' : 'applicable',
        justification: `Decided for ${entry.controlId}`,
        implementationStatus: 'implemented',
      });
    }
    await soa.createDraft(manager.actor, organizationId, 'First statement');
    await soa.submit(manager.actor, organizationId, 1);
    await soa.approve(approver.actor, organizationId, 1);
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the PDF of a version with every control, the approver and page numbers', async () => {
    const out = join(dir, 'soa.pdf');
    const result = await runAims(db.env, [
      'soa',
      'export',
      '--org',
      organizationId,
      '--format',
      'pdf',
      '--version',
      '1',
      '--out',
      out,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, bytes: bytes.length });
    const { text } = await new PDFParse({ data: bytes }).getText();
    for (const id of CONTROL_IDS)
      expect(text).toMatch(new RegExp(`${id.replace(/\./g, '\\.')}\\b`));
    expect(text).toContain(approverName);
    expect(text).toContain('Statement Co');
    const pages = [...text.matchAll(/Page (\d+) of (\d+)/g)];
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(pages.map((match) => match[2])).size).toBe(1);
  });

  it('writes the live SoA as an XLSX workbook named after the day', async () => {
    const result = await runAims(
      db.env,
      ['soa', 'export', '--org', organizationId, '--format', 'xlsx'],
      '',
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const name = /^Wrote (statement-of-applicability-\d{4}-\d{2}-\d{2}\.xlsx)/.exec(
      result.stdout,
    )?.[1];
    expect(name).toBeDefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, name ?? ''));
    const sheet = workbook.getWorksheet('Statement of Applicability');
    const controls: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) controls.push(row.getCell(1).text);
    });
    expect(controls).toEqual([...CONTROL_IDS]);
  });

  it('exits 4 for an unknown version and 2 for another format', async () => {
    const unknown = await runAims(db.env, [
      'soa',
      'export',
      '--org',
      organizationId,
      '--version',
      '7',
      '--json',
    ]);
    expect(unknown.code).toBe(4);
    expect(JSON.parse(unknown.stderr)).toMatchObject({ code: 'SOA_VERSION_NOT_FOUND' });
    const format = await runAims(db.env, [
      'soa',
      'export',
      '--org',
      organizationId,
      '--format',
      'docx',
    ]);
    expect(format.code).toBe(2);
  });
});
