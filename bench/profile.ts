/**
 * `npx tsx bench/profile.ts [--scenario list|catalog|big-first|big-last] [--seconds 10]
 * [--database sqlite|postgres]`: loads one scenario of the bench against the real
 * application run with `--cpu-prof`, then prints where the server spent its CPU
 * by package and by function (self time). The profile is left in
 * bench/results/ for Chrome DevTools.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './children.js';
import { createPostgresDatabase, createSqliteDatabase } from './database.js';
import { DEFAULT_GENERATE_OPTIONS, generateDatabase } from './generate.js';
import { measure } from './load.js';
import type { Scenario } from './load.js';

const RESULTS = fileURLToPath(new URL('results/', import.meta.url));

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

const packageOf = (url: string): string => {
  if (!url) return '(native, idle or GC)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  if (url.startsWith('node:')) return 'node';
  const source = /\/(src|bench)\/(.*)$/.exec(url);
  return source ? `${source[1]}/${source[2]?.split('/')[0] ?? ''}` : url;
};

const top = (counts: Map<string, number>, total: number, limit: number): string[] =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}`);

/**
 * Total time (self and callees) of the application's own functions, each
 * counted once per sample however deep it recurs: where the request's time
 * goes by the code that asked for it.
 */
const summarizeTotals = (profile: CpuProfile, byId: ReadonlyMap<number, ProfileNode>) => {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const totals = new Map<string, number>();
  for (const leaf of profile.samples) {
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || !/\/src\//.test(frame.url) || /node_modules/.test(frame.url)) continue;
      const name = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/src\//, 'src/')}:${frame.lineNumber + 1}`;
      seen.add(name);
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + 1);
  }
  return [
    'Application functions (total time, with what they call):',
    ...top(totals, profile.samples.length, 30),
  ];
};

const summarize = (profile: CpuProfile) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = packageOf(frame.url);
    packages.set(where, (packages.get(where) ?? 0) + 1);
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + 1);
  }
  const total = profile.samples.length;
  return [
    ...summarizeTotals(profile, byId),
    '',
    'By package (self time):',
    ...top(packages, total, 25),
    '',
    'By function (self time):',
    ...top(functions, total, 40),
  ].join('\n');
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'list' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      database: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'sqlite' },
    },
  });
  const database =
    values.database === 'postgres'
      ? await createPostgresDatabase(process.env.DATABASE_URL ?? '')
      : await createSqliteDatabase();
  try {
    const big = values.scenario.startsWith('big');
    const generated = await generateDatabase(database.config, {
      ...DEFAULT_GENERATE_OPTIONS,
      largeOrgSystems: big ? 20_000 : 0,
    });
    const orgs = generated.filter((org) => org.isLarge === big);
    const profileDir = join(RESULTS, `profile-${Date.now()}`);
    const server = await startServer(
      'bench/server.ts',
      { BENCH_DATABASE: JSON.stringify(database.config) },
      () => {},
      ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    );
    const page = values.scenario === 'big-last' ? 400 : 1;
    const scenario: Scenario = {
      name: values.scenario,
      url: server.url,
      requests:
        values.scenario === 'catalog'
          ? [{ path: '/api/v1/catalog' }]
          : orgs.map((org) => ({
              path: `/api/v1/orgs/${org.id}/ai-systems?page=${page}&pageSize=25`,
              headers: { authorization: `Bearer ${org.token}` },
            })),
    };
    const measured = await measure(scenario, {
      duration: Number(values.seconds),
      warmup: 2,
      connections: Number(values.connections),
    });
    await server.stop();
    const [file] = await readdir(profileDir);
    if (!file) throw new Error('The server wrote no profile');
    const profile = JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile;
    console.log(
      `${values.scenario}: ${Math.round(measured.requestsPerSecond)} req/s, p99 ${measured.p99Ms} ms\n`,
    );
    console.log(summarize(profile));
    console.log(`\nProfile: ${join(profileDir, file)}`);
  } finally {
    await database.drop();
  }
};

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
