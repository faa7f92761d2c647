/**
 * `npx tsx bench/evidence-sweep.ts [--items 20000] [--database sqlite|postgres]`:
 * the daily evidence-freshness sweep over one organization's evidence items
 * (bench/generate.ts `evidenceInput`: every freshness occurs), on a fresh
 * database that is dropped afterwards. Times four runs: the first sweep
 * after the items were added (each was recorded fresh or not as it was
 * added), the next day's (a few items cross a boundary), one with nothing
 * to change, and one half a year on (a large share changes, one audit entry
 * each); and, as the baseline of the same run, reading the items the sweep reads.
 * See docs/benchmarks.md (Evidence freshness sweep).
 */
import { parseArgs } from 'node:util';
import type { Actor } from '../src/services/context.js';
import { argon2idHasher } from '../src/services/password-hasher.js';
import { openRuntime } from '../src/services/runtime.js';
import { listSweepableEvidence } from '../src/storage/evidence.repository.js';
import { createPostgresDatabase, createSqliteDatabase } from './database.js';
import type { BenchDatabase } from './database.js';
import { evidenceInput, mulberry32 } from './generate.js';
import { BENCH_AUDIT_KEY } from './audit-key.js';

const DAY_MS = 86_400_000;
const OPERATOR: Actor = { kind: 'system', label: 'bench-generator' };
const SWEEPER: Actor = { kind: 'system', label: 'evidence-freshness' };

const { values } = parseArgs({
  options: { items: { type: 'string', default: '20000' }, database: { type: 'string' } },
});
const items = Number(values.items);
if (!Number.isInteger(items) || items < 1) throw new Error('--items must be a positive integer');
const kind = values.database ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');

const createDatabase = (): Promise<BenchDatabase> => {
  if (kind === 'sqlite') return createSqliteDatabase();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('--database postgres needs DATABASE_URL (a server to create on)');
  return createPostgresDatabase(serverUrl);
};

const timed = async <T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
};

const bench = await createDatabase();
let now = Date.parse('2026-12-07T06:00:00Z');
const runtime = await openRuntime(bench.config, {
  passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
  auditKey: BENCH_AUDIT_KEY,
  clock: { now: () => new Date(now) },
});
try {
  const { services } = runtime;
  const organization = await services.organizations.createOrganization(OPERATOR, {
    name: 'Evidence sweep bench',
    kind: 'auditee',
  });
  const random = mulberry32(42_001);
  const generated = await timed(async () => {
    for (let index = 0; index < items; index += 1)
      await services.evidence.createLink(
        OPERATOR,
        organization.id,
        evidenceInput(random, index, new Date(now)),
      );
  });
  process.stderr.write(
    `generated ${items} evidence items in ${(generated.ms / 1000).toFixed(1)} s\n`,
  );

  const read = await timed(() => listSweepableEvidence(runtime.database.db));
  const first = await timed(() => services.evidence.sweepFreshness(SWEEPER));
  now += DAY_MS;
  const nextDay = await timed(() => services.evidence.sweepFreshness(SWEEPER));
  const unchanged = await timed(() => services.evidence.sweepFreshness(SWEEPER));
  // Half a year on (a sweep that had not run for months): a large share changes at once.
  now += 182 * DAY_MS;
  const halfYear = await timed(() => services.evidence.sweepFreshness(SWEEPER));
  const line = (name: string, run: { ms: number }, changed?: number) =>
    `${name.padEnd(34)} ${(run.ms / 1000).toFixed(2).padStart(6)} s  ${(run.ms / read.ms)
      .toFixed(1)
      .padStart(6)}× the read${changed === undefined ? '' : `  (${changed} changed)`}\n`;
  process.stdout.write(
    `Evidence freshness sweep, ${items} items, ${kind}\n` +
      line('read the items (baseline)', read) +
      line('first sweep', first, first.result.length) +
      line('next day', nextDay, nextDay.result.length) +
      line('nothing to change', unchanged, unchanged.result.length) +
      line('half a year later', halfYear, halfYear.result.length),
  );
} finally {
  await runtime.close();
  await bench.drop();
}
