/** Tenant and role checks of the context, interested-party, objective and document export routes. */
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

export const registerExportsAccess = defineAccessTable({
  title: 'register export routes',
  setup: async (base) => base,
  routes: ['context-issues', 'interested-parties', 'objectives', 'documents'].map((path) => ({
    route: `GET /api/v1/orgs/{orgId}/${path}/export`,
    request: (orgId: string) => ({
      method: 'GET' as const,
      url: `/api/v1/orgs/${orgId}/${path}/export`,
    }),
    lacking: (f: AccessFixture) => ({
      user: f.cbAuditor,
      orgId: f.cbOrg.id,
    }),
    badInput: {
      request: (orgId: string) => ({
        method: 'GET' as const,
        url: `/api/v1/orgs/${orgId}/${path}/export?format=pdf`,
      }),
      field: 'querystring.format',
    },
  })),
});
