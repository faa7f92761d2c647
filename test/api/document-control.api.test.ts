/**
 * Document control through the API (ISO/IEC 42001 clause 7.5.3): reference
 * numbers unique per organization, retention and disposition dates, records
 * that are never due for review, and read access limited to named roles on
 * every route that shows a document (list, read, versions, files, exports,
 * the required-documents register), inside and across organizations.
 */
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi, createOrgWithUser } from '../harness/org-api.js';

const DAY = 24 * 60 * 60;

interface Detail {
  id: string;
  title: string;
  kind: string;
  referenceNumber: string | null;
  retentionMonths: number | null;
  disposition: string | null;
  readAccess: string;
  readRoles: string[];
  retiredAt: string | null;
  nextReviewDate: string | null;
  isReviewOverdue: boolean;
  dispositionDueDate: string | null;
  isDueForDisposition: boolean;
  versions: { id: string; status: string; dispositionDueDate: string | null }[];
}

describe('document control API', () => {
  let ctx: ApiTestContext;
  let orgId: string;
  let manager: ApiUser;
  let approver: ApiUser;
  let viewer: ApiUser;
  let owner: ApiUser;
  let admin: ApiUser;
  let stranger: ApiUser;
  let strangerOrgId: string;
  let restricted: Detail;

  const documents = (org = orgId) => `/api/v1/orgs/${org}/documents`;
  const send = (user: ApiUser, method: HTTPMethods, url: string, payload?: object) =>
    call(ctx, user, { method, url, ...(payload === undefined ? {} : { payload }) });
  const ok = async <T = Detail>(user: ApiUser, method: HTTPMethods, url: string, body?: object) => {
    const response = await send(user, method, url, body);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const listedIds = async (user: ApiUser, query = '') =>
    (
      await ok<{ items: { id: string }[] }>(user, 'GET', `${documents()}?pageSize=200${query}`)
    ).items.map((item) => item.id);
  const approve = async (doc: Detail) => {
    const version = `${documents()}/${doc.id}/versions/${doc.versions[0]?.id ?? ''}`;
    await ok(manager, 'POST', `${version}/submit`, {});
    return ok(approver, 'POST', `${version}/approve`, {});
  };

  beforeAll(async () => {
    ({ ctx, orgId, manager, approver, viewer, owner, admin } = await createOrgApi(
      { name: 'Controlled Co' },
      {
        manager: ['aims_manager'],
        approver: ['approver'],
        viewer: ['viewer'],
        owner: ['contributor'],
        admin: ['admin'],
      },
    ));
    const elsewhere = await createOrgWithUser(ctx, ['admin'], 'Elsewhere Co');
    stranger = elsewhere.user;
    strangerOrgId = elsewhere.org.id;
    restricted = await ok(manager, 'POST', documents(), {
      title: 'Board risk appetite statement',
      kind: 'plan',
      referenceNumber: 'AIMS-PLN-001',
      ownerUserId: owner.id,
      readAccess: 'named_roles',
      readRoles: ['approver'],
      fulfils: ['RD-08'],
      bodyMarkdown: 'Confidential appetite',
    });
    const ids = { documentId: restricted.id, versionId: restricted.versions[0]?.id ?? '' };
    await ctx.services.documentVersions.attachFile(owner.actor, orgId, ids, {
      fileName: 'appetite.pdf',
      mediaType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.7 confidential'),
    });
  });
  afterAll(async () => ctx.close());

  it('keeps reference numbers unique in the organization, ignoring letter case', async () => {
    const created = await ok(manager, 'POST', documents(), {
      title: 'AI policy',
      kind: 'ai_policy',
      referenceNumber: '  AIMS-POL-001 ',
    });
    expect(created.referenceNumber).toBe('AIMS-POL-001');
    const duplicate = await send(manager, 'POST', documents(), {
      title: 'Another policy',
      kind: 'ai_policy',
      referenceNumber: 'aims-pol-001',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate)).toMatchObject({
      code: 'DOCUMENT_REFERENCE_TAKEN',
      details: { field: 'referenceNumber' },
    });
    const renamed = await send(manager, 'PATCH', `${documents()}/${restricted.id}`, {
      referenceNumber: 'Aims-Pol-001',
    });
    expect(renamed.statusCode).toBe(404);
    const other = await ok(manager, 'POST', documents(), { title: 'Memo', kind: 'procedure' });
    const clash = await send(manager, 'PATCH', `${documents()}/${other.id}`, {
      referenceNumber: 'AIMS-POL-001',
    });
    expect(errorOf(clash).code).toBe('DOCUMENT_REFERENCE_TAKEN');
    // Another organization numbers its documents independently.
    await ok(stranger, 'POST', documents(strangerOrgId), {
      title: 'AI policy',
      kind: 'ai_policy',
      referenceNumber: 'AIMS-POL-001',
    });
  });

  it('suggests the next reference number of the kind and refuses a malformed one', async () => {
    const suggestion = await ok<{ referenceNumber: string }>(
      manager,
      'GET',
      `${documents()}/reference-suggestion?kind=ai_policy`,
    );
    expect(suggestion.referenceNumber).toBe('AIMS-POL-002');
    const plan = await ok<{ referenceNumber: string }>(
      manager,
      'GET',
      `${documents()}/reference-suggestion?kind=plan`,
    );
    expect(plan.referenceNumber).toBe('AIMS-PLN-002');
    const bad = await send(manager, 'POST', documents(), {
      title: 'Bad number',
      kind: 'procedure',
      referenceNumber: 'PRC 01',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'DOCUMENT_INVALID' });
    expect(errorOf(bad).details.issues?.map((issue) => issue.field)).toEqual(['referenceNumber']);
    const roles = await send(manager, 'POST', documents(), {
      title: 'No roles',
      kind: 'procedure',
      readAccess: 'named_roles',
    });
    expect(errorOf(roles).details.issues?.map((issue) => issue.field)).toEqual(['readRoles']);
  });

  it('dates the disposition from retirement and supersession, queryable as due', async () => {
    const record = await ok(manager, 'POST', documents(), {
      title: 'Competence records 2025',
      kind: 'record',
      referenceNumber: 'AIMS-REC-001',
      retentionMonths: 1,
      disposition: 'destroy',
      bodyMarkdown: 'Training log',
    });
    const approved = await approve(record);
    expect(approved).toMatchObject({ nextReviewDate: null, dispositionDueDate: null });
    const retired = await ok(manager, 'POST', `${documents()}/${record.id}/retire`, {});
    const retiredOn = (retired.retiredAt ?? '').slice(0, 10);
    expect(retired.dispositionDueDate).not.toBeNull();
    expect((retired.dispositionDueDate ?? '') > retiredOn).toBe(true);
    expect(await listedIds(manager, '&isDueForDisposition=true')).not.toContain(record.id);
    const days =
      (Date.parse(retired.dispositionDueDate ?? '') - Date.parse(retiredOn)) / 1000 / DAY;
    ctx.clock.advanceSeconds(days * DAY);
    const due = await ok(manager, 'GET', `${documents()}/${record.id}`);
    expect(due).toMatchObject({ isDueForDisposition: true, disposition: 'destroy' });
    expect(await listedIds(manager, '&isDueForDisposition=true')).toContain(record.id);
  });

  it('lets a retired document change only its retention, disposition and readers', async () => {
    const doc = await ok(manager, 'POST', documents(), {
      title: 'Claims model validation report 2024',
      kind: 'record',
      retentionMonths: 12,
      disposition: 'destroy',
    });
    const retired = await ok<Detail & { availableActions: string[] }>(
      manager,
      'POST',
      `${documents()}/${doc.id}/retire`,
      {},
    );
    expect(retired.availableActions).toEqual(['edit_control']);
    const held = await ok(manager, 'PATCH', `${documents()}/${doc.id}`, {
      retentionMonths: 120,
      disposition: 'review',
      readAccess: 'named_roles',
      readRoles: ['aims_manager'],
    });
    const retiredOn = (retired.retiredAt ?? '').slice(0, 10);
    expect(held).toMatchObject({ retentionMonths: 120, disposition: 'review' });
    expect(held.dispositionDueDate?.slice(0, 4)).toBe(String(Number(retiredOn.slice(0, 4)) + 10));
    const renamed = await send(manager, 'PATCH', `${documents()}/${doc.id}`, {
      title: 'Renamed',
      retentionMonths: 12,
    });
    expect(renamed.statusCode).toBe(409);
    expect(errorOf(renamed).code).toBe('DOCUMENT_RETIRED');
    const viewerTry = await send(viewer, 'PATCH', `${documents()}/${doc.id}`, {
      retentionMonths: 1,
    });
    expect(viewerTry.statusCode).toBe(404);
  });

  it('never shows a record as due or overdue for review', async () => {
    const record = await ok(manager, 'POST', documents(), {
      title: 'Management review minutes',
      kind: 'record',
      reviewIntervalMonths: 1,
      bodyMarkdown: 'Minutes',
    });
    await approve(record);
    ctx.clock.advanceSeconds(90 * DAY);
    const later = await ok(manager, 'GET', `${documents()}/${record.id}`);
    expect(later).toMatchObject({ nextReviewDate: null, isReviewOverdue: false });
    expect(await listedIds(manager, '&isReviewOverdue=true')).not.toContain(record.id);
  });

  it('shows a restricted document to its named roles, its owner and administrators only', async () => {
    for (const reader of [approver, owner, admin]) {
      expect(await listedIds(reader)).toContain(restricted.id);
      const detail = await ok(reader, 'GET', `${documents()}/${restricted.id}`);
      expect(detail).toMatchObject({ readAccess: 'named_roles', readRoles: ['approver'] });
    }
    for (const outsider of [viewer, manager]) {
      expect(await listedIds(outsider)).not.toContain(restricted.id);
      expect(await listedIds(outsider, '&search=AIMS-PLN')).toEqual([]);
      const read = await send(outsider, 'GET', `${documents()}/${restricted.id}`);
      expect(read.statusCode).toBe(404);
      expect(errorOf(read).code).toBe('DOCUMENT_NOT_FOUND');
    }
  });

  it('refuses versions and files of a restricted document to members outside its roles', async () => {
    const base = `${documents()}/${restricted.id}/versions/${restricted.versions[0]?.id ?? ''}`;
    const attempts: [HTTPMethods, string, object | undefined][] = [
      ['GET', `${base}/file`, undefined],
      ['PATCH', base, { changeNote: 'Peek' }],
      ['POST', `${base}/submit`, {}],
      ['POST', `${documents()}/${restricted.id}/versions`, {}],
      ['POST', `${documents()}/${restricted.id}/retire`, {}],
    ];
    for (const [method, url, body] of attempts) {
      const response = await send(manager, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(errorOf(response).code).toBe('DOCUMENT_NOT_FOUND');
    }
    const file = await send(owner, 'GET', `${base}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('confidential');
  });

  it('leaves a restricted document out of the exports of members outside its roles', async () => {
    const exported = async (user: ApiUser) =>
      (await send(user, 'GET', `/api/v1/orgs/${orgId}/documents/export?format=csv`)).body;
    expect(await exported(viewer)).not.toContain('Board risk appetite');
    expect(await exported(approver)).toContain('Board risk appetite');
    const register = async (user: ApiUser) =>
      (await send(user, 'GET', `/api/v1/orgs/${orgId}/required-documents/export?format=csv`)).body;
    expect(await register(viewer)).not.toContain('Board risk appetite');
    expect(await register(viewer)).toContain('a document you may not open');
    expect(await register(approver)).toContain('Board risk appetite');
  });

  it('counts a restricted document in the required-documents register without naming it', async () => {
    type Entry = { requiredDocument: { id: string }; inProgressBy: object[] };
    const rd08 = async (user: ApiUser) =>
      (
        await ok<{ items: Entry[] }>(user, 'GET', `/api/v1/orgs/${orgId}/required-documents`)
      ).items.find((entry) => entry.requiredDocument.id === 'RD-08');
    expect((await rd08(viewer))?.inProgressBy).toEqual([{ kind: 'restricted_document' }]);
    expect((await rd08(owner))?.inProgressBy).toEqual([
      expect.objectContaining({ kind: 'document', id: restricted.id }),
    ]);
  });

  it('hides the document from another organization altogether', async () => {
    const read = await send(stranger, 'GET', `${documents()}/${restricted.id}`);
    expect(read.statusCode).toBe(404);
    expect(errorOf(read).code).toBe('ORG_NOT_FOUND');
    const own = await send(stranger, 'GET', `${documents(strangerOrgId)}/${restricted.id}`);
    expect(errorOf(own).code).toBe('DOCUMENT_NOT_FOUND');
    const listed = await ok<{ items: { id: string }[] }>(stranger, 'GET', documents(strangerOrgId));
    expect(listed.items.map((item) => item.id)).not.toContain(restricted.id);
    const exported = await send(
      stranger,
      'GET',
      `/api/v1/orgs/${orgId}/required-documents/export?format=csv`,
    );
    expect(exported.statusCode).toBe(404);
  });
});
