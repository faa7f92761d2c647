/** Tenant and role checks of every evidence route. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  evidenceId: string;
  versionId: string;
}

const NOT_AN_ID = 'not-an-id';
const BOUNDARY = 'aims-evidence-access';
const upload = (metadata: object) =>
  [
    `--${BOUNDARY}`,
    'content-disposition: form-data; name="metadata"',
    '',
    JSON.stringify(metadata),
    `--${BOUNDARY}`,
    'content-disposition: form-data; name="file"; filename="evidence.txt"',
    'content-type: text/plain',
    '',
    'Evidence of a control',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

export const evidenceAccess = defineAccessTable<Fixture>({
  title: 'evidence routes',
  setup: async (base) => {
    const file = await base.ctx.services.evidence.createLink(base.admin.actor, base.org.id, {
      title: 'Tenant A evidence',
      kind: 'link',
      version: { url: 'https://example.test/evidence', evidenceDate: '2026-11-01' },
    });
    return { ...base, evidenceId: file.id, versionId: file.current.id };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/evidence', {
      lacking: 'cbAuditor',
      badInput: { query: 'freshness=stale', field: 'querystring.freshness' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/evidence', {
      payload: {
        title: 'A link',
        version: { url: 'https://example.test/a', evidenceDate: '2026-11-01' },
      },
      lacking: 'viewer',
      badInput: { payload: { title: 'A link', version: {} }, field: 'body.version.url' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/evidence/files', {
      headers: MULTIPART,
      payload: upload({ title: 'A file', version: { evidenceDate: '2026-11-01' } }),
      lacking: 'approver',
      badInput: { payload: {}, field: 'body.file' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/export', {
      query: 'format=csv',
      lacking: 'cbAuditor',
      badInput: { query: 'format=pdf', field: 'querystring.format' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/by-control', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: NOT_AN_ID }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/{evidenceId}', {
      lacking: 'cbAuditor',
      badInput: { params: { evidenceId: NOT_AN_ID }, field: 'params.evidenceId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/evidence/{evidenceId}', {
      payload: { description: 'Kept on the wiki' },
      lacking: 'viewer',
      badInput: { payload: { kind: 'file' }, field: 'body.kind' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/{evidenceId}/versions', {
      lacking: 'cbAuditor',
      badInput: { params: { evidenceId: NOT_AN_ID }, field: 'params.evidenceId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/evidence/{evidenceId}/versions', {
      payload: { url: 'https://example.test/b', evidenceDate: '2026-11-02' },
      lacking: 'approver',
      badInput: { payload: { url: 42, evidenceDate: '2026-11-02' }, field: 'body.url' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/evidence/{evidenceId}/versions/file', {
      headers: MULTIPART,
      payload: upload({ evidenceDate: '2026-11-02' }),
      lacking: 'viewer',
      badInput: { payload: {}, field: 'body.file' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/{evidenceId}/versions/{versionId}/file', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: NOT_AN_ID }, field: 'params.versionId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/evidence/{evidenceId}/links', {
      lacking: 'cbAuditor',
      badInput: { params: { evidenceId: NOT_AN_ID }, field: 'params.evidenceId' },
    }),
  ],
});
