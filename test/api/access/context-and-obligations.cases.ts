/** Tenant and role checks of the context-issue, interested-party and obligation routes. */
import type { InjectOptions } from 'fastify';
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture, RouteCase } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  ids: Record<Resource, string>;
}
type Resource = 'context-issues' | 'interested-parties' | 'obligations';

const NEW_ROWS: Record<Resource, object> = {
  'context-issues': { kind: 'internal', title: 'Access-test issue' },
  'interested-parties': { name: 'Access-test party', kind: 'external' },
  obligations: { kind: 'legal', source: 'GDPR', reference: 'Art. 5', requirement: 'Lawfulness' },
};

const CHANGES: Record<Resource, object> = {
  'context-issues': { description: 'changed' },
  'interested-parties': { notes: 'changed' },
  obligations: { notes: 'changed' },
};

/** A body that passes the schema and fails a rule, and the field the rule names. */
const RULE_BREAKS: Record<Resource, { payload: object; field: string }> = {
  'context-issues': { payload: { title: '   ' }, field: 'title' },
  'interested-parties': {
    payload: { requirements: [{ requirement: 'Evidence', isAddressed: true }] },
    field: 'requirements.0.how',
  },
  obligations: {
    payload: { ownerUserId: '01900000-0000-7000-8000-000000000009' },
    field: 'ownerUserId',
  },
};

const PARAM_NAMES: Record<Resource, string> = {
  'context-issues': 'contextIssueId',
  'interested-parties': 'interestedPartyId',
  obligations: 'obligationId',
};

const routesOf = (resource: Resource): RouteCase<Fixture>[] => {
  const base = (orgId: string) => `/api/v1/orgs/${orgId}/${resource}`;
  const one = (orgId: string, f: Fixture) => `${base(orgId)}/${f.ids[resource]}`;
  const request = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): InjectOptions => (payload ? { method, url, payload } : { method, url });
  return [
    {
      route: `GET /api/v1/orgs/{orgId}/${resource}`,
      request: (orgId) => request('GET', base(orgId)),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => request('GET', `${base(orgId)}?page=0`),
        field: 'querystring.page',
      },
    },
    {
      route: `POST /api/v1/orgs/{orgId}/${resource}`,
      request: (orgId) => request('POST', base(orgId), NEW_ROWS[resource]),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => request('POST', base(orgId), { ...NEW_ROWS[resource], colour: 'red' }),
        field: 'body.colour',
      },
    },
    {
      route: `GET /api/v1/orgs/{orgId}/${resource}/{${PARAM_NAMES[resource]}}`,
      request: (orgId, f) => request('GET', one(orgId, f)),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => request('GET', `${base(orgId)}/42`),
        field: `params.${PARAM_NAMES[resource]}`,
      },
    },
    {
      route: `PATCH /api/v1/orgs/{orgId}/${resource}/{${PARAM_NAMES[resource]}}`,
      request: (orgId, f) => request('PATCH', one(orgId, f), CHANGES[resource]),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => request('PATCH', one(orgId, f), RULE_BREAKS[resource].payload),
        field: RULE_BREAKS[resource].field,
      },
    },
    {
      route: `DELETE /api/v1/orgs/{orgId}/${resource}/{${PARAM_NAMES[resource]}}`,
      request: (orgId, f) => request('DELETE', one(orgId, f)),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId) => request('DELETE', `${base(orgId)}/not-an-id`),
        field: `params.${PARAM_NAMES[resource]}`,
      },
    },
  ];
};

export const contextAndObligationsAccess = defineAccessTable<Fixture>({
  title: 'context issue, interested party and obligation routes',
  setup: async (base) => {
    const { admin, org, ctx } = base;
    const [issue, party, obligation] = await Promise.all([
      ctx.services.contextIssues.create(admin.actor, org.id, {
        kind: 'external',
        title: 'Tenant A issue',
      }),
      ctx.services.interestedParties.create(admin.actor, org.id, {
        name: 'Tenant A party',
        kind: 'internal',
      }),
      ctx.services.obligations.create(admin.actor, org.id, {
        kind: 'regulatory',
        source: 'EU AI Act',
        reference: 'Art. 9',
        requirement: 'Risk management',
      }),
    ]);
    return {
      ...base,
      ids: {
        'context-issues': issue.id,
        'interested-parties': party.id,
        obligations: obligation.id,
      },
    };
  },
  routes: [
    ...routesOf('context-issues'),
    ...routesOf('interested-parties'),
    ...routesOf('obligations'),
  ],
});
