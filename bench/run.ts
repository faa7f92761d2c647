/**
 * `npm run bench`: generates a data set into a fresh database, starts the real
 * application and a bare Fastify baseline in child processes, and loads each
 * scenario in turn, round after round. Prints a Markdown table and writes
 * bench/results/latest.json. See docs/benchmarks.md.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './children.js';
import { createPostgresDatabase, createSqliteDatabase } from './database.js';
import type { BenchDatabase } from './database.js';
import { DEFAULT_GENERATE_OPTIONS, generateDatabase } from './generate.js';
import type { GeneratedOrg } from './generate.js';
import { measure, probe } from './load.js';
import type { LoadOptions, Measurement, Scenario } from './load.js';
import { formatTable, summarize, writeJson } from './report.js';

const RESULTS_FILE = fileURLToPath(new URL('results/latest.json', import.meta.url));
const WARMUP_SECONDS = 2;
/** The large organization's pages are measured at one connection, as a person browsing. */
const LARGE_ORG_CONNECTIONS = 1;
const LAST_PAGE = 400;

const positiveInteger = (name: string, value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} must be a positive integer`);
  return number;
};

const parseOptions = () => {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      orgs: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.organizations) },
      systems: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.systemsPerOrg) },
      users: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.usersPerOrg) },
      obligations: {
        type: 'string',
        default: String(DEFAULT_GENERATE_OPTIONS.obligationsPerOrg),
      },
      large: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.largeOrgSystems) },
      risks: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.risksPerOrg) },
      'risk-org-risks': { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.riskOrgRisks) },
      'risk-org-systems': {
        type: 'string',
        default: String(DEFAULT_GENERATE_OPTIONS.riskOrgSystems),
      },
      'risk-org-evidence': {
        type: 'string',
        default: String(DEFAULT_GENERATE_OPTIONS.riskOrgEvidence),
      },
      only: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.seed) },
      database: { type: 'string' },
    },
  });
  const database = values.database ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  if (database !== 'sqlite' && database !== 'postgres') {
    throw new Error('--database must be sqlite or postgres');
  }
  return {
    rounds: positiveInteger('rounds', values.rounds),
    load: {
      duration: positiveInteger('duration', values.duration),
      warmup: WARMUP_SECONDS,
      connections: positiveInteger('connections', values.connections),
    } satisfies LoadOptions,
    data: {
      seed: positiveInteger('seed', values.seed),
      organizations: positiveInteger('orgs', values.orgs),
      systemsPerOrg: positiveInteger('systems', values.systems),
      usersPerOrg: positiveInteger('users', values.users),
      obligationsPerOrg: positiveInteger('obligations', values.obligations),
      largeOrgSystems: positiveInteger('large', values.large),
      risksPerOrg: positiveInteger('risks', values.risks),
      riskOrgRisks: positiveInteger('risk-org-risks', values['risk-org-risks']),
      riskOrgSystems: positiveInteger('risk-org-systems', values['risk-org-systems']),
      riskOrgEvidence: positiveInteger('risk-org-evidence', values['risk-org-evidence']),
    },
    /** Only the scenarios whose name contains this text (with their baselines). */
    only: values.only,
    database,
  };
};

type Options = ReturnType<typeof parseOptions>;

const createDatabase = (kind: Options['database']): Promise<BenchDatabase> => {
  if (kind === 'sqlite') return createSqliteDatabase();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('--database postgres needs DATABASE_URL (a server to create on)');
  return createPostgresDatabase(serverUrl);
};

const listOf = (name: string, appUrl: string, orgs: readonly GeneratedOrg[], path: string) => ({
  name,
  url: appUrl,
  requests: orgs.map((org) => ({
    path: `/api/v1/orgs/${org.id}/${path}`,
    headers: { authorization: `Bearer ${org.token}` },
  })),
});

/**
 * The application's scenarios: two registers, the catalog, and the large
 * organization's pages. `appUrl` keeps register pages between requests (the
 * default), so a page asked for again is answered from those kept; `freshUrl`
 * is the same application with nothing kept (pages or callers), reading every page from
 * the database, as the first view after a write does.
 */
const appScenarios = (
  appUrl: string,
  freshUrl: string,
  orgs: readonly GeneratedOrg[],
): Scenario[] => {
  const small = orgs.filter((org) => !org.isLarge && org.isRiskOrg !== true);
  const large = orgs.filter((org) => org.isLarge);
  const riskOrg = orgs.filter((org) => org.isRiskOrg === true);
  const risks = 'risks?page=1&pageSize=25';
  const page = (number: number) => `ai-systems?page=${number}&pageSize=25`;
  const obligations = 'obligations?page=1&pageSize=25';
  return [
    { name: 'GET /api/v1/catalog', url: appUrl, requests: [{ path: '/api/v1/catalog' }] },
    listOf('GET /api/v1/orgs/:orgId/ai-systems', appUrl, small, page(1)),
    listOf('GET /api/v1/orgs/:orgId/ai-systems, read afresh', freshUrl, small, page(1)),
    listOf('GET /api/v1/orgs/:orgId/obligations', appUrl, small, obligations),
    listOf('GET /api/v1/orgs/:orgId/obligations, read afresh', freshUrl, small, obligations),
    listOf('GET /api/v1/orgs/:orgId/risks', appUrl, small, risks),
    listOf('GET /api/v1/orgs/:orgId/risks, read afresh', freshUrl, small, risks),
    ...(riskOrg.length > 0
      ? [
          {
            ...listOf('5,000 risks, page 1, read afresh', freshUrl, riskOrg, risks),
            connections: LARGE_ORG_CONNECTIONS,
          },
          {
            ...listOf('5,000 risks, heat map', freshUrl, riskOrg, 'risks/heat-map'),
            connections: LARGE_ORG_CONNECTIONS,
          },
          {
            ...listOf('5,000 risks, Statement of Applicability', freshUrl, riskOrg, 'soa'),
            connections: LARGE_ORG_CONNECTIONS,
          },
        ]
      : []),
    ...(large.length > 0
      ? [
          {
            ...listOf('20,000 AI systems, page 1, read afresh', freshUrl, large, page(1)),
            connections: LARGE_ORG_CONNECTIONS,
          },
          {
            ...listOf(
              `20,000 AI systems, page ${LAST_PAGE}, read afresh`,
              freshUrl,
              large,
              page(LAST_PAGE),
            ),
            connections: LARGE_ORG_CONNECTIONS,
          },
          {
            ...listOf(
              '20,000 AI systems, search "1234", read afresh',
              freshUrl,
              large,
              `${page(1)}&search=1234`,
            ),
            connections: LARGE_ORG_CONNECTIONS,
          },
        ]
      : []),
  ];
};

const bareName = (scenario: Scenario) => `bare, same bytes as ${scenario.name}`;

/** Each application scenario's twin: the same bytes from a bare route, at the same load. */
const bareScenarios = (bareUrl: string, scenarios: readonly Scenario[]): Scenario[] =>
  scenarios.map((scenario, index) => ({
    name: bareName(scenario),
    url: bareUrl,
    requests: [{ path: `/bare/${index}` }],
    ...(scenario.connections ? { connections: scenario.connections } : {}),
  }));

/** Every round runs every scenario; the order rotates so none always goes first. */
const runRounds = async (scenarios: readonly Scenario[], options: Options) => {
  const rounds: Measurement[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const shift = round % scenarios.length;
    const order = [...scenarios.slice(shift), ...scenarios.slice(0, shift)];
    const measurements: Measurement[] = [];
    for (const scenario of order) {
      const measurement = await measure(scenario, options.load);
      measurements.push(measurement);
      const perSecond = Math.round(measurement.requestsPerSecond);
      console.error(`round ${round + 1}/${options.rounds}  ${scenario.name}: ${perSecond} req/s`);
    }
    rounds.push(measurements);
  }
  return rounds;
};

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> => {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
};

const benchmark = async (options: Options, cleanup: (() => Promise<void>)[]) => {
  const database = await createDatabase(options.database);
  cleanup.push(() => database.drop());
  console.error(`Generating ${JSON.stringify(options.data)} into ${database.location}`);
  const generated = await timed(() => generateDatabase(database.config, options.data));
  console.error(`Generated in ${generated.seconds.toFixed(1)} s`);
  const app = await startServer('bench/server.ts', {
    BENCH_DATABASE: JSON.stringify(database.config),
  });
  cleanup.push(() => app.stop());
  const fresh = await startServer('bench/server.ts', {
    BENCH_DATABASE: JSON.stringify(database.config),
    BENCH_PAGE_CACHE: 'off',
  });
  cleanup.push(() => fresh.stop());
  const measured = appScenarios(app.url, fresh.url, generated.value).filter(
    (scenario) => options.only === undefined || scenario.name.includes(options.only),
  );
  const bodies = await Promise.all(measured.map((scenario) => probe(scenario)));
  const bodiesFile = join(await mkdtemp(join(tmpdir(), 'aims-bench-bodies-')), 'bodies.json');
  await writeFile(bodiesFile, JSON.stringify(bodies));
  cleanup.push(() => rm(dirname(bodiesFile), { recursive: true, force: true }));
  const bare = await startServer('bench/bare-server.ts', { BENCH_BARE_BODIES: bodiesFile });
  cleanup.push(() => bare.stop());
  const twins = bareScenarios(bare.url, measured);
  const bodyBytes = Object.fromEntries(
    measured.map((scenario, index) => [scenario.name, Buffer.byteLength(bodies[index] ?? '')]),
  );
  const rounds = await runRounds([...twins, ...measured], options);
  const connectionsOf = (scenario: Scenario) => scenario.connections ?? options.load.connections;
  const summary = summarize(rounds, [
    ...measured.flatMap((scenario) => [
      {
        name: bareName(scenario),
        connections: connectionsOf(scenario),
        baseline: bareName(scenario),
      },
      { name: scenario.name, connections: connectionsOf(scenario), baseline: bareName(scenario) },
    ]),
  ]);
  console.log(`\n${options.database}, ${cpus().length} CPUs, Node ${process.version}\n`);
  console.log(formatTable(summary));
  await writeJson(RESULTS_FILE, {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    database: { kind: options.database, location: database.location },
    options: { ...options, generateSeconds: generated.seconds },
    bodyBytes,
    summary,
    rounds,
  });
  console.error(`\nWrote ${RESULTS_FILE}`);
};

/** Runs the clean-up steps newest first; a failing step does not skip the others. */
const runCleanup = async (steps: (() => Promise<void>)[]) => {
  for (const step of steps.splice(0).reverse()) {
    await step().catch((error: unknown) => console.error('Clean-up failed:', error));
  }
};

const main = async () => {
  const options = parseOptions();
  const cleanup: (() => Promise<void>)[] = [];
  const interrupt = () => void runCleanup(cleanup).finally(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await benchmark(options, cleanup);
  } finally {
    await runCleanup(cleanup);
  }
};

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
