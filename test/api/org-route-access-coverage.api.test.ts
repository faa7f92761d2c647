/**
 * Every organization-scoped route of the OpenAPI document has a case in an
 * access table (test/api/access/*.cases.ts), and every case names a route
 * that exists. The tables are read, not run: their suites run the cases.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiContextForSuite } from '../harness/api.js';
import { isAccessTable } from '../harness/access.js';
import type { DeclaredRoutes } from '../harness/access.js';

const ORG_PREFIX = '/api/v1/orgs/{orgId}';
const TABLES_FOLDER = new URL('./access/', import.meta.url);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const loadTables = async (): Promise<DeclaredRoutes[]> => {
  const files = readdirSync(TABLES_FOLDER).filter((file) => file.endsWith('.cases.ts'));
  const modules = await Promise.all(
    files.map((file) => import(new URL(file, TABLES_FOLDER).href) as Promise<object>),
  );
  return modules.flatMap((module) => Object.values(module).filter(isAccessTable));
};

const orgRoutesOf = (document: {
  paths?: Record<string, object | undefined> | undefined;
}): string[] =>
  Object.entries(document.paths ?? {})
    .filter(([path]) => path === ORG_PREFIX || path.startsWith(`${ORG_PREFIX}/`))
    .flatMap(([path, operations]) =>
      Object.keys(operations ?? {})
        .filter((method) => METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );

describe('access cases of the organization-scoped routes', () => {
  const ctx = apiContextForSuite();
  let documented: string[];
  let declared: Set<string>;
  beforeAll(async () => {
    documented = orgRoutesOf(ctx.app.swagger());
    const tables = await loadTables();
    declared = new Set(tables.flatMap((table) => table.routes.map((route) => route.route)));
  });

  it('finds the organization-scoped routes and the access tables', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(declared.size).toBeGreaterThan(0);
  });

  it('has a case for every organization-scoped route of the OpenAPI document', () => {
    const missing = documented.filter((route) => !declared.has(route));
    expect(
      missing,
      `routes without a case in test/api/access/*.cases.ts:\n  ${missing.join('\n  ')}`,
    ).toEqual([]);
  });

  it('declares only routes the OpenAPI document has', () => {
    const known = new Set(documented);
    const unknown = [...declared].filter((route) => !known.has(route));
    expect(unknown, `cases for routes that do not exist:\n  ${unknown.join('\n  ')}`).toEqual([]);
  });
});
