/** Tenant and role checks of every document and required-documents route. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  documentId: string;
  versionId: string;
}

const NOT_AN_ID = 'not-an-id';
const BOUNDARY = 'aims-access-test';
const ONE_FILE = [
  `--${BOUNDARY}`,
  'content-disposition: form-data; name="file"; filename="policy.txt"',
  'content-type: text/plain',
  '',
  'Policy',
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

export const documentsAccess = defineAccessTable<Fixture>({
  title: 'document and required-documents routes',
  setup: async (base) => {
    const doc = await base.ctx.services.documents.create(base.admin.actor, base.org.id, {
      title: 'Tenant A policy',
      kind: 'ai_policy',
      bodyMarkdown: 'Text',
    });
    return { ...base, documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/documents', {
      lacking: 'cbAuditor',
      badInput: { query: 'status=published', field: 'querystring.status' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/documents', {
      payload: { title: 'Another document', kind: 'procedure' },
      lacking: 'approver',
      badInput: { payload: { title: 'X', kind: 'memo' }, field: 'body.kind' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/documents/{documentId}', {
      lacking: 'cbAuditor',
      badInput: { params: { documentId: NOT_AN_ID }, field: 'params.documentId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/documents/{documentId}', {
      payload: { reviewIntervalMonths: 24 },
      lacking: 'viewer',
      badInput: { payload: { reviewIntervalMonths: 0 }, field: 'body.reviewIntervalMonths' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/documents/{documentId}/retire', {
      payload: {},
      lacking: 'approver',
      badInput: { payload: { reason: 42 }, field: 'body.reason' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/documents/{documentId}/versions', {
      payload: {},
      lacking: 'viewer',
      badInput: { payload: { status: 'approved' }, field: 'body.status' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}', {
      payload: { changeNote: 'Typos' },
      lacking: 'approver',
      badInput: { payload: { bodyMarkdown: ['not', 'text'] }, field: 'body.bodyMarkdown' },
    }),
    ...(['submit', 'approve'] as const).map((action) =>
      routeCase(`POST /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/${action}`, {
        payload: {},
        lacking: action === 'submit' ? 'approver' : 'contributor',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase('POST /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/return', {
      payload: { comment: 'Please rework' },
      lacking: 'viewer',
      badInput: { payload: {}, field: 'body.comment' },
    }),
    routeCase('PUT /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file', {
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: ONE_FILE,
      lacking: 'viewer',
      badInput: { payload: {}, field: 'body.file' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file', {
      lacking: 'approver',
      badInput: { params: { versionId: NOT_AN_ID }, field: 'params.versionId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file', {
      lacking: 'cbAuditor',
      badInput: {
        params: { documentId: NOT_AN_ID, versionId: NOT_AN_ID },
        field: 'params.documentId',
      },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/documents/reference-suggestion', {
      query: 'kind=ai_policy',
      lacking: 'viewer',
      badInput: { query: 'kind=memo', field: 'querystring.kind' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/required-documents', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: NOT_AN_ID }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/required-documents/export', {
      query: 'format=csv',
      lacking: 'cbAuditor',
      badInput: { query: 'format=pdf', field: 'querystring.format' },
    }),
  ],
});
