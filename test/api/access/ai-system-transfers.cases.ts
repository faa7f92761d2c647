/** Tenant and role checks of the AI system import and export routes. */
import { defineAccessTable } from '../../harness/access.js';
import { multipartFile } from '../../harness/upload.js';

const GOOD_CSV = [
  'Name,Purpose,Life-cycle stage,In AIMS scope',
  'Claims triage,Ranks claims,deployment,yes',
].join('\n');

export const aiSystemTransfersAccess = defineAccessTable({
  title: 'AI system import and export routes',
  setup: async (base) => base,
  routes: [
    {
      route: 'POST /api/v1/orgs/{orgId}/ai-systems/import',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/ai-systems/import?dryRun=true`,
        ...multipartFile('systems.csv', GOOD_CSV),
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/ai-systems/import?dryRun=perhaps`,
          ...multipartFile('systems.csv', GOOD_CSV),
        }),
        field: 'querystring.dryRun',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/ai-systems/export',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/ai-systems/export` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/ai-systems/export?format=pdf`,
        }),
        field: 'querystring.format',
      },
    },
  ],
});
