import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { EXPORT_ONLY_REGISTERS, REGISTERS } from '../harness/registers.js';

interface Declaration {
  key: string;
  many: string;
  fields: { field: string; label: string; choices: { value: string; label: string }[] | null }[];
  filters: { param: string; type: string; choices: { value: string }[] | null }[];
  sort: { default: string; fields: { field: string; label: string }[] };
  transfer: { isImportable: boolean; importColumns: { header: string; field: string }[] };
}

describe('register declarations', () => {
  const api = orgApiForSuite({ name: 'Declared Org' }, { manager: ['aims_manager'] });
  let declarations: Declaration[];

  beforeAll(async () => {
    const response = await call(api.ctx, api.manager, { method: 'GET', url: '/api/v1/registers' });
    expect(response.statusCode).toBe(200);
    declarations = response.json<{ registers: Declaration[] }>().registers;
  });

  it('is read by signed-in people only', async () => {
    const response = await call(api.ctx, undefined, { method: 'GET', url: '/api/v1/registers' });
    expect(response.statusCode).toBe(401);
  });

  it('declares every register once', () => {
    expect(declarations.map((d) => d.key)).toEqual([...REGISTERS, ...EXPORT_ONLY_REGISTERS]);
  });

  it('uses the words of the exports for allowed values', () => {
    const obligations = declarations.find((d) => d.key === 'obligations');
    const kind = obligations?.fields.find((f) => f.field === 'kind');
    expect(kind?.choices).toContainEqual({ value: 'voluntary', label: 'Voluntary or ethical' });
    expect(obligations?.transfer.importColumns.map((c) => c.header)).toContain('Compliance status');
  });

  it('declares only filters and sort fields that the list accepts', async () => {
    for (const declaration of declarations) {
      const queries = [
        ...declaration.filters.map((filter) => {
          const value =
            filter.type === 'boolean'
              ? 'true'
              : filter.type === 'choice'
                ? (filter.choices?.[0]?.value ?? '')
                : '01900000-0000-7000-8000-000000000000';
          return `${filter.param}=${encodeURIComponent(value)}`;
        }),
        ...declaration.sort.fields.map((sort) => `sort=${sort.field}&direction=desc`),
      ];
      for (const query of queries) {
        const response = await call(api.ctx, api.manager, {
          method: 'GET',
          url: `/api/v1/orgs/${api.orgId}/${declaration.key}?${query}`,
        });
        expect(response.statusCode, `${declaration.key}?${query}`).toBe(200);
      }
    }
  });

  it('labels every sort field', () => {
    for (const declaration of declarations)
      for (const sort of declaration.sort.fields) expect(sort.label).not.toBe(sort.field);
  });

  it('offers import only where the API takes one', async () => {
    for (const declaration of declarations) {
      const response = await call(api.ctx, api.manager, {
        method: 'POST',
        url: `/api/v1/orgs/${api.orgId}/${declaration.key}/import`,
      });
      expect(response.statusCode, declaration.key).toBe(
        declaration.transfer.isImportable ? 400 : 404,
      );
    }
  });
});
