/**
 * Streaming into both file stores on a real database: the SHA-256 computed
 * on the way, the first bytes inspected before any is kept, the size limit,
 * and nothing left behind by a refusal or a failing source — no temporary
 * file in the folder, no row after a rollback. Collection keeps the files
 * evidence versions reference and sweeps a crashed upload's temporary file.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { FILE_COLLECTION_GRACE_SECONDS } from '../../src/services/file.service.js';
import { bytesSource } from '../../src/services/registers/evidence-upload.js';
import { FILE_CHUNK_BYTES } from '../../src/storage/database-file-store.js';
import type { Executor } from '../../src/storage/database.js';
import { sha256Of } from '../../src/storage/file-store.js';
import type { FileStoreKind, StreamLimits } from '../../src/storage/file-store.js';
import { suiteFixture } from '../harness/fixture.js';
import { createAuditee, createTestContext } from '../harness/services.js';

const tooLarge = () => new DomainError('TEST_TOO_LARGE', 'Invalid', 'too large');
const limits = (maxBytes: number, inspect?: StreamLimits['inspect']): StreamLimits => ({
  maxBytes,
  tooLarge,
  ...(inspect ? { inspect } : {}),
});

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function* failingAfter(bytes: Buffer): AsyncGenerator<Uint8Array> {
  yield bytes;
  throw new Error('the client went away');
}

const filesUnder = (dir: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
};

describe.each<FileStoreKind>(['filesystem', 'database'])('streaming into the %s store', (kind) => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: kind }),
    (made) => made.db.cleanup(),
  );
  const store = () => ctx.services.files.store;
  const db = () => ctx.db.database.db;
  const contents = async () =>
    store().kind === 'filesystem'
      ? filesUnder(store().location).length
      : (await db().selectFrom('file_chunk').select('seq').execute()).length +
        (await db().selectFrom('file_blob').select('sha256').execute()).length;
  const inTransaction = <T>(work: (trx: Executor) => Promise<T>) =>
    db()
      .transaction()
      .execute((trx) => work(trx));

  it('hashes while streaming and stores bytes that read back verified', async () => {
    const bytes = randomBytes(3 * FILE_CHUNK_BYTES + 123);
    const stored = await inTransaction((trx) =>
      store().putStream(trx, pieces(bytes, 10_000), limits(bytes.length)),
    );
    expect(stored).toEqual({ sha256: sha256Of(bytes), size: bytes.length });
    expect((await store().read(db(), stored.sha256)).equals(bytes)).toBe(true);
    const again = await inTransaction((trx) =>
      store().putStream(trx, pieces(bytes, 70_000), limits(bytes.length)),
    );
    expect(again).toEqual(stored);
    expect((await store().read(db(), stored.sha256)).equals(bytes)).toBe(true);
  });

  it('shows the first bytes before keeping any, and keeps nothing when they are refused', async () => {
    const before = await contents();
    const seen: number[] = [];
    const bytes = randomBytes(100_000);
    const refusal = inTransaction((trx) =>
      store().putStream(
        trx,
        pieces(bytes, 1_000),
        limits(1_000_000, (prefix, isWhole) => {
          seen.push(prefix.length, isWhole ? 1 : 0);
          throw new DomainError('TEST_REFUSED', 'Invalid', 'refused');
        }),
      ),
    );
    await expect(refusal).rejects.toThrow('refused');
    expect(seen).toEqual([64 * 1024, 0]);
    const small = Buffer.from('short');
    const whole: boolean[] = [];
    await inTransaction((trx) =>
      store().putStream(
        trx,
        bytesSource(small),
        limits(10, (_prefix, isWhole) => void whole.push(isWhole)),
      ),
    );
    expect(whole).toEqual([true]);
    expect(await contents()).toBeGreaterThan(before);
  });

  it('refuses a source past the limit and one that fails midway, leaving nothing', async () => {
    const before = await contents();
    const big = randomBytes(2 * FILE_CHUNK_BYTES);
    await expect(
      inTransaction((trx) => store().putStream(trx, pieces(big, 50_000), limits(FILE_CHUNK_BYTES))),
    ).rejects.toThrow('too large');
    await expect(
      inTransaction((trx) =>
        store().putStream(trx, failingAfter(randomBytes(FILE_CHUNK_BYTES + 5)), limits(big.length)),
      ),
    ).rejects.toThrow('the client went away');
    expect(await contents()).toBe(before);
  });

  it('keeps the files evidence references when it collects, and sweeps a crashed upload', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    const bytes = Buffer.from('Evidence kept by collection\n');
    const created = await ctx.services.evidence.createFile(
      manager.actor,
      organization.id,
      { title: 'Kept', kind: 'file', version: { evidenceDate: '2026-11-30' } },
      { fileName: 'kept.txt', source: bytesSource(bytes) },
    );
    const orphan = randomBytes(1000);
    const orphanSha = (await store().put(db(), orphan)).sha256;
    let crashed: string | null = null;
    if (store().kind === 'filesystem') {
      mkdirSync(join(store().location, 'incoming'), { recursive: true });
      crashed = join(store().location, 'incoming', 'crashed-upload.tmp');
      writeFileSync(crashed, 'half an upload');
      const old = new Date(ctx.clock.now().getTime() - 2 * FILE_COLLECTION_GRACE_SECONDS * 1000);
      utimesSync(crashed, old, old);
    }
    ctx.clock.advanceSeconds(2 * FILE_COLLECTION_GRACE_SECONDS);
    await ctx.services.files.collect();
    expect((await store().read(db(), created.current.file?.sha256 ?? '')).equals(bytes)).toBe(true);
    await expect(store().read(db(), orphanSha)).rejects.toThrow(/missing/);
    if (crashed) expect(filesUnder(join(store().location, 'incoming'))).toEqual([]);
  });
});
