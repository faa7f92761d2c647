import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface Version {
  id: string;
  version: number;
  status: string;
  bodyMarkdown: string;
  changeNote: string;
  authorUserId: string | null;
  approvedByUserId: string | null;
  approvedAt: string | null;
  supersededAt: string | null;
  lastReturnComment: string | null;
  availableActions: string[];
}

interface Detail {
  id: string;
  title: string;
  kind: string;
  status: string;
  ownerUserId: string | null;
  reviewIntervalMonths: number;
  fulfils: string[];
  isRetired: boolean;
  currentVersion: { id: string; version: number; approvedAt: string; approvedByUserId: string };
  openVersion: { id: string; version: number; status: string } | null;
  nextReviewDate: string | null;
  isReviewOverdue: boolean;
  availableActions: string[];
  versions: Version[];
}

const DAY = 24 * 60 * 60;

describe('documents API: register and approval workflow', () => {
  const api = orgApiForSuite(
    { name: 'Document Co' },
    {
      manager: ['admin', 'aims_manager'],
      approver: ['approver'],
      writingApprover: ['contributor', 'approver'],
      viewer: ['viewer'],
    },
  );

  const documents = () => `/api/v1/orgs/${api.orgId}/documents`;
  const send = (user: ApiUser, method: HTTPMethods, url: string, payload?: object) =>
    call(api.ctx, user, {
      method,
      url,
      ...(payload === undefined ? {} : { payload }),
    });
  const detailOf = (response: LightMyRequestResponse, status = 200): Detail => {
    expect(response.statusCode, response.body).toBe(status);
    return response.json<Detail>();
  };
  const create = async (user: ApiUser, payload: object) =>
    detailOf(await send(user, 'POST', documents(), payload), 201);
  const step = (user: ApiUser, doc: Detail, version: { id: string }, action: string, body = {}) =>
    send(user, 'POST', `${documents()}/${doc.id}/versions/${version.id}/${action}`, body);
  const open = (doc: Detail): Version => {
    const found = doc.versions.find((version) => version.id === doc.openVersion?.id);
    if (!found) throw new Error('no open version');
    return found;
  };
  const history = async (entityId: string) => {
    const response = await send(
      api.manager,
      'GET',
      `/api/v1/orgs/${api.orgId}/audit-log?entityId=${entityId}`,
    );
    return response.json<{ items: { action: string; after: Record<string, unknown> }[] }>().items;
  };

  it('registers a document with its first draft, owned by the caller, reviewed yearly', async () => {
    const doc = await create(api.manager, {
      title: '  AI policy  ',
      kind: 'ai_policy',
      bodyMarkdown: '# AI policy\n\nWe use AI responsibly.',
    });
    expect(doc).toMatchObject({
      title: 'AI policy',
      kind: 'ai_policy',
      status: 'draft',
      ownerUserId: api.manager.id,
      reviewIntervalMonths: 12,
      fulfils: [],
      isRetired: false,
      currentVersion: null,
      openVersion: { version: 1, status: 'draft' },
      nextReviewDate: null,
      isReviewOverdue: false,
      availableActions: ['edit', 'retire', 'edit_draft', 'submit'],
    });
    expect(doc.versions).toEqual([
      expect.objectContaining({
        version: 1,
        status: 'draft',
        authorUserId: api.manager.id,
        availableActions: ['edit', 'submit'],
      }),
    ]);
    expect((await history(doc.id)).map((entry) => entry.action)).toEqual(['document.created']);
  });

  it.each([
    ['an unknown kind', { kind: 'memo' }, 'body.kind'],
    ['a review every 61 months', { reviewIntervalMonths: 61 }, 'body.reviewIntervalMonths'],
    ['an unknown required document', { fulfils: ['RD-21'] }, 'body.fulfils.0'],
    ['a text over 200 000 characters', { bodyMarkdown: 'x'.repeat(200_001) }, 'body.bodyMarkdown'],
  ])('refuses %s at the schema, naming %s', async (_label, change, field) => {
    const response = await send(api.manager, 'POST', documents(), {
      title: 'X',
      kind: 'plan',
      ...change,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toContain(field);
  });

  it('refuses a blank title and an owner from outside, and a title taken in any letter case', async () => {
    const stranger = '01900000-0000-7000-8000-000000000000';
    const invalid = await send(api.manager, 'POST', documents(), {
      title: ' ',
      kind: 'plan',
      ownerUserId: stranger,
    });
    expect(errorOf(invalid)).toMatchObject({ code: 'DOCUMENT_INVALID' });
    expect(errorOf(invalid).details.issues?.map((issue) => issue.field)).toEqual([
      'title',
      'ownerUserId',
    ]);
    const taken = await send(api.manager, 'POST', documents(), {
      title: 'ai POLICY',
      kind: 'plan',
    });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({
      code: 'DOCUMENT_TITLE_TAKEN',
      details: { field: 'title' },
    });
  });

  it('runs a version through review: incomplete, submitted, returned with a comment, approved by another person', async () => {
    let doc = await create(api.manager, { title: 'Risk method', kind: 'methodology' });
    const empty = await step(api.manager, doc, open(doc), 'submit');
    expect(errorOf(empty)).toMatchObject({ code: 'DOCUMENT_VERSION_INCOMPLETE' });

    doc = detailOf(
      await send(api.manager, 'PATCH', `${documents()}/${doc.id}/versions/${open(doc).id}`, {
        bodyMarkdown: 'Likelihood × impact on a 5 × 5 matrix.',
      }),
    );
    doc = detailOf(await step(api.manager, doc, open(doc), 'submit'));
    expect(doc).toMatchObject({
      status: 'in_review',
      availableActions: ['edit', 'retire', 'return'],
    });

    const locked = await send(
      api.manager,
      'PATCH',
      `${documents()}/${doc.id}/versions/${open(doc).id}`,
      {
        bodyMarkdown: 'Sneaky change',
      },
    );
    expect(errorOf(locked).code).toBe('APPROVAL_NOT_DRAFT');
    const forManager = await step(api.manager, doc, open(doc), 'approve');
    expect(errorOf(forManager)).toMatchObject({ code: 'PERMISSION_DENIED' });

    const asApprover = detailOf(await send(api.approver, 'GET', `${documents()}/${doc.id}`));
    expect(asApprover.availableActions).toEqual(['approve', 'return']);
    const blank = await step(api.approver, doc, open(doc), 'return', { comment: '   ' });
    expect(errorOf(blank).code).toBe('APPROVAL_COMMENT_REQUIRED');
    doc = detailOf(
      await step(api.approver, doc, open(doc), 'return', { comment: 'Define the scales.' }),
    );
    expect(open(doc)).toMatchObject({ status: 'draft', lastReturnComment: 'Define the scales.' });

    doc = detailOf(await step(api.manager, doc, open(doc), 'submit'));
    api.ctx.clock.advanceSeconds(DAY);
    const version = open(doc);
    doc = detailOf(await step(api.approver, doc, version, 'approve', { comment: 'Fine.' }));
    expect(doc).toMatchObject({
      status: 'approved',
      currentVersion: {
        version: 1,
        approvedAt: '2026-12-02T09:00:00.000Z',
        approvedByUserId: api.approver.id,
      },
      openVersion: null,
      nextReviewDate: '2027-12-02',
      isReviewOverdue: false,
      availableActions: [],
    });
    const asManager = detailOf(await send(api.manager, 'GET', `${documents()}/${doc.id}`));
    expect(asManager.availableActions).toEqual(['edit', 'new_version', 'retire']);
    expect((await history(version.id)).map((entry) => entry.action)).toEqual([
      'document_version.approved',
      'document_version.submitted',
      'document_version.returned',
      'document_version.submitted',
      'document_version.updated',
    ]);
    const again = await step(api.approver, doc, version, 'approve');
    expect(errorOf(again)).toMatchObject({ code: 'APPROVAL_INVALID_TRANSITION' });
  });

  it('keeps the author of a version from approving it, even holding the approver role', async () => {
    const doc = await create(api.writingApprover, {
      title: 'Impact assessment procedure',
      kind: 'procedure',
      bodyMarkdown: 'Steps',
    });
    const submitted = detailOf(await step(api.writingApprover, doc, open(doc), 'submit'));
    expect(submitted.availableActions).toEqual(['edit', 'retire', 'return']);
    const own = await step(api.writingApprover, submitted, open(submitted), 'approve');
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).code).toBe('APPROVAL_BY_EDITOR');
    expect(detailOf(await step(api.approver, submitted, open(submitted), 'approve')).status).toBe(
      'approved',
    );
  });

  it('starts a revision from the approved text, allows one open version, and supersedes on approval', async () => {
    let doc = await create(api.manager, {
      title: 'Training plan',
      kind: 'plan',
      bodyMarkdown: 'v1 text',
    });
    doc = detailOf(await step(api.manager, doc, open(doc), 'submit'));
    doc = detailOf(await step(api.approver, doc, open(doc), 'approve'));
    const v1 = doc.currentVersion.id;

    const url = `${documents()}/${doc.id}/versions`;
    doc = detailOf(await send(api.manager, 'POST', url, {}), 201);
    expect(open(doc)).toMatchObject({ version: 2, status: 'draft', bodyMarkdown: 'v1 text' });
    expect(doc).toMatchObject({ status: 'approved', currentVersion: { version: 1 } });
    const second = await send(api.manager, 'POST', url, {});
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('DOCUMENT_VERSION_OPEN');

    const noNote = await step(api.manager, doc, open(doc), 'submit');
    expect(errorOf(noNote).details.issues?.map((issue) => issue.field)).toEqual(['changeNote']);
    await send(api.manager, 'PATCH', `${url}/${open(doc).id}`, {
      changeNote: 'Adds the 2027 courses',
    });
    doc = detailOf(await step(api.manager, doc, open(doc), 'submit'));
    api.ctx.clock.advanceSeconds(10 * DAY);
    doc = detailOf(await step(api.approver, doc, open(doc), 'approve'));

    expect(doc.currentVersion.version).toBe(2);
    expect(doc.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(doc.versions[1]?.supersededAt).toBe(doc.currentVersion.approvedAt);
    expect((await history(v1)).map((entry) => entry.action)[0]).toBe('document_version.superseded');
  });

  it('dates the next review from the approval and flags it overdue the day after', async () => {
    let doc = await create(api.manager, {
      title: 'Supplier checklist',
      kind: 'plan',
      reviewIntervalMonths: 1,
      bodyMarkdown: 'Checklist',
    });
    doc = detailOf(await step(api.manager, doc, open(doc), 'submit'));
    doc = detailOf(await step(api.approver, doc, open(doc), 'approve'));
    const reviewDate = doc.nextReviewDate ?? '';
    const approvedOn = doc.currentVersion.approvedAt.slice(0, 10);
    expect(reviewDate > approvedOn).toBe(true);

    const overdue = async () => {
      const response = await send(
        api.manager,
        'GET',
        `${documents()}?isReviewOverdue=true&pageSize=200`,
      );
      return response.json<{ items: { id: string }[] }>().items.map((item) => item.id);
    };
    expect(await overdue()).not.toContain(doc.id);
    const days = (Date.parse(reviewDate) - Date.parse(approvedOn)) / 1000 / DAY;
    api.ctx.clock.advanceSeconds(days * DAY);
    expect(
      detailOf(await send(api.manager, 'GET', `${documents()}/${doc.id}`)).isReviewOverdue,
    ).toBe(false);
    api.ctx.clock.advanceSeconds(DAY);
    expect(detailOf(await send(api.viewer, 'GET', `${documents()}/${doc.id}`))).toMatchObject({
      isReviewOverdue: true,
      availableActions: [],
    });
    expect(await overdue()).toContain(doc.id);
  });

  it('retires a document: no more changes or versions, only its retention and readers', async () => {
    const doc = await create(api.manager, { title: 'Old procedure', kind: 'procedure' });
    const retired = detailOf(
      await send(api.manager, 'POST', `${documents()}/${doc.id}/retire`, { reason: 'Replaced' }),
    );
    expect(retired).toMatchObject({
      status: 'retired',
      isRetired: true,
      availableActions: ['edit_control'],
    });
    expect(retired.versions[0]?.availableActions).toEqual([]);
    for (const [method, url, payload] of [
      ['POST', `${documents()}/${doc.id}/versions`, {}],
      ['PATCH', `${documents()}/${doc.id}`, { title: 'Renamed' }],
      ['POST', `${documents()}/${doc.id}/versions/${open(doc).id}/submit`, {}],
      ['POST', `${documents()}/${doc.id}/retire`, {}],
    ] as const) {
      const response = await send(api.manager, method, url, payload);
      expect(response.statusCode).toBe(409);
      expect(errorOf(response).code).toBe('DOCUMENT_RETIRED');
    }
  });

  it('changes the details of a document and checks them like a new one', async () => {
    const doc = await create(api.manager, { title: 'Objectives plan', kind: 'plan' });
    const changed = detailOf(
      await send(api.manager, 'PATCH', `${documents()}/${doc.id}`, {
        reviewIntervalMonths: 6,
        fulfils: ['RD-10', 'RD-04'],
        ownerUserId: api.approver.id,
      }),
    );
    expect(changed).toMatchObject({
      reviewIntervalMonths: 6,
      fulfils: ['RD-04', 'RD-10'],
      ownerUserId: api.approver.id,
    });
    const clash = await send(api.manager, 'PATCH', `${documents()}/${doc.id}`, {
      title: 'Training PLAN',
    });
    expect(errorOf(clash).code).toBe('DOCUMENT_TITLE_TAKEN');
    const missing = await send(
      api.manager,
      'GET',
      `${documents()}/01900000-0000-7000-8000-000000000000`,
    );
    expect(errorOf(missing).code).toBe('DOCUMENT_NOT_FOUND');
  });

  it('lists with filters on kind, status, search and approval, sorted and paged', async () => {
    const list = async (query: string) => {
      const response = await send(api.viewer, 'GET', `${documents()}?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json<{ items: Detail[]; total: number }>();
    };
    const all = await list('pageSize=200');
    expect(all.total).toBeGreaterThanOrEqual(7);
    expect(all.items.map((item) => item.title)).toEqual(
      [...all.items.map((item) => item.title)].sort((a, b) =>
        a.toLowerCase().localeCompare(b.toLowerCase()),
      ),
    );
    expect(all.items[0]).not.toHaveProperty('versions');

    const policies = await list('kind=ai_policy');
    expect(policies.items.map((item) => item.title)).toEqual(['AI policy']);
    const retired = await list('status=retired');
    expect(retired.items.map((item) => item.title)).toEqual(['Old procedure']);
    expect((await list('search=PLAN')).items.map((item) => item.title)).toEqual([
      'Objectives plan',
      'Training plan',
    ]);
    expect((await list('fulfils=RD-03')).items.map((item) => item.title)).toEqual(['AI policy']);

    const first = await list('pageSize=3&sort=updatedAt&direction=desc');
    const second = await list('pageSize=3&page=2&sort=updatedAt&direction=desc');
    expect(first.items).toHaveLength(3);
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);

    const doc = await create(api.manager, { title: 'Waiting', kind: 'plan', bodyMarkdown: 'x' });
    await step(api.manager, doc, open(doc), 'submit');
    const waiting = await list('isAwaitingApproval=true');
    expect(waiting.items.map((item) => item.title)).toEqual(['Waiting']);
  });
});
