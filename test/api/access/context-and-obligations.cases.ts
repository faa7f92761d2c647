/** Tenant and role checks of the context-issue, interested-party and obligation routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture, RouteCase } from '../../harness/access.js';

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

const PARAM_NAMES = {
  'context-issues': 'contextIssueId',
  'interested-parties': 'interestedPartyId',
  obligations: 'obligationId',
} as const satisfies Record<Resource, string>;

type Fixture = AccessFixture & Record<(typeof PARAM_NAMES)[Resource], string>;

const routesOf = (resource: Resource): RouteCase<AccessFixture>[] => {
  const one = `/api/v1/orgs/{orgId}/${resource}/{${PARAM_NAMES[resource]}}`;
  const badId = (id: string) => ({
    params: { [PARAM_NAMES[resource]]: id },
    field: `params.${PARAM_NAMES[resource]}`,
  });
  return [
    routeCase(`GET /api/v1/orgs/{orgId}/${resource}`, {
      lacking: 'cbAuditor',
      badInput: { query: 'page=0', field: 'querystring.page' },
    }),
    routeCase(`POST /api/v1/orgs/{orgId}/${resource}`, {
      payload: NEW_ROWS[resource],
      lacking: 'viewer',
      badInput: { payload: { ...NEW_ROWS[resource], colour: 'red' }, field: 'body.colour' },
    }),
    routeCase(`GET ${one}`, { lacking: 'cbAuditor', badInput: badId('42') }),
    routeCase(`PATCH ${one}`, {
      payload: CHANGES[resource],
      lacking: 'viewer',
      badInput: RULE_BREAKS[resource],
    }),
    routeCase(`DELETE ${one}`, { lacking: 'approver', badInput: badId('not-an-id') }),
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
      contextIssueId: issue.id,
      interestedPartyId: party.id,
      obligationId: obligation.id,
    };
  },
  routes: [
    ...routesOf('context-issues'),
    ...routesOf('interested-parties'),
    ...routesOf('obligations'),
  ],
});
