/**
 * The two file stores on a real database: bytes stored once and read back
 * verified, damage reported, nothing left by a rolled-back transaction, and
 * collection safe against a put in a transaction still open.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import { FILE_COLLECTION_GRACE_SECONDS } from '../../src/services/file.service.js';
import { FILE_CHUNK_BYTES } from '../../src/storage/database-file-store.js';
import { sha256Of } from '../../src/storage/file-store.js';
import type { FileStore } from '../../src/storage/file-store.js';
import type { FilesystemFileStore } from '../../src/storage/filesystem-file-store.js';
import { suiteFixture } from '../harness/fixture.js';
import { createTestContext } from '../harness/services.js';
import type { TestContext } from '../harness/services.js';

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, reason: error.details.reason };
    throw error;
  }
};

const asFilesystem = (store: FileStore): FilesystemFileStore => {
  if (store.kind !== 'filesystem') throw new Error('a filesystem store expected');
  return store as FilesystemFileStore;
};

describe('the database file store', () => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: 'database' }),
    (made) => made.db.cleanup(),
  );
  const db = () => ctx.db.database.db;
  const store = () => ctx.services.files.store;
  const chunksOf = (sha256: string) =>
    db().selectFrom('file_chunk').selectAll().where('sha256', '=', sha256).orderBy('seq').execute();

  it('stores the same bytes once, in ordered chunks, and reads them back verified', async () => {
    const bytes = randomBytes(2 * FILE_CHUNK_BYTES + 1000);
    const first = await store().put(db(), bytes);
    const second = await store().put(db(), bytes);
    expect(first).toEqual({ sha256: sha256Of(bytes), size: bytes.length });
    expect(second).toEqual(first);
    const chunks = await chunksOf(first.sha256);
    expect(chunks.map((chunk) => [chunk.seq, chunk.bytes.length])).toEqual([
      [0, FILE_CHUNK_BYTES],
      [1, FILE_CHUNK_BYTES],
      [2, 1000],
    ]);
    expect((await store().read(db(), first.sha256)).equals(bytes)).toBe(true);
  });

  it('reports an altered or lost chunk instead of serving it, and a fresh put repairs it', async () => {
    const bytes = randomBytes(FILE_CHUNK_BYTES + 10);
    const { sha256 } = await store().put(db(), bytes);
    const altered = Buffer.from(bytes.subarray(0, FILE_CHUNK_BYTES));
    altered[17] = (altered[17] ?? 0) ^ 0xff;
    await db()
      .updateTable('file_chunk')
      .set({ bytes: altered })
      .where('sha256', '=', sha256)
      .where('seq', '=', 0)
      .execute();
    expect(await failureOf(store().read(db(), sha256))).toEqual({
      code: 'FILE_INTEGRITY_FAILED',
      reason: 'hash_mismatch',
    });
    await store().put(db(), bytes);
    expect((await store().read(db(), sha256)).equals(bytes)).toBe(true);

    await db().deleteFrom('file_chunk').where('sha256', '=', sha256).where('seq', '=', 1).execute();
    expect((await failureOf(store().read(db(), sha256)))?.reason).toBe('hash_mismatch');
    await db().deleteFrom('file_blob').where('sha256', '=', sha256).execute();
    expect((await failureOf(store().read(db(), sha256)))?.reason).toBe('missing');
    expect(await chunksOf(sha256)).toEqual([]);
  });

  it('writes in the caller’s transaction: a failure after the put leaves no file behind', async () => {
    const bytes = randomBytes(FILE_CHUNK_BYTES * 3);
    const sha256 = sha256Of(bytes);
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await store().put(trx, bytes);
          expect((await store().read(trx, sha256)).equals(bytes)).toBe(true);
          throw new Error('the record could not be written');
        }),
    ).rejects.toThrow('the record could not be written');
    const blobs = db().selectFrom('file_blob').select('sha256').where('sha256', '=', sha256);
    expect(await blobs.execute()).toEqual([]);
    expect(await chunksOf(sha256)).toEqual([]);
  });
});

describe('the filesystem file store', () => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: 'filesystem' }),
    (made) => made.db.cleanup(),
  );
  const db = () => ctx.db.database.db;
  const store = () => asFilesystem(ctx.services.files.store);

  it('stores bytes once under their hash, sharded by its first two digits, leaving no temporary files', async () => {
    const bytes = Buffer.from('the same bytes');
    const first = await store().put(db(), bytes);
    expect(await store().put(db(), bytes)).toEqual(first);
    expect(first).toEqual({ sha256: sha256Of(bytes), size: bytes.length });
    expect(readdirSync(join(store().location, first.sha256.slice(0, 2)))).toEqual([first.sha256]);
    expect(readFileSync(store().pathOf(first.sha256)).equals(bytes)).toBe(true);
    expect((await store().read(db(), first.sha256)).equals(bytes)).toBe(true);
  });

  it('refuses to read altered or missing bytes', async () => {
    const { sha256 } = await store().put(db(), Buffer.from('original'));
    writeFileSync(store().pathOf(sha256), 'tampered');
    expect((await failureOf(store().read(db(), sha256)))?.reason).toBe('hash_mismatch');
    await store().put(db(), Buffer.from('original'));
    expect((await store().read(db(), sha256)).toString()).toBe('original');
  });

  it('never turns something other than a SHA-256 digest into a path', () => {
    expect(() => store().pathOf('../../etc/passwd')).toThrow();
    expect(() => store().pathOf('A'.repeat(64))).toThrow();
  });
});

describe('collection in the filesystem file store', () => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: 'filesystem' }),
    (made) => made.db.cleanup(),
  );
  const db = () => ctx.db.database.db;
  const store = () => asFilesystem(ctx.services.files.store);

  it('collects unreferenced files and temporary leftovers older than the grace period, nothing younger', async () => {
    const old = await store().put(db(), Buffer.from('orphaned by a rolled-back upload'));
    const stale = `${store().pathOf(old.sha256)}.0190.tmp`;
    writeFileSync(stale, 'half a file');
    const staleAt = ctx.clock.now();
    utimesSync(stale, staleAt, staleAt);
    ctx.clock.advanceSeconds(FILE_COLLECTION_GRACE_SECONDS + 1);
    const young = await store().put(db(), Buffer.from('just stored'));
    const writing = `${store().pathOf(young.sha256)}.0191.tmp`;
    writeFileSync(writing, 'being written');
    utimesSync(writing, ctx.clock.now(), ctx.clock.now());

    const collected = await ctx.services.files.collect();
    expect(collected).toMatchObject({ removedFiles: 1, removedBytes: old.size });
    const left = (sha256: string) => readdirSync(join(store().location, sha256.slice(0, 2)));
    expect(left(old.sha256)).not.toContain(old.sha256);
    expect(left(old.sha256)).not.toContain(stale.split('/').pop());
    expect(left(young.sha256)).toEqual(
      expect.arrayContaining([young.sha256, writing.split('/').pop()]),
    );
  });
});

/** Waits until a statement of this database waits for a lock another transaction holds. */
const untilSomeoneWaitsForALock = async (ctx: TestContext) => {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(ctx.db.database.db);
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no statement came to wait for a lock');
};

describe.runIf(process.env.DATABASE_URL)('the database file store beside a collection', () => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: 'database' }),
    (made) => made.db.cleanup(),
  );
  const db = () => ctx.db.database.db;
  const store = () => ctx.services.files.store;

  it('keeps a file put again in a transaction still open while a collection runs', async () => {
    const bytes = randomBytes(FILE_CHUNK_BYTES + 5);
    const { sha256 } = await store().put(db(), bytes);
    ctx.clock.advanceSeconds(FILE_COLLECTION_GRACE_SECONDS + 1);

    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let put = () => {};
    const hasPut = new Promise<void>((resolve) => (put = resolve));
    const upload = db()
      .transaction()
      .execute(async (trx) => {
        await store().put(trx, bytes);
        put();
        await released;
      });
    await hasPut;
    let collectionDone = false;
    const collection = ctx.services.files.collect().finally(() => (collectionDone = true));
    try {
      await untilSomeoneWaitsForALock(ctx);
      expect(collectionDone).toBe(false);
    } finally {
      release();
    }
    await upload;
    expect((await collection).removedFiles).toBe(0);
    expect((await store().read(db(), sha256)).equals(bytes)).toBe(true);
  });

  it('stores a file afresh when a collection deleted it while the put waited', async () => {
    const bytes = randomBytes(FILE_CHUNK_BYTES * 2);
    const { sha256 } = await store().put(db(), bytes);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let deleted = () => {};
    const hasDeleted = new Promise<void>((resolve) => (deleted = resolve));
    // What a collection's delete does, held open.
    const collection = db()
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('file_blob').where('sha256', '=', sha256).execute();
        deleted();
        await released;
      });
    await hasDeleted;
    const upload = db()
      .transaction()
      .execute((trx) => store().put(trx, bytes));
    await untilSomeoneWaitsForALock(ctx).finally(release);
    await collection;
    await upload;
    expect((await store().read(db(), sha256)).equals(bytes)).toBe(true);
  });

  it('never sees, so never collects, a new file of a transaction still open', async () => {
    const bytes = randomBytes(100);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let put = () => {};
    const hasPut = new Promise<void>((resolve) => (put = resolve));
    const upload = db()
      .transaction()
      .execute(async (trx) => {
        await store().put(trx, bytes);
        put();
        await released;
      });
    await hasPut;
    ctx.clock.advanceSeconds(FILE_COLLECTION_GRACE_SECONDS * 24);
    // The collection does not wait for the open transaction: it cannot see the new row.
    await ctx.services.files.collect().finally(release);
    await upload;
    expect((await store().read(db(), sha256Of(bytes))).equals(bytes)).toBe(true);
  });
});
