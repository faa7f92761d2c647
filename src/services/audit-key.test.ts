import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSignedBy, loadAuditKey, parseSecret } from './audit-key.js';

describe('the audit key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aims-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the embedded key file once, owner-only, and reads the same key after', async () => {
    const path = join(dir, 'keys', 'audit.key');
    const first = await loadAuditKey({ kind: 'file', path, createIfMissing: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await loadAuditKey({ kind: 'file', path, createIfMissing: true });
    expect(again.publicKey).toBe(first.publicKey);
    expect(again.hmac('entry')).toBe(first.hmac('entry'));
  });

  it('refuses a key file others can read, a missing file it may not create, and a short key', async () => {
    const path = join(dir, 'audit.key');
    writeFileSync(path, 'ab'.repeat(32));
    chmodSync(path, 0o644);
    await expect(loadAuditKey({ kind: 'file', path, createIfMissing: false })).rejects.toThrow(
      /chmod 600/,
    );
    await expect(
      loadAuditKey({ kind: 'file', path: join(dir, 'none.key'), createIfMissing: false }),
    ).rejects.toThrow(/does not exist/);
    await expect(loadAuditKey({ kind: 'secret', secret: 'short' })).rejects.toThrow(/32 bytes/);
    expect(parseSecret('ab'.repeat(31))).toBeUndefined();
  });

  it('refuses to run PostgreSQL without a shared key', async () => {
    await expect(loadAuditKey(null)).rejects.toThrow(/AIMS_AUDIT_KEY/);
  });

  it('signs so that only the same key verifies, and keys the hash with the secret', async () => {
    const key = await loadAuditKey({ kind: 'secret', secret: 'ab'.repeat(32) });
    const other = await loadAuditKey({ kind: 'secret', secret: 'cd'.repeat(32) });
    const signature = key.sign('chains');
    expect(isSignedBy('chains', signature, key.publicKey)).toBe(true);
    expect(isSignedBy('chains!', signature, key.publicKey)).toBe(false);
    expect(isSignedBy('chains', signature, other.publicKey)).toBe(false);
    expect(key.hmac('entry')).not.toBe(other.hmac('entry'));
  });
});
