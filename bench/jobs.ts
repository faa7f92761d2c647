/**
 * `npx tsx bench/jobs.ts` (DATABASE_URL set): how fast claimed job runs go
 * from "sent" to "handled" through pg-boss over the server's connection
 * pool, one at a time (latency) and in a burst (throughput), on a fresh
 * database that is dropped afterwards. See docs/benchmarks.md (Job delivery).
 */
import { parseArgs } from 'node:util';
import { startPgBossDelivery } from '../src/services/jobs/pg-boss-delivery.js';
import type { JobRun } from '../src/storage/job-run.repository.js';
import { openDatabase } from '../src/storage/database.js';
import { createPostgresDatabase } from './database.js';

const { values } = parseArgs({
  options: { single: { type: 'string', default: '20' }, burst: { type: 'string', default: '200' } },
});
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const bench = await createPostgresDatabase(serverUrl);
const database = openDatabase(bench.config);
const waiting = new Map<string, () => void>();
const delivery = await startPgBossDelivery(database, (runId) => {
  waiting.get(runId)?.();
  return Promise.resolve();
});
const retry = { retries: 0, delaySeconds: 1 };
let next = 0;
const send = (): Promise<void> => {
  const id = `run-${next++}`;
  const handled = new Promise<void>((resolve) => waiting.set(id, resolve));
  return delivery.send({ id } as JobRun, retry).then(() => handled);
};

try {
  const latencies: number[] = [];
  for (let index = 0; index < Number(values.single); index += 1) {
    const started = performance.now();
    await send();
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const burst = Number(values.burst);
  const started = performance.now();
  await Promise.all(Array.from({ length: burst }, send));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `pg-boss delivery, one at a time (${latencies.length}): p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms\n` +
      `burst of ${burst}: ${seconds.toFixed(2)} s, ${(burst / seconds).toFixed(0)} runs/s\n`,
  );
} finally {
  await delivery.stop();
  await database.close();
  await bench.drop();
}
