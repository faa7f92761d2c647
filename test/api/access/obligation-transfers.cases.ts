/** Tenant and role checks of the obligation import and export routes. */
import { defineAccessTable } from '../../harness/access.js';
import { multipartFile } from '../../harness/upload.js';

const GOOD = [
  'Kind,Source,Reference,Requirement',
  'Regulatory,EU AI Act,Art. 9,Risk management system',
].join('\n');

export const obligationTransfersAccess = defineAccessTable({
  title: 'obligation import and export routes',
  setup: async (base) => base,
  routes: [
    {
      route: 'POST /api/v1/orgs/{orgId}/obligations/import',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/obligations/import?dryRun=true`,
        ...multipartFile('o.csv', GOOD),
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/obligations/import?dry=1`,
          ...multipartFile('o.csv', GOOD),
        }),
        field: 'querystring.dry',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/obligations/export',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/obligations/export` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/obligations/export?format=ods`,
        }),
        field: 'querystring.format',
      },
    },
  ],
});
