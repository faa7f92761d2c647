/**
 * Random bodies against every document write route, with ids of real
 * documents in each state (draft, in review, approved, retired), so the
 * services and the workflow are reached, not only the schemas: whatever
 * arrives, the answer is never a 500.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface Operation {
  requestBody?: {
    content?: { 'application/json'?: { schema?: { properties?: Record<string, unknown> } } };
  };
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

const valueArbitrary = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom(
    '',
    ' ',
    'ai_policy',
    'procedure',
    'RD-03',
    ['RD-01', 'RD-10'],
    ['RD-99'],
    'UG9saWN5',
    '=',
    'application/pdf',
    '../../x.pdf',
    'a'.repeat(300),
  ),
);

const bodyArbitrary = (fields: string[]) =>
  fc.oneof(
    fc.jsonValue(),
    fields.length > 0
      ? fc.record(Object.fromEntries(fields.map((field) => [field, valueArbitrary])), {
          requiredKeys: [],
        })
      : fc.constant({}),
  );

describe('document write routes under random input, on real documents', () => {
  const api = orgApiForSuite({}, { writer: ['admin', 'aims_manager'], approver: ['approver'] });
  let targets: { documentId: string; versionId: string }[];
  let routes: { method: string; path: string; fields: string[] }[];

  beforeAll(async () => {
    const { documents, documentVersions } = api.ctx.services;
    const make = async (title: string, steps: ('submit' | 'approve' | 'retire')[]) => {
      const doc = await documents.create(api.writer.actor, api.orgId, {
        title,
        kind: 'plan',
        bodyMarkdown: 'Text',
      });
      const ids = { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
      for (const step of steps) {
        if (step === 'submit') await documentVersions.submit(api.writer.actor, api.orgId, ids);
        if (step === 'approve') await documentVersions.approve(api.approver.actor, api.orgId, ids);
        if (step === 'retire') await documents.retire(api.writer.actor, api.orgId, ids.documentId);
      }
      return ids;
    };
    targets = [
      await make('Draft', []),
      await make('In review', ['submit']),
      await make('Approved', ['submit', 'approve']),
      await make('Retired', ['submit', 'approve', 'retire']),
    ];
    const openapi = (await api.ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    routes = Object.entries(openapi.paths)
      .filter(([path]) => path.includes('/documents'))
      .flatMap(([path, operations]) =>
        WRITE_METHODS.filter((method) => operations[method]).map((method) => ({
          method: method.toUpperCase(),
          path,
          fields: Object.keys(
            operations[method]?.requestBody?.content?.['application/json']?.schema?.properties ??
              {},
          ),
        })),
      );
  });

  it('finds every document write route', () => {
    expect(routes).toHaveLength(10);
  });

  it('never answers 500 to a writer or an approver', async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          bodyArbitrary(route.fields),
          fc.constantFrom(...targets),
          fc.constantFrom(api.writer, api.approver),
          async (body, target, user) => {
            const url = route.path
              .replace('{orgId}', api.orgId)
              .replace('{documentId}', target.documentId)
              .replace('{versionId}', target.versionId);
            const response = await call(api.ctx, user, {
              method: route.method,
              url,
              headers: { 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            });
            expect(response.statusCode, `${route.method} ${url} ${response.body}`).toBeLessThan(
              500,
            );
          },
        ),
        { numRuns: 100 },
      );
    }
  }, 120_000);
});
