/** `aims risks list` and `aims risks export` on the same data as the server. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAims } from '../harness/cli.js';
import { pdfText } from '../harness/pdf-text.js';
import { createAuditee, createUser, testContextForSuite } from '../harness/services.js';

describe('aims risks', () => {
  const ctx = testContextForSuite();
  let orgId: string;
  let dir: string;

  beforeAll(async () => {
    const { services } = ctx;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    orgId = organization.id;
    const draft = await services.riskCriteria.createDraft(manager.actor, orgId);
    await services.riskCriteria.submit(manager.actor, orgId, draft.id);
    await services.riskCriteria.approve(approver.actor, orgId, draft.id);
    await services.risks.create(manager.actor, orgId, {
      statement: 'Chatbot gives wrong policy answers',
      likelihood: 2,
      consequence: 2,
    });
    await services.risks.create(manager.actor, orgId, {
      statement: 'Triage ranks claims unfairly',
      likelihood: 5,
      consequence: 4,
      treatmentOption: 'modify',
    });
    dir = mkdtempSync(join(tmpdir(), 'aims-risks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the risks highest level first, as a table and as JSON', async () => {
    const text = await runAims(ctx.db.env, ['risks', 'list', '--org', orgId]);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    const triage = lines.findIndex((line) => line.includes('Triage ranks claims unfairly'));
    const chatbot = lines.findIndex((line) => line.includes('Chatbot gives wrong policy answers'));
    expect(triage).toBeGreaterThan(-1);
    expect(triage).toBeLessThan(chatbot);
    expect(lines[triage]).toMatch(/Critical.*Modify/);
    const json = await runAims(ctx.db.env, ['risks', 'list', '--org', orgId, '--json']);
    const items = JSON.parse(json.stdout) as { statement: string; inherent: { key: string } }[];
    expect(items.map((item) => [item.statement, item.inherent.key])).toEqual([
      ['Triage ranks claims unfairly', 'critical'],
      ['Chatbot gives wrong policy answers', 'low'],
    ]);
  });

  it('exports the register as CSV, and refuses another format with the input exit code', async () => {
    const out = join(dir, 'risks.csv');
    const result = await runAims(ctx.db.env, [
      'risks',
      'export',
      '--org',
      orgId,
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('Triage ranks claims unfairly');
    const bad = await runAims(ctx.db.env, ['risks', 'export', '--org', orgId, '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CLI_UNKNOWN_FORMAT');
  });

  it('writes the risk report as PDF: heat maps, trend and register', async () => {
    const out = join(dir, 'risk-report.pdf');
    const result = await runAims(ctx.db.env, [
      'risks',
      'export',
      '--org',
      orgId,
      '--format',
      'pdf',
      '--out',
      out,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out });
    const { text } = await pdfText(readFileSync(out));
    for (const expected of ['AI risk report', 'Heat map', 'Risk trend', 'Risk register'])
      expect(text).toContain(expected);
    expect(text).toContain('Triage ranks claims unfairly');
  });
});
