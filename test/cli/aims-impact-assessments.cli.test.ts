/** `aims impact-assessments export` writes an approved impact assessment as a PDF file. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import { runAims } from '../harness/cli.js';
import { testDatabaseForSuite } from '../harness/database.js';
import { TestClock, createAiSystem, createAuditee, createUser } from '../harness/services.js';

const CONTENT = {
  scope: 'The fraud screen for card payments',
  trigger: 'initial',
  systemDescription: 'Scores card payments for fraud',
  purpose: 'Stop fraudulent payments',
  intendedUses: 'Holding suspicious payments for review',
  foreseeableMisuse: 'Closing accounts on the score alone',
  dataAndDataQuality: 'Two years of labelled payments',
  algorithmAndModel: 'Logistic regression',
  deploymentEnvironment: 'EU, online payments',
  interestedParties: [{ name: 'Card holders' }],
  impacts: [
    {
      id: 'H1',
      description: 'Genuine payments are held',
      affects: ['individuals'],
      nature: 'harm',
      category: 'economic_and_employment',
      likelihood: 3,
      severity: 2,
      reversibility: 'reversible',
      scale: 'large_group',
    },
  ],
  thresholds: 'Holding a payment over a day is a sensitive use',
  nextReviewDate: '2027-12-01',
  retention: 'Five years',
};

describe('aims impact-assessments export', () => {
  const db = testDatabaseForSuite();
  let runtime: Runtime;
  let dir: string;
  let organizationId: string;
  let versionId: string;
  let approverName: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aims-impact-'));
    runtime = await openRuntime(db.config, {
      clock: new TestClock(),
      passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
      auditKey: db.auditKey,
    });
    const services = runtime.services;
    const { organization, manager } = await createAuditee(services, 'Payments Co');
    organizationId = organization.id;
    const approver = await createUser(services, organization, ['approver']);
    approverName = `User ${approver.email}`;
    const system = await createAiSystem(services, manager, organizationId, {
      name: 'Fraud Screen',
    });
    const draft = await services.impactAssessments.createDraft(
      manager.actor,
      organizationId,
      system.id,
      {
        ...CONTENT,
        measures: [
          {
            id: 'M1',
            impactId: 'H1',
            description: 'Release held payments within an hour',
            ownerUserId: manager.id,
            dueDate: '2027-03-01',
          },
        ],
      },
    );
    versionId = draft.id;
    await services.impactAssessments.submit(manager.actor, organizationId, versionId);
    await services.impactAssessments.approve(approver.actor, organizationId, versionId);
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the PDF to the file given', async () => {
    const out = join(dir, 'fraud.pdf');
    const result = await runAims(db.env, [
      'impact-assessments',
      'export',
      versionId,
      '--org',
      organizationId,
      '--format',
      'pdf',
      '--out',
      out,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, bytes: bytes.length });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await new PDFParse({ data: bytes }).getText();
    expect(text).toContain('Fraud Screen');
    expect(text).toContain('Payments Co');
    expect(text).toContain(approverName);
  });

  it('names the file after the system and version when no --out is given', async () => {
    const result = await runAims(
      db.env,
      ['impact-assessments', 'export', versionId, '--org', organizationId],
      '',
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const path = 'impact-assessment-fraud-screen-v1.pdf';
    expect(result.stdout).toMatch(new RegExp(`^Wrote ${path} \\(\\d+ bytes\\)\\.`));
    expect(readFileSync(join(dir, path)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 4 for an unknown version and 2 for another format', async () => {
    const unknown = await runAims(db.env, [
      'impact-assessments',
      'export',
      '01900000-0000-7000-8000-000000000000',
      '--org',
      organizationId,
      '--json',
    ]);
    expect(unknown.code).toBe(4);
    expect(JSON.parse(unknown.stderr)).toMatchObject({ code: 'IMPACT_ASSESSMENT_NOT_FOUND' });
    const format = await runAims(db.env, [
      'impact-assessments',
      'export',
      versionId,
      '--org',
      organizationId,
      '--format',
      'docx',
    ]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('[CLI_UNKNOWN_FORMAT]');
  });
});
