/**
 * The real application for the benchmarks, run as a child process so that
 * the load generator and the server do not share an event loop. Reads the
 * database from BENCH_DATABASE (a JSON DatabaseConfig), listens on
 * 127.0.0.1 on a free port and prints `listening <port>`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BENCH_AUDIT_KEY } from './audit-key.js';
import { buildApp } from '../src/http/app.js';
import { openRuntime } from '../src/services/runtime.js';
import type { DatabaseConfig } from '../src/storage/database.js';
import { listenUntilStopped } from './listen.js';

const databaseConfig = (json: string | undefined): DatabaseConfig => {
  const config = JSON.parse(json ?? 'null') as {
    kind?: unknown;
    file?: unknown;
    url?: unknown;
  } | null;
  if (config?.kind === 'sqlite' && typeof config.file === 'string') {
    return { kind: 'sqlite', file: config.file };
  }
  if (config?.kind === 'postgres' && typeof config.url === 'string') {
    return { kind: 'postgres', url: config.url };
  }
  throw new Error('BENCH_DATABASE must be a JSON database config');
};

/** With BENCH_LOOP_DELAY set, prints `loop-delay <ms>`: the longest event-loop stall of each 100 ms. */
const reportLoopDelay = () => {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    process.stdout.write(`loop-delay ${(delay.max / 1e6).toFixed(1)}\n`);
    delay.reset();
  }, 100).unref();
};
if (process.env.BENCH_LOOP_DELAY) reportLoopDelay();

const runtime = await openRuntime(databaseConfig(process.env.BENCH_DATABASE), {
  migrate: false,
  auditKey: BENCH_AUDIT_KEY,
  // BENCH_PAGE_CACHE=off: every page and caller is read afresh, for the scenarios that measure that.
  keepPages: process.env.BENCH_PAGE_CACHE !== 'off',
  keepAccess: process.env.BENCH_PAGE_CACHE !== 'off',
});
const app = await buildApp({ services: runtime.services });
await listenUntilStopped(app, () => runtime.close());
