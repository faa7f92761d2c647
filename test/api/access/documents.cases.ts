/** Tenant and role checks of every document and required-documents route. */
import { defineAccessTable } from '../../harness/access.js';
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
    {
      route: 'GET /api/v1/orgs/{orgId}/documents',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/documents` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/documents?status=published`,
        }),
        field: 'querystring.status',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/documents',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/documents`,
        payload: { title: 'Another document', kind: 'procedure' },
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/documents`,
          payload: { title: 'X', kind: 'memo' },
        }),
        field: 'body.kind',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/documents/{documentId}',
      request: (orgId, f) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/documents/${NOT_AN_ID}`,
        }),
        field: 'params.documentId',
      },
    },
    {
      route: 'PATCH /api/v1/orgs/{orgId}/documents/{documentId}',
      request: (orgId, f) => ({
        method: 'PATCH',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}`,
        payload: { reviewIntervalMonths: 24 },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PATCH',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}`,
          payload: { reviewIntervalMonths: 0 },
        }),
        field: 'body.reviewIntervalMonths',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/documents/{documentId}/retire',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/retire`,
        payload: {},
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/retire`,
          payload: { reason: 42 },
        }),
        field: 'body.reason',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/documents/{documentId}/versions',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions`,
        payload: {},
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions`,
          payload: { status: 'approved' },
        }),
        field: 'body.status',
      },
    },
    {
      route: 'PATCH /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}',
      request: (orgId, f) => ({
        method: 'PATCH',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}`,
        payload: { changeNote: 'Typos' },
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PATCH',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}`,
          payload: { bodyMarkdown: ['not', 'text'] },
        }),
        field: 'body.bodyMarkdown',
      },
    },
    ...(['submit', 'approve'] as const).map((action) => ({
      route: `POST /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/${action}`,
      request: (orgId: string, f: Fixture) => ({
        method: 'POST' as const,
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/${action}`,
        payload: {},
      }),
      lacking: (f: Fixture) => ({
        user: action === 'submit' ? f.approver : f.contributor,
        orgId: f.org.id,
      }),
      badInput: {
        request: (orgId: string, f: Fixture) => ({
          method: 'POST' as const,
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/${action}`,
          payload: { force: true },
        }),
        field: 'body.force',
      },
    })),
    {
      route: 'POST /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/return',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/return`,
        payload: { comment: 'Please rework' },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/return`,
          payload: {},
        }),
        field: 'body.comment',
      },
    },
    {
      route: 'PUT /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file',
      request: (orgId, f) => ({
        method: 'PUT',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/file`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: ONE_FILE,
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PUT',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/file`,
          payload: {},
        }),
        field: 'body.file',
      },
    },
    {
      route: 'DELETE /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file',
      request: (orgId, f) => ({
        method: 'DELETE',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/file`,
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'DELETE',
          url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${NOT_AN_ID}/file`,
        }),
        field: 'params.versionId',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file',
      request: (orgId, f) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/documents/${f.documentId}/versions/${f.versionId}/file`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/documents/${NOT_AN_ID}/versions/${NOT_AN_ID}/file`,
        }),
        field: 'params.documentId',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/required-documents',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/required-documents` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: () => ({ method: 'GET', url: `/api/v1/orgs/${NOT_AN_ID}/required-documents` }),
        field: 'params.orgId',
      },
    },
  ],
});
