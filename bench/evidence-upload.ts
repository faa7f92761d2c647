/**
 * `npx tsx bench/evidence-upload.ts [--mib 100] [--database sqlite|postgres]`:
 * uploads one evidence file of the size given (a PDF header, then filler
 * bytes) to the real server (bench/server.ts over a fresh database with one
 * organization), streamed from the client too, while reading the server
 * process's resident memory every 50 ms. Prints the memory before, the peak
 * during and the memory after, the time taken and the answer; exits with 1
 * when the upload fails or the peak grows more than 96 MiB above the start.
 * See docs/benchmarks.md (Evidence upload).
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { startServer } from './children.js';
import { createPostgresDatabase, createSqliteDatabase } from './database.js';
import type { BenchDatabase } from './database.js';
import { DEFAULT_GENERATE_OPTIONS, generateDatabase } from './generate.js';

const MIB = 1024 * 1024;
const CHUNK = 64 * 1024;
const GROWTH_BOUND = 96 * MIB;

const { values } = parseArgs({
  options: { mib: { type: 'string', default: '100' }, database: { type: 'string' } },
});
const bytes = Number(values.mib) * MIB;
const kind = values.database ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');

const rssOf = async (pid: number | undefined): Promise<number> => {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
};

const BOUNDARY = '----aimsbenchevidence';

/** The multipart body, produced chunk by chunk: the metadata, then the file. */
async function* body(): AsyncGenerator<Uint8Array> {
  const metadata = JSON.stringify({
    title: 'Bench upload',
    links: { controlIds: ['A.6.2.4'] },
    version: { evidenceDate: new Date().toISOString().slice(0, 10) },
  });
  yield Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${metadata}\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const filler = Buffer.alloc(CHUNK, 0x20);
  const head = Buffer.from('%PDF-1.7\n');
  yield head;
  let sent = head.byteLength;
  for (let index = 0; sent < bytes; index += 1) {
    const size = Math.min(CHUNK, bytes - sent);
    // Each chunk differs, so nothing compresses or repeats by accident.
    const chunk = Buffer.from(filler.subarray(0, size));
    chunk.writeUInt32BE(index, 0);
    sent += size;
    yield chunk;
  }
  yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
}

const createDatabase = (): Promise<BenchDatabase> => {
  if (kind === 'sqlite') return createSqliteDatabase();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('--database postgres needs DATABASE_URL');
  return createPostgresDatabase(serverUrl);
};

const db = await createDatabase();
let failed = false;
try {
  const [org] = await generateDatabase(db.config, {
    ...DEFAULT_GENERATE_OPTIONS,
    obligationsPerOrg: 0,
    largeOrgSystems: 0,
    risksPerOrg: 0,
    riskOrgRisks: 0,
    organizations: 1,
    systemsPerOrg: 1,
    usersPerOrg: 1,
  });
  if (!org) throw new Error('No organization generated');
  const server = await startServer('bench/server.ts', {
    BENCH_DATABASE: JSON.stringify(db.config),
  });
  try {
    await sleep(1000);
    const before = await rssOf(server.pid);
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await rssOf(server.pid));
        await sleep(50);
      }
    })();
    const started = performance.now();
    const response = await fetch(`${server.url}/api/v1/orgs/${org.id}/evidence/files`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        authorization: `Bearer ${org.token}`,
      },
      body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
    const answer = (await response.json()) as {
      current?: { file?: { sha256: string; size: number } };
    };
    const seconds = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    await sleep(500);
    const after = await rssOf(server.pid);
    const mib = (value: number) => `${(value / MIB).toFixed(0)} MiB`;
    process.stdout.write(
      `${kind}: ${values.mib} MiB evidence upload answered ${response.status} in ${seconds.toFixed(1)} s` +
        ` (${(bytes / MIB / seconds).toFixed(0)} MiB/s); stored ${answer.current?.file?.size ?? 0} bytes, sha256 ${answer.current?.file?.sha256 ?? '—'}\n` +
        `server RSS: before ${mib(before)}, peak ${mib(peak)} (+${mib(peak - before)}), after ${mib(after)}\n`,
    );
    failed = response.status !== 201 || peak - before > GROWTH_BOUND;
  } finally {
    await server.stop();
  }
} finally {
  await db.drop();
}
process.exitCode = failed ? 1 : 0;
