/**
 * `npx tsx bench/compression-cost.ts`: what compressing a dynamic JSON answer
 * costs the server. Generates one organization's AI systems into a fresh
 * SQLite file, builds the real application in process, takes a page of the
 * list of about 14 kB, and prints, per encoding: the compressed size, the
 * time to compress that body alone (node:zlib, the median of many runs), and
 * the median time of the whole request in process (app.inject) with and
 * without Accept-Encoding. See docs/benchmarks.md, "First load".
 */
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BENCH_AUDIT_KEY } from './audit-key.js';
import { createSqliteDatabase } from './database.js';
import { DEFAULT_GENERATE_OPTIONS, generateDatabase } from './generate.js';
import { buildApp } from '../src/http/app.js';
import { BROTLI_QUALITY, GZIP_LEVEL } from '../src/http/compression.js';
import { openRuntime } from '../src/services/runtime.js';

const RUNS = 400;
const PAGE_SIZE = 24;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const timeEach = (run: () => unknown): number => {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
};

const database = await createSqliteDatabase();
try {
  const [org] = await generateDatabase(database.config, {
    ...DEFAULT_GENERATE_OPTIONS,
    obligationsPerOrg: 0,
    largeOrgSystems: 0,
    seed: 42_001,
    organizations: 1,
    systemsPerOrg: PAGE_SIZE,
    usersPerOrg: 1,
  });
  if (!org) throw new Error('No organization generated');
  const runtime = await openRuntime(database.config, { migrate: false, auditKey: BENCH_AUDIT_KEY });
  const app = await buildApp({ services: runtime.services });
  const request = (acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/ai-systems?pageSize=${PAGE_SIZE}`,
      headers: {
        authorization: `Bearer ${org.token}`,
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
    });
  const body = (await request()).rawPayload;
  const compressors = [
    {
      name: `brotli q${BROTLI_QUALITY} (served)`,
      encoding: 'br',
      compress: () =>
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }),
    },
    {
      name: `gzip ${GZIP_LEVEL} (served)`,
      encoding: 'gzip',
      compress: () => gzipSync(body, { level: GZIP_LEVEL }),
    },
    {
      name: 'brotli q11 (for comparison)',
      encoding: undefined,
      compress: () =>
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    },
  ];
  // The three kinds of request take turns, so the machine's drift touches them alike.
  const requestTimes = new Map<string | undefined, number[]>();
  for (let index = 0; index < RUNS + RUNS / 10; index++) {
    for (const encoding of [undefined, 'br', 'gzip']) {
      const start = performance.now();
      await request(encoding);
      if (index >= RUNS / 10)
        requestTimes.set(encoding, [
          ...(requestTimes.get(encoding) ?? []),
          performance.now() - start,
        ]);
    }
  }
  const requestMs = (encoding: string | undefined) =>
    median(requestTimes.get(encoding) ?? []).toFixed(2);
  const rows = [`| identity | ${body.length} | – | ${requestMs(undefined)} |`];
  for (const { name, encoding, compress } of compressors) {
    const size = compress().length;
    const compressMs = timeEach(compress);
    rows.push(
      `| ${name} | ${size} | ${compressMs.toFixed(3)} | ${encoding ? requestMs(encoding) : '–'} |`,
    );
  }
  process.stdout.write(
    [
      `A page of ${PAGE_SIZE} AI systems, ${body.length} bytes of JSON; medians of ${RUNS} runs.`,
      '',
      '| encoding | bytes | compress ms | request ms (in process) |',
      '| -------- | ----- | ----------- | ----------------------- |',
      ...rows,
      '',
    ].join('\n'),
  );
  await app.close();
  await runtime.close();
} finally {
  await database.drop();
}
