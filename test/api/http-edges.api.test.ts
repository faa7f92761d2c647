/** Health, catalog, the OpenAPI document, and how malformed requests are answered. */
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../src/http/app.js';
import { latestSchemaVersion } from '../../src/storage/migrate.js';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { responses?: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }
    >
  >;
}

describe('HTTP edges', () => {
  const api = orgApiForSuite({ name: 'Org auditee' }, { user: ['aims_manager'] });
  const createSystem = (options: Pick<InjectOptions, 'payload' | 'headers'>) =>
    call(api.ctx, api.user, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
      ...options,
    });

  it('reports health with the database kind and the migration version', async () => {
    const response = await api.ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: api.ctx.db.database.kind,
      schemaVersion: latestSchemaVersion(),
      latestSchemaVersion: latestSchemaVersion(),
    });
  });

  it('serves the catalog without sign-in: 32 leaf clauses and 38 controls', async () => {
    const response = await api.ctx.app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(response.statusCode).toBe(200);
    const catalog = response.json<{
      clauses: { isLeaf: boolean }[];
      annexA: { controls: { id: string }[] };
    }>();
    expect(catalog.clauses.filter((clause) => clause.isLeaf)).toHaveLength(32);
    expect(catalog.annexA.controls).toHaveLength(38);
    expect(catalog.annexA.controls.map((control) => control.id)).toContain('A.6.2.8');
  });

  it('publishes an OpenAPI 3.1 document in which every API route declares its responses', async () => {
    const response = await api.ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<OpenApiDocument>();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { path, method, operation } of operations) {
      expect(Object.keys(operation.responses ?? {}), `${method} ${path}`).not.toHaveLength(0);
      // Workflow actions (approve, submit, resend, second-factor setup …) and multipart uploads carry no JSON body.
      const isAction =
        /\/(logout|approve|submit|return|retire|resend|revoke|import|files?|setup|close|request-acceptance|risk)$/.test(
          path,
        );
      if (method === 'post' && !isAction) {
        expect(operation.requestBody, `${method} ${path}`).toBeDefined();
      }
    }
    const docs = await api.ctx.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });

  it.each([
    ['malformed JSON', 400, 'REQUEST_MALFORMED_JSON', 'application/json', '{"name": '],
    ['a body that is not JSON', 415, 'REQUEST_UNSUPPORTED_MEDIA_TYPE', 'text/plain', 'name=x'],
  ])('answers %s with %i %s', async (_body, status, code, contentType, payload) => {
    const response = await createSystem({ headers: { 'content-type': contentType }, payload });
    expect(response.statusCode).toBe(status);
    expect(errorOf(response).code).toBe(code);
  });

  it('answers a body over the limit with 413 and writes nothing', async () => {
    const response = await createSystem({
      payload: {
        name: 'Big',
        purpose: 'x'.repeat(BODY_LIMIT_BYTES),
        lifecycleStage: 'inception',
        isInScope: true,
      },
    });
    expect(response.statusCode).toBe(413);
    expect(errorOf(response).code).toBe('REQUEST_BODY_TOO_LARGE');
    const count = await api.ctx.db.database.db
      .selectFrom('ai_system')
      .select('id')
      .where('name', '=', 'Big')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('answers wrong types and unknown fields with 400 naming each field', async () => {
    const response = await createSystem({
      payload: {
        name: 42,
        purpose: 'p',
        lifecycleStage: 'inception',
        isInScope: 'yes',
        owner: 'me',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(
      errorOf(response)
        .details.issues?.map((issue) => issue.field)
        .sort(),
    ).toEqual(['body.isInScope', 'body.name', 'body.owner']);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await api.ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('ROUTE_NOT_FOUND');
  });

  it('sets protective headers on every response', async () => {
    const response = await api.ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});
