/**
 * `aims evidence add`, `list` and `verify` beside a server's data. A stored
 * evidence file is then altered where its store keeps it — on disk for the
 * embedded database, in its chunks on PostgreSQL — and both the download
 * API and `aims evidence verify` refuse it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { runAims } from '../harness/cli.js';
import { createAuditee, testContextForSuite } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Listed {
  id: string;
  title: string;
  validUntil: string | null;
  links: { controlIds: string[] };
  current: { id: string; file: { sha256: string; fileType: string } | null };
}

describe('aims evidence', () => {
  const ctx = testContextForSuite();
  let orgId: string;
  let manager: TestUser;
  let dir: string;
  const aims = (args: string[]) => runAims(ctx.db.env, args);

  beforeAll(async () => {
    ({
      organization: { id: orgId },
      manager,
    } = await createAuditee(ctx.services));
    dir = mkdtempSync(join(tmpdir(), 'aims-evidence-'));
    writeFileSync(join(dir, 'validation-report.pdf'), PDF);
    writeFileSync(join(dir, 'tool.pdf'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]));
    const doc = await ctx.services.documents.create(manager.actor, orgId, {
      title: 'Logging procedure',
      kind: 'procedure',
    });
    await ctx.services.documentVersions.attachFile(
      manager.actor,
      orgId,
      { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' },
      { fileName: 'logging.txt', mediaType: 'text/plain', bytes: Buffer.from('Keep logs 1 year') },
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a file as evidence of a control, streamed and typed by its content', async () => {
    const result = await aims([
      'evidence',
      'add',
      join(dir, 'validation-report.pdf'),
      '--org',
      orgId,
      '--control',
      'A.6.2.4',
      '--valid-until',
      '2027-06-30',
      '--title',
      'Validation report',
      '--owner',
      manager.email,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      title: 'Validation report',
      ownerUserId: manager.id,
      validUntil: '2027-06-30',
      links: { controlIds: ['A.6.2.4'] },
      current: { file: { sha256: sha256(PDF), fileType: 'pdf', name: 'validation-report.pdf' } },
    });
  });

  it('refuses a file whose content is not an allowed type, and an unknown control', async () => {
    const program = await aims([
      'evidence',
      'add',
      join(dir, 'tool.pdf'),
      '--org',
      orgId,
      '--json',
    ]);
    expect(program.code).toBe(2);
    expect(JSON.parse(program.stderr)).toMatchObject({ code: 'EVIDENCE_FILE_TYPE_NOT_ALLOWED' });
    const control = await aims([
      'evidence',
      'add',
      join(dir, 'validation-report.pdf'),
      '--org',
      orgId,
      '--control',
      'A.42',
    ]);
    expect(control.code).toBe(2);
    expect(control.stderr).toContain('links.controlIds.0');
  });

  it('lists the evidence with hash and freshness, as a table and as JSON', async () => {
    const text = await aims(['evidence', 'list', '--org', orgId]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Validation report');
    expect(text.stdout).toContain(sha256(PDF).slice(0, 16));
    const json = await aims(['evidence', 'list', '--org', orgId, '--json']);
    const items = JSON.parse(json.stdout) as Listed[];
    expect(items.map((item) => item.title)).toEqual(['Validation report']);
  });

  it('verifies every stored file, then refuses an altered one in the API and in verify', async () => {
    const intact = await aims(['evidence', 'verify', '--json']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ checked: 2, intact: 2, problems: [] });

    const hash = sha256(PDF);
    const store = ctx.services.files.store;
    if (store.kind === 'filesystem') {
      writeFileSync(join(store.location, hash.slice(0, 2), hash), 'altered on disk');
    } else {
      await ctx.db.database.db
        .updateTable('file_chunk')
        .set({ bytes: Buffer.from('altered in the database') })
        .where('sha256', '=', hash)
        .execute();
    }

    const [item] = (await ctx.services.evidence.list(manager.actor, orgId, {})).items;
    const app = await buildApp({ services: ctx.services });
    try {
      const { token } = await ctx.services.auth.createApiTokenFor(
        { kind: 'system', label: 'test' },
        manager.id,
        'cli test',
      );
      const download = await app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/evidence/${item?.id ?? ''}/versions/${item?.current.id ?? ''}/file`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(download.statusCode).toBe(409);
      expect(download.json<{ code: string }>().code).toBe('FILE_INTEGRITY_FAILED');
    } finally {
      await app.close();
    }

    const text = await aims(['evidence', 'verify']);
    expect(text.code).toBe(5);
    expect(text.stdout).toContain(`ALTERED  ${hash}`);
    expect(text.stdout).toContain('evidence "Validation report" version 1');
    const json = await aims(['evidence', 'verify', '--json']);
    expect(json.code).toBe(5);
    expect(JSON.parse(json.stdout)).toMatchObject({
      checked: 2,
      intact: 1,
      problems: [{ sha256: hash, reason: 'hash_mismatch' }],
    });
    expect(JSON.parse(json.stderr)).toMatchObject({ code: 'FILE_VERIFY_FAILED' });
  });
});
