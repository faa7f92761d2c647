/**
 * Import files built to exhaust the server: far more rows than the limit in a
 * few megabytes, ZIP entries that inflate without bound, rows without end to
 * the right. Each is refused with a 413 and its own code, nothing is written,
 * and legitimate files at the limits still import. (How fast and in how much
 * memory is measured by bench/import-bombs.ts.)
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';
import { countAiSystems } from '../harness/services.js';
import {
  AI_SYSTEM_HEADERS,
  aiSystemCsv,
  aiSystemXlsx,
  csvOfBytes,
  manyRowXlsx,
  sharedStringsBomb,
  wideHeaderXlsx,
  xlsxBrokenAfter,
} from '../harness/spreadsheet-bombs.js';
import { multipartFile } from '../harness/upload.js';

const ROW_LIMIT = 10_000;
const MIB = 1024 * 1024;

interface ImportResult {
  rowCount: number;
  errors: unknown[];
}

describe('import files that would exhaust the server', () => {
  let ctx: ApiTestContext;
  let manager: ApiUser;
  let viewer: ApiUser;
  let orgId: string;
  const importFile = (fileName: string, content: Buffer, { dryRun = false, user = manager } = {}) =>
    call(ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/ai-systems/import?dryRun=${dryRun}`,
      ...multipartFile(fileName, content),
    });
  const expectRefused = async (
    response: Awaited<ReturnType<typeof importFile>>,
    code: string,
    details: Record<string, unknown> = {},
  ) => {
    expect(response.statusCode).toBe(413);
    expect(errorOf(response)).toMatchObject({
      code,
      details: { ...details, issues: [{ field: 'file', reason: expect.any(String) }] },
    });
    expect(await countAiSystems(ctx, orgId)).toBe(0);
  };

  beforeAll(async () => {
    ({ ctx, orgId, manager, viewer } = await createOrgApi(
      { name: 'Bomb Co' },
      { manager: ['aims_manager'], viewer: ['viewer'] },
    ));
  });
  afterAll(async () => ctx.close());

  it('refuses an XLSX of three million rows in a few megabytes', async () => {
    const file = await manyRowXlsx(3_000_000);
    expect(file.length).toBeLessThan(3 * MIB);
    await expectRefused(await importFile('many.xlsx', file), 'IMPORT_TOO_MANY_ROWS', {
      limit: ROW_LIMIT,
    });
  });

  it('stops reading an XLSX sheet at the row limit: what follows is never parsed', async () => {
    const file = await xlsxBrokenAfter(ROW_LIMIT + 1000);
    await expectRefused(await importFile('broken.xlsx', file), 'IMPORT_TOO_MANY_ROWS', {
      limit: ROW_LIMIT,
    });
  });

  it('stops reading a CSV at the row limit: what follows is never parsed', async () => {
    const file = aiSystemCsv(ROW_LIMIT + 1000, '"a quote that never closes,\n');
    await expectRefused(await importFile('broken.csv', file), 'IMPORT_TOO_MANY_ROWS', {
      limit: ROW_LIMIT,
    });
  });

  it('refuses a CSV of 20 MB of rows', async () => {
    const file = csvOfBytes(20_000_000);
    await expectRefused(await importFile('big.csv', file), 'IMPORT_TOO_MANY_ROWS', {
      limit: ROW_LIMIT,
    });
  });

  it('refuses workbook parts that inflate beyond the bound, whatever size they declare', async () => {
    for (const declared of [undefined, 1000]) {
      const bomb = await sharedStringsBomb(100 * MIB, { declared, textBytes: 1000 });
      expect(bomb.length).toBeLessThan(MIB);
      await expectRefused(await importFile('bomb.xlsx', bomb), 'IMPORT_FILE_TOO_LARGE', {
        maxUnpackedBytes: 64 * MIB,
      });
    }
  });

  it('refuses one text far longer than a cell holds', async () => {
    const bomb = await sharedStringsBomb(100 * MIB, { declared: 1000 });
    await expectRefused(await importFile('bomb.xlsx', bomb), 'IMPORT_FILE_TOO_LARGE');
  });

  it('refuses a header row that reaches far to the right, in XLSX and CSV', async () => {
    await expectRefused(
      await importFile('wide.xlsx', await wideHeaderXlsx()),
      'IMPORT_TOO_MANY_COLUMNS',
      {
        limit: 100,
      },
    );
    const wideCsv = Buffer.from(`${AI_SYSTEM_HEADERS.join(',')}${','.repeat(1_000_000)}\n`);
    await expectRefused(await importFile('wide.csv', wideCsv), 'IMPORT_TOO_MANY_COLUMNS', {
      limit: 100,
    });
    const wideRow = aiSystemCsv(1, `${'x,'.repeat(1_000_000)}\n`);
    await expectRefused(await importFile('wide.csv', wideRow), 'IMPORT_TOO_MANY_COLUMNS', {
      limit: 100,
    });
  });

  it('answers a CSV over the row limit while the upload is still arriving', async () => {
    // The upload sends a header and more rows than the limit, then never ends:
    // an import that waited for the whole file would never answer.
    const { headers, payload } = multipartFile('endless.csv', aiSystemCsv(ROW_LIMIT + 10));
    const opened = payload.subarray(0, payload.length - 64);
    const upload = new PassThrough();
    upload.write(opened);
    try {
      const response = await call(ctx, manager, {
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/ai-systems/import`,
        headers,
        payload: upload,
      });
      await expectRefused(response, 'IMPORT_TOO_MANY_ROWS', { limit: ROW_LIMIT });
    } finally {
      upload.end();
    }
  });

  it('refuses an upload cut at 20 MiB even when its rows stay under the limit', async () => {
    const longRows = aiSystemCsv(1, `${'x'.repeat(4000)},a,b,c\n`.repeat(5300));
    expect(longRows.length).toBeGreaterThan(20 * MIB);
    await expectRefused(await importFile('long.csv', longRows), 'IMPORT_FILE_TOO_LARGE');
  });

  it('refuses a file over 20 MiB with the import code', async () => {
    const response = await importFile('huge.csv', Buffer.alloc(20 * MIB + 1, 'a'));
    await expectRefused(response, 'IMPORT_FILE_TOO_LARGE', { maxBytes: 20 * MIB });
  });

  it('reads no file for someone who may not import', async () => {
    const response = await importFile('broken.xlsx', await xlsxBrokenAfter(10), { user: viewer });
    expect(response.statusCode).toBe(403);
  });

  it('still reads files of exactly the row limit', async () => {
    const xlsx = await importFile('limit.xlsx', await aiSystemXlsx(ROW_LIMIT), { dryRun: true });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.json<ImportResult>()).toMatchObject({ rowCount: ROW_LIMIT, errors: [] });
    const csv = await importFile('limit.csv', aiSystemCsv(ROW_LIMIT), { dryRun: true });
    expect(csv.statusCode).toBe(200);
    expect(csv.json<ImportResult>()).toMatchObject({ rowCount: ROW_LIMIT, errors: [] });
  });
});
