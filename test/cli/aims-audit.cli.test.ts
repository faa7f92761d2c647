/**
 * Checkpoints from the command line: `aims audit checkpoint --out` writes a
 * signed file to keep outside the system, and `aims verify-log --checkpoint`
 * proves against it that nothing was removed since.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAims } from '../harness/cli.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

describe('aims audit checkpoint and verify-log --checkpoint', () => {
  let db: TestDatabase;
  let dir: string;
  const aims = (args: string[]) => runAims(db.env, args, '');

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    dir = mkdtempSync(join(tmpdir(), 'aims-checkpoint-'));
    const org = await aims([
      'org',
      'create',
      '--name',
      'Checkpoint Co',
      '--kind',
      'auditee',
      '--json',
    ]);
    expect(org.code, org.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.cleanup();
  });

  it('exports a signed checkpoint, verifies against it, and names what went missing', async () => {
    const file = join(dir, 'checkpoint.json');
    const made = await aims(['audit', 'checkpoint', '--out', file]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`written to ${file}`);
    const checkpoint = JSON.parse(readFileSync(file, 'utf8')) as {
      chains: { chain: string; entries: number }[];
      signature: string;
    };
    expect(checkpoint.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const intact = await aims(['verify-log', '--checkpoint', file, '--json']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, checkpoint: { source: 'file' } });

    const [head] = checkpoint.chains;
    await db.database.db
      .deleteFrom('audit_log_entry')
      .where('chain', '=', head?.chain ?? '')
      .where('sequence', '=', head?.entries ?? 0)
      .execute();
    await db.database.db.deleteFrom('audit_checkpoint').execute();
    const broken = await aims(['verify-log', '--checkpoint', file, '--json']);
    expect(broken.code).toBe(5);
    expect(JSON.parse(broken.stderr)).toMatchObject({
      code: 'AUDIT_LOG_CHAIN_BROKEN',
      details: { reason: 'entries_missing', chain: head?.chain, toSequence: head?.entries },
    });
  });

  it('refuses a checkpoint file that was edited', async () => {
    const file = join(dir, 'edited.json');
    expect((await aims(['audit', 'checkpoint', '--out', file])).code).toBe(0);
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { createdAt: string };
    writeFileSync(file, JSON.stringify({ ...edited, createdAt: '2020-01-01T00:00:00.000Z' }));
    const result = await aims(['verify-log', '--checkpoint', file, '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toMatchObject({ code: 'AUDIT_CHECKPOINT_FORGED' });
  });
});
