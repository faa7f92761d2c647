/**
 * `npx tsx bench/files.ts [--rounds 5] [--mib 10]`: the time to store a file
 * (in a transaction, as an upload does) and to read it back verified,
 * through the folder store and the database store, on a fresh SQLite file
 * and, with DATABASE_URL set, a fresh PostgreSQL database; each dropped
 * afterwards. See docs/benchmarks.md (File stores).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/storage/database.js';
import { FILE_STORE_KINDS } from '../src/storage/file-store.js';
import type { FileStoreKind } from '../src/storage/file-store.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { openFileStore } from '../src/storage/open-file-store.js';
import { createPostgresDatabase, createSqliteDatabase } from './database.js';
import type { BenchDatabase } from './database.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, mib: { type: 'string', default: '10' } },
});
const rounds = Number(values.rounds);
const bytesPerFile = Number(values.mib) * 1024 * 1024;
const clock = { now: () => new Date() };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const measure = async (bench: BenchDatabase, kind: FileStoreKind) => {
  const database = openDatabase(bench.config);
  const folder = await mkdtemp(join(tmpdir(), 'aims-bench-files-'));
  try {
    await migrateToLatest(database);
    const store = openFileStore(database, { kind, dir: folder, clock });
    const puts: number[] = [];
    const reads: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const bytes = randomBytes(bytesPerFile);
      let sha256 = '';
      puts.push(
        await timed(() =>
          database.db.transaction().execute(async (trx) => {
            sha256 = (await store.put(trx, bytes)).sha256;
          }),
        ),
      );
      reads.push(await timed(() => store.read(database.db, sha256)));
    }
    return { put: median(puts), read: median(reads) };
  } finally {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  }
};

const targets: [string, () => Promise<BenchDatabase>][] = [['sqlite', createSqliteDatabase]];
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) targets.push(['postgres', () => createPostgresDatabase(serverUrl)]);

process.stdout.write(`${values.mib} MiB files, median of ${rounds} rounds\n`);
for (const [name, create] of targets) {
  for (const kind of FILE_STORE_KINDS) {
    const bench = await create();
    try {
      const { put, read } = await measure(bench, kind);
      process.stdout.write(
        `${name.padEnd(8)} ${kind.padEnd(10)} put ${put.toFixed(0).padStart(5)} ms  ` +
          `read ${read.toFixed(0).padStart(5)} ms  both ${(put + read).toFixed(0).padStart(5)} ms\n`,
      );
    } finally {
      await bench.drop();
    }
  }
}
