/** aims import / export on the same data as the server. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAims } from '../harness/cli.js';
import { OPERATOR, countAiSystems, testContextForSuite } from '../harness/services.js';

describe('aims import and export', () => {
  const ctx = testContextForSuite();
  let orgId: string;
  let dir: string;

  beforeAll(async () => {
    orgId = (
      await ctx.services.organizations.createOrganization(OPERATOR, {
        name: 'Cli Import',
        kind: 'auditee',
      })
    ).id;
    dir = mkdtempSync(join(tmpdir(), 'aims-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  const count = () => countAiSystems(ctx, orgId);

  it('rejects a file with bad rows, listing each with its line, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'Name,Purpose,Life-cycle stage,In AIMS scope\nA,p,deployment,yes\nB,p,launch,yes\n,p,deployment,perhaps\n',
    );
    const result = await runAims(ctx.db.env, ['import', 'ai-systems', file, '--org', orgId]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/│\s*3\s*│\s*lifecycleStage/);
    expect(result.stderr).toMatch(/│\s*4\s*│\s*name/);
    expect(result.stderr).toMatch(/│\s*4\s*│\s*isInScope/);
    expect(result.stderr).toContain('IMPORT_INVALID');
    expect(await count()).toBe(0);
  });

  it('imports a good file, then exports the register as CSV', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      'Name,Purpose,Life-cycle stage,In AIMS scope\nA,p,deployment,yes\nB,p,Inception,yes\n',
    );
    const dry = await runAims(ctx.db.env, [
      'import',
      'ai-systems',
      file,
      '--org',
      orgId,
      '--dry-run',
      '--json',
    ]);
    expect(JSON.parse(dry.stdout)).toMatchObject({ rowCount: 2, created: 0, dryRun: true });
    const result = await runAims(ctx.db.env, [
      'import',
      'ai-systems',
      file,
      '--org',
      orgId,
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 2 });

    const out = join(dir, 'export.csv');
    const exported = await runAims(ctx.db.env, [
      'export',
      'ai-systems',
      '--org',
      orgId,
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8').split(/\r?\n/).filter(Boolean)).toHaveLength(3);
  });
});
