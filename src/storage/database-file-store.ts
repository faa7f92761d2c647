/**
 * The file store in the database itself (PostgreSQL's default): a row per
 * file in `file_blob`, its bytes in `file_chunk` pieces of 256 KiB. A put
 * writes in the caller's transaction, so the bytes commit or roll back with
 * the record that references them, and every instance reads the same bytes.
 *
 * A streamed put writes its chunks as they arrive, under a provisional row
 * (`pending:<uuid>`) in the caller's transaction, and moves them to the
 * file's hash at the end; a rollback leaves neither.
 *
 * Against a concurrent collection: a put upserts the file's row, which
 * locks it and moves `last_put_at` into the grace period; a collection that
 * reached the row first deletes it before the put inserts it afresh, and one
 * that reaches it after waits for the put's transaction, then sees the new
 * `last_put_at` (PostgreSQL re-checks the conditions of a delete on the row
 * version it waited for) and leaves it.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock.js';
import type { Executor } from './database.js';
import { isUnreferenced } from './file-references.js';
import { integrityFailed, meterStream, sha256Of } from './file-store.js';
import type { FileCollection, FileStore } from './file-store.js';

export const FILE_CHUNK_BYTES = 256 * 1024;
/** Chunks per insert statement: 1 MiB of parameters. */
const CHUNKS_PER_INSERT = 4;
/** Files per delete statement in a collection, each statement its own transaction. */
const COLLECT_BATCH = 100;

const chunkOf = (bytes: Uint8Array, seq: number): Buffer =>
  Buffer.from(
    bytes.buffer,
    bytes.byteOffset + seq * FILE_CHUNK_BYTES,
    Math.min(FILE_CHUNK_BYTES, bytes.byteLength - seq * FILE_CHUNK_BYTES),
  );

/** The stored chunks of a file, joined; null when the file has no row. */
const storedBytes = async (executor: Executor, sha256: string): Promise<Buffer | null> => {
  const blob = await executor
    .selectFrom('file_blob')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!blob) return null;
  const chunks = await executor
    .selectFrom('file_chunk')
    .select('bytes')
    .where('sha256', '=', sha256)
    .orderBy('seq')
    .execute();
  return Buffer.concat(chunks.map((chunk) => chunk.bytes));
};

const writeChunks = async (executor: Executor, sha256: string, bytes: Uint8Array) => {
  const count = Math.ceil(bytes.byteLength / FILE_CHUNK_BYTES);
  await executor.deleteFrom('file_chunk').where('sha256', '=', sha256).execute();
  for (let first = 0; first < count; first += CHUNKS_PER_INSERT) {
    const seqs = Array.from(
      { length: Math.min(CHUNKS_PER_INSERT, count - first) },
      (_, index) => first + index,
    );
    await executor
      .insertInto('file_chunk')
      .values(seqs.map((seq) => ({ sha256, seq, bytes: chunkOf(bytes, seq) })))
      .execute();
  }
  await executor
    .updateTable('file_blob')
    .set({ size: bytes.byteLength, chunk_count: count })
    .where('sha256', '=', sha256)
    .execute();
};

/** Whether the chunks stored under a hash still make up its bytes, read one chunk at a time. */
const isIntact = async (executor: Executor, sha256: string): Promise<boolean> => {
  const hash = createHash('sha256');
  let seq = 0;
  let found = false;
  for (;;) {
    const chunk = await executor
      .selectFrom('file_chunk')
      .select('bytes')
      .where('sha256', '=', sha256)
      .where('seq', '=', seq)
      .executeTakeFirst();
    if (!chunk) break;
    found = true;
    hash.update(chunk.bytes);
    seq += 1;
  }
  return found && hash.digest('hex') === sha256;
};

/**
 * Writes a source's chunks under a provisional key as they arrive, then gives
 * them to the file's hash (or drops them when intact chunks are there already).
 */
const streamChunks = async (
  executor: Executor,
  metered: ReturnType<typeof meterStream>,
  at: string,
) => {
  const pending = `pending:${randomUUID()}`;
  await executor
    .insertInto('file_blob')
    .values({ sha256: pending, size: 0, chunk_count: 0, created_at: at, last_put_at: at })
    .execute();
  let buffered: Buffer[] = [];
  let bufferedSize = 0;
  let seq = 0;
  const flush = async (all: boolean) => {
    let joined = Buffer.concat(buffered);
    while (joined.byteLength >= FILE_CHUNK_BYTES || (all && joined.byteLength > 0)) {
      const bytes = Buffer.from(joined.subarray(0, FILE_CHUNK_BYTES));
      await executor.insertInto('file_chunk').values({ sha256: pending, seq, bytes }).execute();
      seq += 1;
      joined = joined.subarray(bytes.byteLength);
    }
    buffered = joined.byteLength > 0 ? [joined] : [];
    bufferedSize = joined.byteLength;
  };
  for await (const chunk of metered.chunks) {
    buffered.push(Buffer.from(chunk));
    bufferedSize += chunk.byteLength;
    if (bufferedSize >= FILE_CHUNK_BYTES) await flush(false);
  }
  await flush(true);
  const stored = metered.result();
  const { sha256 } = stored;
  await executor
    .insertInto('file_blob')
    .values({ sha256, size: stored.size, chunk_count: seq, created_at: at, last_put_at: at })
    .onConflict((conflict) => conflict.column('sha256').doUpdateSet({ last_put_at: at }))
    .execute();
  if (!(await isIntact(executor, sha256))) {
    await executor.deleteFrom('file_chunk').where('sha256', '=', sha256).execute();
    await executor
      .updateTable('file_chunk')
      .set({ sha256 })
      .where('sha256', '=', pending)
      .execute();
    await executor
      .updateTable('file_blob')
      .set({ size: stored.size, chunk_count: seq })
      .where('sha256', '=', sha256)
      .execute();
  }
  await executor.deleteFrom('file_chunk').where('sha256', '=', pending).execute();
  await executor.deleteFrom('file_blob').where('sha256', '=', pending).execute();
  return stored;
};

/** A file store in the database the executors given belong to. */
export const createDatabaseFileStore = (clock: Clock): FileStore => ({
  kind: 'database',
  location: 'database',

  async put(executor, bytes) {
    const sha256 = sha256Of(bytes);
    const at = clock.now().toISOString();
    await executor
      .insertInto('file_blob')
      .values({ sha256, size: bytes.byteLength, chunk_count: 0, created_at: at, last_put_at: at })
      .onConflict((conflict) => conflict.column('sha256').doUpdateSet({ last_put_at: at }))
      .execute();
    // A new row has no chunks yet; a row already there keeps its chunks unless they are damaged.
    const stored = await storedBytes(executor, sha256);
    if (stored === null || sha256Of(stored) !== sha256) await writeChunks(executor, sha256, bytes);
    return { sha256, size: bytes.byteLength };
  },

  putStream(executor, source, limits) {
    return streamChunks(executor, meterStream(source, limits), clock.now().toISOString());
  },

  async read(executor, sha256) {
    const bytes = await storedBytes(executor, sha256);
    if (bytes === null) throw integrityFailed(sha256, 'missing');
    const actual = sha256Of(bytes);
    if (actual !== sha256) throw integrityFailed(sha256, 'hash_mismatch', actual);
    return bytes;
  },

  async collect(database, storedBefore): Promise<FileCollection> {
    let removedFiles = 0;
    let removedBytes = 0;
    for (;;) {
      // The outer conditions repeat the inner ones: they are what PostgreSQL
      // re-checks on a row a concurrent put has just changed.
      const removed = await database.db
        .deleteFrom('file_blob')
        .where('last_put_at', '<', storedBefore)
        .where(isUnreferenced('file_blob.sha256'))
        .where('sha256', 'in', (eb) =>
          eb
            .selectFrom('file_blob as candidate')
            .select('candidate.sha256')
            .where('candidate.last_put_at', '<', storedBefore)
            .where(isUnreferenced('candidate.sha256'))
            .limit(COLLECT_BATCH),
        )
        .returning('size')
        .execute();
      removedFiles += removed.length;
      removedBytes += removed.reduce((sum, row) => sum + Number(row.size), 0);
      if (removed.length < COLLECT_BATCH) break;
    }
    const left = await database.db
      .selectFrom('file_blob')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return { removedFiles, removedBytes, keptFiles: Number(left.count) };
  },
});
