/**
 * The evidence register over HTTP on the database in use: files streamed
 * into the store and links, versions that keep the old ones, links checked
 * within the organization, downloads checked against their SHA-256 (and a
 * refusal in the audit trail), the size limit and the allowed types leaving
 * nothing behind, tenants and roles.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createApiTestContext, createApiUser, createOrg, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { multipartForm } from '../harness/upload.js';
import { evidenceAccess } from './access/evidence.cases.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const MAX_BYTES = 256 * 1024;

interface Version {
  id: string;
  version: number;
  file: { sha256: string; size: number; fileType: string; mediaType: string; name: string } | null;
  url: string | null;
  evidenceDate: string;
  validUntil: string | null;
}
interface EvidenceBody {
  id: string;
  title: string;
  kind: string;
  currentVersion: number;
  evidenceDate: string;
  validUntil: string | null;
  freshness: string;
  links: { controlIds: string[]; riskIds: string[]; documentIds: string[]; clauseIds: string[] };
  current: Version;
  versions: Version[];
  availableActions: string[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder, recursively; 0 for a folder not there. */
const filesUnder = (dir: string): number => {
  let count = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const path = join(dir, name);
    count += statSync(path).isDirectory() ? filesUnder(path) : 1;
  }
  return count;
};

describe('evidence API', () => {
  let ctx: ApiTestContext;
  let orgId: string;
  let manager: ApiUser;
  let viewer: ApiUser;
  let approver: ApiUser;
  let outsider: ApiUser;
  let outsiderOrgId: string;
  const url = () => `/api/v1/orgs/${orgId}/evidence`;

  /** What the store holds: files in its folder, or rows of the database store. */
  const storeContents = async () => {
    const store = ctx.services.files.store;
    if (store.kind === 'filesystem') return { files: filesUnder(store.location) };
    const db = ctx.db.database.db;
    const blobs = await db.selectFrom('file_blob').select('sha256').execute();
    const chunks = await db.selectFrom('file_chunk').select('seq').execute();
    return { blobs: blobs.length, chunks: chunks.length };
  };
  const evidenceRows = async () =>
    (await ctx.db.database.db.selectFrom('evidence_version').select('id').execute()).length;

  const upload = (
    user: ApiUser,
    metadata: object,
    file: { name: string; content: Buffer } | null,
    path = `${url()}/files`,
  ) => {
    const form = multipartForm({ metadata: JSON.stringify(metadata) }, file);
    return call(ctx, user, { method: 'POST', url: path, ...form });
  };

  const today = () => ctx.clock.now().toISOString().slice(0, 10);

  beforeAll(async () => {
    ctx = await createApiTestContext(undefined, {
      evidence: {
        maxBytes: MAX_BYTES,
        allowedTypes: ['pdf', 'png', 'text', 'csv', 'json'],
        expiringDays: 30,
      },
    });
    const org = await createOrg(ctx, 'auditee', 'Evidence Co');
    orgId = org.id;
    manager = await createApiUser(ctx, org, ['admin', 'aims_manager']);
    viewer = await createApiUser(ctx, org, ['viewer']);
    approver = await createApiUser(ctx, org, ['approver']);
    const other = await createOrg(ctx, 'auditee', 'Other Co');
    outsider = await createApiUser(ctx, other, ['admin', 'aims_manager']);
    outsiderOrgId = other.id;
  });
  afterAll(async () => ctx.close());

  it('uploads a file streamed into the store, typed by its content, with its hash shown', async () => {
    const response = await upload(
      manager,
      {
        title: 'Model validation report Q4',
        ownerUserId: manager.id,
        links: { controlIds: ['A.6.2.4'], clauseIds: ['8.1'] },
        version: { evidenceDate: '2026-11-20', validUntil: '2027-11-19' },
      },
      { name: 'report.bin', content: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<EvidenceBody>();
    expect(created).toMatchObject({
      kind: 'file',
      currentVersion: 1,
      evidenceDate: '2026-11-20',
      validUntil: '2027-11-19',
      freshness: 'fresh',
      links: { controlIds: ['A.6.2.4'], clauseIds: ['8.1'] },
      availableActions: ['edit', 'add_version'],
    });
    expect(created.current.file).toEqual({
      sha256: sha256(PDF),
      size: PDF.byteLength,
      fileType: 'pdf',
      mediaType: 'application/pdf',
      name: 'report.bin',
    });

    const download = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}/${created.id}/versions/${created.current.id}/file`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['x-content-sha256']).toBe(sha256(PDF));
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('keeps every version; the item shows the current one and the frequency sets valid-until', async () => {
    const created = (
      await upload(
        manager,
        {
          title: 'Access review',
          reviewFrequencyMonths: 6,
          links: { controlIds: ['A.3.2'] },
          version: { evidenceDate: '2026-06-30' },
        },
        { name: 'review.txt', content: Buffer.from('Access review: all accounts checked\n') },
      )
    ).json<EvidenceBody>();
    expect(created).toMatchObject({ validUntil: '2026-12-30', freshness: 'expiring' });
    expect(created.current.file?.fileType).toBe('text');

    const next = await upload(
      manager,
      { evidenceDate: '2026-11-30', note: 'Second half of the year' },
      { name: 'review.png', content: PNG },
      `${url()}/${created.id}/versions/file`,
    );
    expect(next.statusCode, next.body).toBe(201);
    const record = next.json<EvidenceBody>();
    expect(record).toMatchObject({
      currentVersion: 2,
      evidenceDate: '2026-11-30',
      validUntil: '2027-05-30',
      freshness: 'fresh',
    });
    expect(record.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(record.versions[1]?.file?.name).toBe('review.txt');
    const old = await call(ctx, manager, {
      method: 'GET',
      url: `${url()}/${created.id}/versions/${record.versions[1]?.id ?? ''}/file`,
    });
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('Access review');

    const versions = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}/${created.id}/versions`,
    });
    expect(versions.json<{ items: Version[] }>().items).toHaveLength(2);
  });

  it('registers links (http and https only) and their versions', async () => {
    const bad = await call(ctx, manager, {
      method: 'POST',
      url: url(),
      payload: { title: 'Wiki', version: { url: 'javascript:alert(1)', evidenceDate: today() } },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details.issues).toContainEqual({
      field: 'url',
      reason: 'must be an http:// or https:// address',
    });
    const created = await call(ctx, manager, {
      method: 'POST',
      url: url(),
      payload: {
        title: 'Incident runbook page',
        links: { controlIds: ['A.8.4'] },
        version: { url: 'https://wiki.example.test/runbook', evidenceDate: today() },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json<EvidenceBody>();
    expect(link).toMatchObject({ kind: 'link', freshness: 'no_expiry', validUntil: null });
    const next = await call(ctx, manager, {
      method: 'POST',
      url: `${url()}/${link.id}/versions`,
      payload: {
        url: 'https://wiki.example.test/runbook-v2',
        evidenceDate: today(),
        validUntil: '2027-01-31',
      },
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json<EvidenceBody>()).toMatchObject({
      currentVersion: 2,
      current: { url: 'https://wiki.example.test/runbook-v2' },
    });
    const asFile = await upload(
      manager,
      { evidenceDate: today() },
      { name: 'x.pdf', content: PDF },
      `${url()}/${link.id}/versions/file`,
    );
    expect(asFile.statusCode).toBe(409);
    expect(errorOf(asFile).code).toBe('EVIDENCE_KIND_MISMATCH');
    const download = await call(ctx, manager, {
      method: 'GET',
      url: `${url()}/${link.id}/versions/${next.json<EvidenceBody>().current.id}/file`,
    });
    expect(download.statusCode).toBe(404);
    expect(errorOf(download).code).toBe('EVIDENCE_FILE_NOT_FOUND');
  });

  it('checks every link within the organization, naming the field and the id', async () => {
    const missing = '0190a1b2-0000-7000-8000-000000000001';
    const response = await call(ctx, manager, {
      method: 'POST',
      url: url(),
      payload: {
        title: 'Linked everywhere',
        links: {
          controlIds: ['A.6.2.4', 'A.99'],
          clauseIds: ['11.1'],
          riskIds: [missing],
          documentIds: [missing],
        },
        version: { url: 'https://example.test', evidenceDate: today() },
      },
    });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('EVIDENCE_INVALID');
    expect(error.details.issues?.map((issue) => issue.field)).toEqual(
      expect.arrayContaining([
        'links.controlIds.1',
        'links.clauseIds.0',
        'links.riskIds.0',
        'links.documentIds.0',
      ]),
    );
    expect(error.details.issues).toContainEqual({
      field: 'links.riskIds.0',
      reason: `no risk ${missing} in this organization`,
    });
  });

  it('links a risk, a document and an organization control of the organization, shown with their names', async () => {
    const control = await ctx.services.organizationControls.create(manager.actor, orgId, {
      title: 'Red-team before release',
    });
    const document = await ctx.services.documents.create(manager.actor, orgId, {
      title: 'AI policy',
      kind: 'ai_policy',
      bodyMarkdown: 'Text',
    });
    const otherOrg = await createOrg(ctx, 'auditee', 'Third Co');
    const foreigner = await createApiUser(ctx, otherOrg, ['admin', 'aims_manager']);
    const foreignDoc = await ctx.services.documents.create(foreigner.actor, otherOrg.id, {
      title: 'Theirs',
      kind: 'ai_policy',
      bodyMarkdown: 'T',
    });

    const refused = await call(ctx, manager, {
      method: 'POST',
      url: url(),
      payload: {
        title: 'Cross-tenant link',
        links: { documentIds: [foreignDoc.id] },
        version: { url: 'https://example.test', evidenceDate: today() },
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).details.issues?.[0]?.field).toBe('links.documentIds.0');

    const created = await call(ctx, manager, {
      method: 'POST',
      url: url(),
      payload: {
        title: 'Red-team report',
        links: {
          organizationControlIds: [control.id],
          documentIds: [document.id],
          controlIds: ['A.6.2.4'],
        },
        version: { url: 'https://example.test/red-team', evidenceDate: today() },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<EvidenceBody>().id;
    const links = await call(ctx, viewer, { method: 'GET', url: `${url()}/${id}/links` });
    expect(links.json()).toMatchObject({
      controls: [{ id: 'A.6.2.4', label: expect.stringContaining('A.6.2.4') as unknown }],
      organizationControls: [
        { id: control.id, label: `${control.controlId} Red-team before release` },
      ],
      documents: [{ id: document.id, label: 'AI policy' }],
    });
    const byControl = await call(ctx, viewer, { method: 'GET', url: `${url()}/by-control` });
    const body = byControl.json<{
      annexA: Record<string, { title: string }[]> & object;
      organizationControls: Record<string, { title: string }[]>;
    }>();
    expect(Object.keys(body.annexA)).toHaveLength(38);
    expect(body.organizationControls[control.id]?.map((item) => item.title)).toEqual([
      'Red-team report',
    ]);

    const patched = await call(ctx, manager, {
      method: 'PATCH',
      url: `${url()}/${id}`,
      payload: { links: { controlIds: ['A.8.2'] } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<EvidenceBody>().links).toMatchObject({
      controlIds: ['A.8.2'],
      documentIds: [document.id],
    });
  });

  it('lists with filters by control, freshness, owner and text', async () => {
    const byControl = await call(ctx, viewer, { method: 'GET', url: `${url()}?controlId=A.6.2.4` });
    expect(byControl.statusCode).toBe(200);
    const titles = byControl.json<{ items: EvidenceBody[] }>().items.map((item) => item.title);
    expect(titles).toContain('Model validation report Q4');
    expect(titles).not.toContain('Access review');
    const expiring = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}?freshness=no_expiry`,
    });
    expect(
      expiring
        .json<{ items: EvidenceBody[] }>()
        .items.every((item) => item.freshness === 'no_expiry'),
    ).toBe(true);
    const owned = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}?ownerUserId=${manager.id}`,
    });
    expect(owned.json<{ items: EvidenceBody[] }>().items.map((item) => item.title)).toEqual([
      'Model validation report Q4',
    ]);
    const searched = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}?search=RUNBOOK&pageSize=1&page=1`,
    });
    expect(searched.json()).toMatchObject({
      total: 1,
      pageSize: 1,
      items: [{ title: 'Incident runbook page' }],
    });
    const page = await call(ctx, viewer, { method: 'GET', url: url() });
    expect(page.json<{ availableActions: string[] }>().availableActions).toEqual(['export']);
  });

  it('exports the evidence index by control as CSV and XLSX', async () => {
    const csv = await call(ctx, viewer, { method: 'GET', url: `${url()}/export?format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Control,Control title,Evidence');
    expect(csv.body).toContain(`A.6.2.4,`);
    expect(csv.body).toContain(sha256(PDF));
    const xlsx = await call(ctx, viewer, { method: 'GET', url: `${url()}/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Evidence index');
    const rows: string[] = [];
    sheet?.eachRow((row) => rows.push(row.getCell(1).text));
    expect(rows[0]).toBe('Control');
    expect(rows).toContain('A.6.2.4');
  });

  it('refuses a file over the limit with 413 and leaves nothing on disk or in the database', async () => {
    const before = { store: await storeContents(), versions: await evidenceRows() };
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const response = await upload(
      manager,
      { title: 'Too big', version: { evidenceDate: today() } },
      { name: 'big.pdf', content: big },
    );
    expect(response.statusCode).toBe(413);
    expect(errorOf(response).code).toBe('EVIDENCE_FILE_TOO_LARGE');
    expect({ store: await storeContents(), versions: await evidenceRows() }).toEqual(before);
  });

  it('refuses a type not allowed, told by content whatever the name says, with 415 and nothing left', async () => {
    const before = { store: await storeContents(), versions: await evidenceRows() };
    for (const content of [EXECUTABLE, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])]) {
      const response = await upload(
        manager,
        { title: 'Disguised', version: { evidenceDate: today() } },
        { name: 'report.pdf', content },
      );
      expect(response.statusCode, response.body).toBe(415);
      expect(errorOf(response)).toMatchObject({
        code: 'EVIDENCE_FILE_TYPE_NOT_ALLOWED',
        details: { field: 'file' },
      });
    }
    const empty = await upload(
      manager,
      { title: 'Empty', version: { evidenceDate: today() } },
      { name: 'e.txt', content: Buffer.alloc(0) },
    );
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).code).toBe('EVIDENCE_FILE_EMPTY');
    expect({ store: await storeContents(), versions: await evidenceRows() }).toEqual(before);
  });

  it('refuses bad metadata before reading the file, naming the field', async () => {
    const before = await storeContents();
    const future = await upload(
      manager,
      { title: ' ', version: { evidenceDate: '2999-01-01' } },
      { name: 'a.pdf', content: PDF },
    );
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details.issues?.map((issue) => issue.field)).toEqual([
      'title',
      'evidenceDate',
    ]);
    const shape = await upload(
      manager,
      { title: 'x', version: { evidenceDate: 5 } },
      { name: 'a.pdf', content: PDF },
    );
    expect(errorOf(shape).details.issues?.[0]?.field).toBe('metadata.version.evidenceDate');
    const none = await call(ctx, manager, {
      method: 'POST',
      url: `${url()}/files`,
      ...multipartForm({ metadata: '{}' }, null),
    });
    expect(none.statusCode).toBe(400);
    expect(errorOf(none).code).toBe('EVIDENCE_FILE_REQUIRED');
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a download whose stored bytes were altered, and records the refusal', async () => {
    const content = Buffer.from('Training data lineage, signed off 2026-11-01\n');
    const created = (
      await upload(
        manager,
        { title: 'Lineage', version: { evidenceDate: today() } },
        { name: 'lineage.txt', content },
      )
    ).json<EvidenceBody>();
    const hash = sha256(content);
    const store = ctx.services.files.store;
    if (store.kind === 'filesystem') {
      writeFileSync(join(store.location, hash.slice(0, 2), hash), 'tampered');
    } else {
      await ctx.db.database.db
        .updateTable('file_chunk')
        .set({ bytes: Buffer.from('tampered') })
        .where('sha256', '=', hash)
        .execute();
    }
    const response = await call(ctx, viewer, {
      method: 'GET',
      url: `${url()}/${created.id}/versions/${created.current.id}/file`,
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('FILE_INTEGRITY_FAILED');
    expect(response.headers['content-type']).toContain('application/json');
    const trail = await ctx.services.auditLog.list(manager.actor, orgId, {
      entityType: 'evidence',
      entityId: created.id,
    });
    const refusal = trail.items.find((entry) => entry.action === 'evidence.download_refused');
    expect(refusal?.after).toMatchObject({ version: 1, sha256: hash, reason: 'hash_mismatch' });
    expect(refusal?.actorLabel).toBe(viewer.email);
    const verification = await ctx.services.files.verify();
    expect(verification.problems).toContainEqual(
      expect.objectContaining({ sha256: hash, reason: 'hash_mismatch' }),
    );
  });

  it('records every write in the audit trail', async () => {
    const { items } = await ctx.services.auditLog.list(manager.actor, orgId, {
      entityType: 'evidence',
      limit: 200,
    });
    const actions = new Set(items.map((entry) => entry.action));
    for (const action of ['evidence.created', 'evidence.version_added', 'evidence.updated'])
      expect(actions).toContain(action);
  });

  it('lets readers read and only writers write; other tenants see nothing', async () => {
    const list = await call(ctx, viewer, { method: 'GET', url: url() });
    const [first] = list.json<{ items: EvidenceBody[] }>().items;
    expect(first?.availableActions).toEqual([]);
    const id = first?.id ?? '';
    const asViewer = await upload(
      viewer,
      { title: 'No', version: { evidenceDate: today() } },
      { name: 'a.pdf', content: PDF },
    );
    expect(asViewer.statusCode).toBe(403);
    const asApprover = await call(ctx, approver, {
      method: 'PATCH',
      url: `${url()}/${id}`,
      payload: { title: 'Renamed' },
    });
    expect(asApprover.statusCode).toBe(403);
    for (const path of [
      url(),
      `${url()}/${id}`,
      `${url()}/${id}/versions`,
      `${url()}/${id}/links`,
    ]) {
      const response = await call(ctx, outsider, { method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
    }
    const crossId = await call(ctx, outsider, {
      method: 'GET',
      url: `/api/v1/orgs/${outsiderOrgId}/evidence/${id}`,
    });
    expect(crossId.statusCode).toBe(404);
    expect(errorOf(crossId).code).toBe('EVIDENCE_NOT_FOUND');
    const crossDownload = await call(ctx, outsider, {
      method: 'GET',
      url: `/api/v1/orgs/${outsiderOrgId}/evidence/${id}/versions/${first?.current.id ?? ''}/file`,
    });
    expect(crossDownload.statusCode).toBe(404);
  });
});

describeOrgRouteAccess(evidenceAccess);
