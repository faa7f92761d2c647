/**
 * Random bodies against every write route of the OpenAPI document: whatever
 * arrives, the answer is never a 500. Bodies mix arbitrary JSON with objects
 * built from the route's own field names, so validation is passed often
 * enough to reach the services.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';

interface Operation {
  requestBody?: {
    content?: { 'application/json'?: { schema?: { properties?: Record<string, unknown> } } };
  };
}
type Paths = Record<string, Record<string, Operation>>;

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

const valueArbitrary = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    'inception',
    'auditee',
    'admin',
    'viewer',
    'a'.repeat(300),
    'x@example.test',
    'nul\u0000inside',
  ),
  fc.boolean(),
);

const bodyArbitrary = (fields: string[]) =>
  fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.string(), fc.jsonValue()),
    fields.length > 0
      ? fc.record(Object.fromEntries(fields.map((field) => [field, valueArbitrary])), {
          requiredKeys: [],
        })
      : fc.constant({}),
  );

/** Bodies as sent: JSON of the values above, very deep nesting, and prototype keys. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const payloadArbitrary = (fields: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: bodyArbitrary(fields).map((body) => JSON.stringify(body)) },
    fc
      .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('{"a":', '['))
      .map(([depth, open]) => {
        const close = open === '[' ? ']' : '}';
        return `${open.repeat(depth)}${open === '[' ? '' : '1'}${close.repeat(depth)}`;
      }),
    fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue(), bodyArbitrary(fields))
      .map(([key, value, body]) => {
        const rest = JSON.stringify(body);
        const inner = rest.startsWith('{') && rest !== '{}' ? `,${rest.slice(1)}` : '}';
        return `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}${inner}`;
      }),
  );

describe('write routes under random input', () => {
  let ctx: ApiTestContext;
  let user: ApiUser;
  let ids: Record<string, string>;
  let writeRoutes: { method: (typeof WRITE_METHODS)[number]; path: string; fields: string[] }[];

  beforeAll(async () => {
    const setup = await createOrgApi({}, { user: ['admin', 'aims_manager'] });
    ({ ctx, user } = setup);
    const { org } = setup;
    const system = await ctx.services.aiSystems.create(user.actor, org.id, {
      name: 'Fuzzed',
      purpose: 'p',
      lifecycleStage: 'inception',
      isInScope: true,
    });
    const criteria = await ctx.services.riskCriteria.createDraft(user.actor, org.id);
    const plan = await ctx.services.treatmentPlans.createDraft(user.actor, org.id);
    const soaDraft = await ctx.services.soa.createDraft(user.actor, org.id);
    const members = await ctx.services.organizations.listMembers(user.actor, org.id);
    const { summary } = await ctx.services.auth.createApiToken(user.actor, 'fuzz');
    const assessment = await ctx.services.impactAssessments.createDraft(
      user.actor,
      org.id,
      system.id,
    );
    ids = {
      orgId: org.id,
      aiSystemId: system.id,
      membershipId: members[0]?.id ?? '',
      tokenId: summary.id,
      versionId: assessment.id,
      criteriaVersionId: criteria.id,
      planVersionId: plan.id,
      version: String(soaDraft.version),
      controlId: 'A.2.2',
    };

    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Paths;
    }>();
    writeRoutes = Object.entries(document.paths).flatMap(([path, operations]) =>
      WRITE_METHODS.filter((method) => operations[method]).map((method) => ({
        method,
        path,
        fields: Object.keys(
          operations[method]?.requestBody?.content?.['application/json']?.schema?.properties ?? {},
        ),
      })),
    );
  });
  afterAll(async () => ctx.close());

  it('finds the write routes in the OpenAPI document', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(8);
    const aiSystems = writeRoutes.find((route) => route.path === '/api/v1/orgs/{orgId}/ai-systems');
    expect(aiSystems?.fields).toEqual(
      expect.arrayContaining(['name', 'purpose', 'lifecycleStage', 'isInScope', 'aiRoles']),
    );
  });

  it('never answers 500, whatever the body and path parameters', async () => {
    for (const route of writeRoutes) {
      const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      await fc.assert(
        fc.asyncProperty(
          payloadArbitrary(route.fields),
          fc.array(fc.oneof(fc.constant('known'), fc.uuid(), fc.string({ minLength: 1 })), {
            minLength: paramNames.length,
            maxLength: paramNames.length,
          }),
          async (payload, paramChoices) => {
            const url = paramNames.reduce((path, name, index) => {
              const choice = paramChoices[index] ?? 'known';
              // A {versionId} under risk-criteria is the criteria draft's, under
              // risk-treatment-plans the plan draft's; elsewhere the assessment's.
              const key =
                name !== 'versionId'
                  ? name
                  : route.path.includes('/risk-criteria/')
                    ? 'criteriaVersionId'
                    : route.path.includes('/risk-treatment-plans/')
                      ? 'planVersionId'
                      : name;
              const value = choice === 'known' || name === 'orgId' ? (ids[key] ?? '') : choice;
              return path.replace(`{${name}}`, encodeURIComponent(value));
            }, route.path);
            const response = await call(ctx, user, {
              method: route.method.toUpperCase(),
              url,
              headers: { 'content-type': 'application/json' },
              payload,
            });
            expect(
              response.statusCode,
              `${route.method} ${url} ${payload.slice(0, 200)}`,
            ).toBeLessThan(500);
          },
        ),
        { numRuns: 40 },
      );
    }
  }, 120_000);
});
