import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_MAX_BYTES } from '../../src/domain/document/document.js';
import { scratchFilesDir } from '../../src/storage/file-store.js';
import { createFilesystemFileStore } from '../../src/storage/filesystem-file-store.js';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface AttachedFile {
  sha256: string;
  name: string;
  size: number;
  mediaType: string;
}

interface Detail {
  id: string;
  versions: { id: string; version: number; status: string; file: AttachedFile | null }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
const multipart = (
  bytes: Buffer,
  {
    fileName = 'AI policy – v1.pdf',
    mediaType = 'application/pdf',
    field = 'file',
  }: { fileName?: string; mediaType?: string | null; field?: string },
) => {
  const boundary = `----aims${randomBytes(8).toString('hex')}`;
  const head =
    `--${boundary}\r\ncontent-disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
    (mediaType === null ? '' : `content-type: ${mediaType}\r\n`) +
    '\r\n';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
};

describe('documents API: attached files', () => {
  const api = orgApiForSuite(
    { name: 'Files Co' },
    { manager: ['admin', 'aims_manager'], approver: ['approver'], viewer: ['viewer'] },
  );
  let doc: Detail;

  const versionUrl = (versionId: string) =>
    `/api/v1/orgs/${api.orgId}/documents/${doc.id}/versions/${versionId}`;
  const upload = (
    versionId: string,
    bytes: Buffer,
    part: { fileName?: string; mediaType?: string | null; field?: string } = {},
  ) =>
    call(api.ctx, api.manager, {
      method: 'PUT',
      url: `${versionUrl(versionId)}/file`,
      ...multipart(bytes, part),
    });
  const download = (versionId: string, user: ApiUser = api.viewer) =>
    call(api.ctx, user, { method: 'GET', url: `${versionUrl(versionId)}/file` });
  const firstVersion = () => doc.versions[doc.versions.length - 1]?.id ?? '';
  const storedPath = (hash: string) =>
    createFilesystemFileStore(scratchFilesDir(api.ctx.db.database)).pathOf(hash);
  /** On PostgreSQL the files are in the database itself; on SQLite in a folder beside it. */
  const inDatabase = () => api.ctx.db.database.kind === 'postgres';
  const appendToStored = async (hash: string, extra: Buffer) => {
    if (!inDatabase()) {
      writeFileSync(storedPath(hash), Buffer.concat([readFileSync(storedPath(hash)), extra]));
      return;
    }
    const db = api.ctx.db.database.db;
    const last = await db
      .selectFrom('file_chunk')
      .select(['seq', 'bytes'])
      .where('sha256', '=', hash)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('file_chunk')
      .set({ bytes: Buffer.concat([last.bytes, extra]) })
      .where('sha256', '=', hash)
      .where('seq', '=', last.seq)
      .execute();
  };
  const loseStored = async (hash: string) => {
    if (inDatabase())
      await api.ctx.db.database.db.deleteFrom('file_blob').where('sha256', '=', hash).execute();
    else rmSync(storedPath(hash));
  };

  beforeAll(async () => {
    const created = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents`,
      payload: { title: 'AI policy', kind: 'ai_policy' },
    });
    doc = created.json<Detail>();
  });

  it('stores an upload by its SHA-256 and gives the same bytes back with their hash', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50_000)]);
    const response = await upload(firstVersion(), bytes);
    expect(response.statusCode, response.body).toBe(200);
    doc = response.json<Detail>();
    expect(doc.versions[0]?.file).toEqual({
      sha256: sha256(bytes),
      name: 'AI policy – v1.pdf',
      size: bytes.length,
      mediaType: 'application/pdf',
    });
    const hash = sha256(bytes);
    if (inDatabase()) {
      const blob = await api.ctx.db.database.db
        .selectFrom('file_blob')
        .select(['size', 'chunk_count'])
        .where('sha256', '=', hash)
        .executeTakeFirst();
      expect(blob).toEqual({ size: bytes.length, chunk_count: 1 });
    } else {
      expect(readFileSync(storedPath(hash)).equals(bytes)).toBe(true);
    }

    const fetched = await download(firstVersion());
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(bytes)).toBe(true);
    expect(fetched.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'x-content-sha256': hash,
      'content-disposition': `attachment; filename="AI policy _ v1.pdf"; filename*=UTF-8''AI%20policy%20%E2%80%93%20v1.pdf`,
      'x-content-type-options': 'nosniff',
    });
  });

  it('keeps only the last path segment of a file name and replaces an unusable media type', async () => {
    const cases = [
      // RFC 7578: a part without a content type is plain text.
      [
        { fileName: '..\\..\\secret:notes?.txt', mediaType: null },
        'secret_notes_.txt',
        'text/plain',
      ],
      [{ fileName: 'scan.png', mediaType: 'not a type' }, 'scan.png', 'application/octet-stream'],
    ] as const;
    for (const [part, name, mediaType] of cases) {
      doc = (await upload(firstVersion(), randomBytes(100), part)).json<Detail>();
      expect(doc.versions[0]?.file).toMatchObject({ name, mediaType });
    }
  });

  it('asks for the file in the multipart field "file", and refuses an empty one', async () => {
    const asJson = await call(api.ctx, api.manager, {
      method: 'PUT',
      url: `${versionUrl(firstVersion())}/file`,
      payload: { file: 'UG9saWN5' },
    });
    const wrongField = await upload(firstVersion(), randomBytes(10), { field: 'attachment' });
    for (const response of [asJson, wrongField]) {
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'DOCUMENT_FILE_REQUIRED',
        details: { issues: [{ field: 'file', reason: 'is required' }] },
      });
    }
    const empty = await upload(firstVersion(), Buffer.alloc(0));
    expect(errorOf(empty).code).toBe('DOCUMENT_FILE_EMPTY');
  });

  it('takes a file of exactly 20 MiB and answers 413 to one byte more', async () => {
    const tooLarge = await upload(firstVersion(), Buffer.alloc(FILE_MAX_BYTES + 1, 7));
    expect(tooLarge.statusCode).toBe(413);
    expect(errorOf(tooLarge)).toMatchObject({
      code: 'DOCUMENT_FILE_TOO_LARGE',
      details: { maxBytes: FILE_MAX_BYTES },
    });
    const allowed = await upload(firstVersion(), Buffer.alloc(FILE_MAX_BYTES, 7));
    expect(allowed.statusCode).toBe(200);
  });

  it('reports a file altered in storage instead of serving it, and a fresh upload repairs it', async () => {
    const bytes = Buffer.from(`Signed policy ${randomBytes(8).toString('hex')}`);
    doc = (await upload(firstVersion(), bytes)).json<Detail>();
    await appendToStored(sha256(bytes), Buffer.from(' (edited)'));

    const tampered = await download(firstVersion());
    expect(tampered.statusCode).toBe(409);
    expect(errorOf(tampered)).toMatchObject({
      code: 'FILE_INTEGRITY_FAILED',
      details: { sha256: sha256(bytes), reason: 'hash_mismatch' },
    });
    expect((await upload(firstVersion(), bytes)).statusCode).toBe(200);
    expect((await download(firstVersion())).rawPayload.equals(bytes)).toBe(true);
  });

  it('lets a file alone be the content, locks it once submitted, and carries it into the next version', async () => {
    const submit = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `${versionUrl(firstVersion())}/submit`,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    const locked = await upload(firstVersion(), Buffer.from('late change'));
    expect(errorOf(locked).code).toBe('APPROVAL_NOT_DRAFT');
    await call(api.ctx, api.approver, {
      method: 'POST',
      url: `${versionUrl(firstVersion())}/approve`,
    });

    const next = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents/${doc.id}/versions`,
      payload: {},
    });
    doc = next.json<Detail>();
    const [v2, v1] = doc.versions;
    expect(v2?.file).toEqual(v1?.file);
    expect((await download(v1?.id ?? '')).statusCode).toBe(200);
  });

  it('removes the file from a draft; downloading then says there is none', async () => {
    const draftId = doc.versions[0]?.id ?? '';
    const removed = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: `${versionUrl(draftId)}/file`,
    });
    expect(removed.json<Detail>().versions[0]?.file).toBeNull();
    expect(errorOf(await download(draftId)).code).toBe('DOCUMENT_FILE_NOT_FOUND');
    const again = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: `${versionUrl(draftId)}/file`,
    });
    expect(errorOf(again).code).toBe('DOCUMENT_FILE_NOT_FOUND');
  });

  it('reports a stored file that has disappeared', async () => {
    const draftId = doc.versions[0]?.id ?? '';
    const bytes = randomBytes(64);
    await upload(draftId, bytes);
    await loseStored(sha256(bytes));
    expect(errorOf(await download(draftId))).toMatchObject({
      code: 'FILE_INTEGRITY_FAILED',
      details: { reason: 'missing' },
    });
  });
});
