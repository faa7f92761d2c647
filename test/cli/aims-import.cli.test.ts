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

  it('re-imports an edited export: the edited row changes, a row without an Id is added, the rest is unchanged', async () => {
    const out = join(dir, 'round-trip.csv');
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
    const lines = readFileSync(out, 'utf8').split(/\r?\n/).filter(Boolean);
    const header = lines[0]?.replace(/^\uFEFF/, '').split(',') ?? [];
    const edited = [
      ...lines.map((line) =>
        line.includes(',B,') ? line.replace(',B,p,', ',B,Routes claims,') : line,
      ),
      header
        .map(
          (column) =>
            ({
              Name: 'C',
              Purpose: 'Drafts replies',
              'Life-cycle stage': 'Deployment',
              'In AIMS scope': 'yes',
            })[column] ?? '',
        )
        .join(','),
    ].join('\n');
    const file = join(dir, 'edited.csv');
    writeFileSync(file, edited);

    const dry = await runAims(ctx.db.env, [
      'import',
      'ai-systems',
      file,
      '--org',
      orgId,
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      '3 row(s), no problems: 1 new, 1 changed, 1 unchanged (dry run: nothing written)',
    );
    const done = await runAims(ctx.db.env, [
      'import',
      'ai-systems',
      file,
      '--org',
      orgId,
      '--json',
    ]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      created: 1,
      updated: 1,
      counts: { new: 1, changed: 1, unchanged: 1 },
    });
    const { items } = await ctx.services.aiSystems.list(OPERATOR, orgId, {});
    expect(items.map((item) => `${item.name}: ${item.purpose}`).sort()).toEqual([
      'A: p',
      'B: Routes claims',
      'C: Drafts replies',
    ]);
  });
});
