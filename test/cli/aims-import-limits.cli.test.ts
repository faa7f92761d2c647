/** aims import refuses files beyond the import limits, with the API's codes, and writes nothing. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAims } from '../harness/cli.js';
import { OPERATOR, countAiSystems, createTestContext } from '../harness/services.js';
import type { TestContext } from '../harness/services.js';
import { aiSystemCsv, manyRowXlsx, sharedStringsBomb } from '../harness/spreadsheet-bombs.js';

describe('aims import at the limits', () => {
  let ctx: TestContext;
  let orgId: string;
  let dir: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    orgId = (
      await ctx.services.organizations.createOrganization(OPERATOR, {
        name: 'Cli Limits',
        kind: 'auditee',
      })
    ).id;
    dir = mkdtempSync(join(tmpdir(), 'aims-cli-limits-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.db.cleanup();
  });

  const importFile = async (name: string, content: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const result = await runAims(ctx.db.env, [
      'import',
      'ai-systems',
      file,
      '--org',
      orgId,
      '--json',
    ]);
    expect(result.code).toBe(2);
    expect(await countAiSystems(ctx, orgId)).toBe(0);
    return (JSON.parse(result.stderr) as { code: string }).code;
  };

  it('refuses too many rows, in XLSX and CSV', async () => {
    expect(await importFile('many.xlsx', await manyRowXlsx(3_000_000))).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
    expect(await importFile('many.csv', aiSystemCsv(10_001))).toBe('IMPORT_TOO_MANY_ROWS');
  });

  it('refuses a workbook that inflates beyond the bound', async () => {
    expect(
      await importFile(
        'bomb.xlsx',
        await sharedStringsBomb(100 * 1024 * 1024, { declared: 1000, textBytes: 1000 }),
      ),
    ).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('refuses a file over 20 MiB before reading it', async () => {
    expect(await importFile('huge.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 'a'))).toBe(
      'IMPORT_FILE_TOO_LARGE',
    );
  });
});
